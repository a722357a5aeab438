package org.recumbent.examples.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import org.jspecify.annotations.Nullable;

/**
 * Standard output that remembers the first write that failed, so that the program can say so and
 * exit 1 instead of exiting 0 with the output lost ({@code > /dev/full}, a closed descriptor, a
 * pipe whose reader left). The {@code PrintWriter} the commands print with swallows the failure;
 * {@code batch} and {@code simulate}, which write bytes, get it as an {@link IOException} and stop.
 *
 * <p>A {@link PrintStream} (such as {@code System.out}) swallows failures itself; its error state is
 * checked after each write and turned into an {@link IOException}.
 *
 * @since 0.1
 */
final class WatchedOutput extends OutputStream {

  private final OutputStream out;
  private volatile @Nullable IOException failure;

  WatchedOutput(OutputStream out) {
    this.out = requireNonNull(out, "out");
  }

  /**
   * Return the first failure to write or flush, if any.
   *
   * @return the failure, or {@code null} while every write succeeded
   */
  @Nullable IOException failure() {
    return failure;
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
      check();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
      check();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
      check();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  /** Standard output is never closed by the program. */
  @Override
  public void close() throws IOException {
    flush();
  }

  private void check() throws IOException {
    if (out instanceof PrintStream ps && ps.checkError()) {
      throw new IOException();
    }
  }

  private IOException failed(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }
}
