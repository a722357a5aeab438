package org.recumbent.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * Streams JSON Lines as bytes, in chunks of lines, for {@code batch}: the calling thread splits
 * standard input into lines at the byte {@code \n}, hands each chunk of up to {@link #CHUNK_LINES}
 * lines to a worker, and writes each chunk's output bytes in input order with one write.
 *
 * <p>Each line is decoded as UTF-8 on its worker and ends like {@link JsonLines#readLine} ends it (a
 * CR before the LF is no part of the line; a line longer than {@link JsonLines#MAX_LINE_CHARS}
 * characters is too long), and each output line is encoded as UTF-8 exactly as an
 * {@code OutputStreamWriter} would encode it (a lone surrogate becomes {@code ?}), so the output is
 * byte for byte what a line-at-a-time reader and writer give. What this saves is the work around the
 * lines: no character-by-character reading, no future and no thread hand-off per line, no string
 * per output line, and no flush per line.
 *
 * <p>Memory stays bounded whatever the input size: at most {@code 2 × threads} chunks are in
 * flight, and no line keeps more than {@link #MAX_LINE_BYTES} bytes (enough for
 * {@link JsonLines#MAX_LINE_CHARS} characters and a CR in any UTF-8); the rest of a longer line is
 * skipped, and the line is an error.
 *
 * @since 0.1
 */
final class ChunkedLines {

  /** How many lines a worker answers at once. */
  static final int CHUNK_LINES = 64;
  /** The most bytes kept of one line: four per character (no UTF-8 character needs more), plus a CR. */
  static final int MAX_LINE_BYTES = 4 * (JsonLines.MAX_LINE_CHARS + 1);

  private static final int READ_BUFFER = 1 << 16;

  private ChunkedLines() {}

  /** Turns one input line into its output line. */
  interface Work {

    /**
     * Write the output line for one input line, without a line break.
     *
     * @param line the input line; never {@code null}
     * @param out receives the output line; never {@code null}
     * @return {@code true} when the output line is an error line
     * @throws IOException if {@code out} fails
     */
    boolean answer(JsonLines.Line line, Writer out) throws IOException;
  }

  /**
   * Process every line of a stream, in parallel on {@code threads} threads, writing each output
   * line (followed by {@code \n}) in input order.
   *
   * @param in the input, UTF-8; never {@code null}
   * @param threads how many threads work at once, at least 1
   * @param work turns one line into its output line; never {@code null}
   * @param out receives the output, UTF-8; flushed at the end, not closed; never {@code null}
   * @return how many lines produced errors
   * @throws UncheckedIOException if the input cannot be read or the output cannot be written
   */
  static long process(InputStream in, int threads, Work work, OutputStream out) {
    int workers = Math.max(1, threads);
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "recumbent-worker");
      t.setDaemon(true);
      return t;
    });
    long errors = 0;
    try {
      Deque<CompletableFuture<Chunk>> window = new ArrayDeque<>();
      Splitter splitter = new Splitter(in);
      Chunk chunk;
      while ((chunk = splitter.next()) != null) {
        Chunk current = chunk;
        window.addLast(CompletableFuture.supplyAsync(() -> current.answer(work), pool));
        while (!window.isEmpty() && (window.size() >= 2 * workers || window.peekFirst().isDone())) {
          errors += emit(window.removeFirst(), out);
        }
      }
      while (!window.isEmpty()) {
        errors += emit(window.removeFirst(), out);
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write standard output", e);
    } finally {
      pool.shutdownNow();
    }
    return errors;
  }

  private static long emit(CompletableFuture<Chunk> next, OutputStream out) throws IOException {
    Chunk c;
    try {
      c = next.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    }
    out.write(c.output, 0, c.outputSize);
    return c.errors;
  }

  /** Splits a stream into chunks of lines, keeping each line's bytes without its LF. */
  private static final class Splitter {

    private final InputStream in;
    private final byte[] buffer = new byte[READ_BUFFER];
    private int pos;
    private int limit;
    private boolean eof;
    private long nextNumber = 1;

    Splitter(InputStream in) {
      this.in = in;
    }

    /** Return the next chunk, or {@code null} at the end of input. */
    @Nullable Chunk next() {
      Chunk c = new Chunk(nextNumber);
      while (c.lines < CHUNK_LINES && readLine(c)) {
        // Each call adds one line.
      }
      nextNumber += c.lines;
      return c.lines == 0 ? null : c;
    }

    /** Read one line into the chunk; return {@code false} at the end of input, with nothing added. */
    private boolean readLine(Chunk c) {
      int start = c.size;
      int kept = 0;
      boolean tooLong = false;
      boolean any = false;
      while (true) {
        if (pos == limit && !fill()) {
          if (!any) {
            return false;
          }
          break;
        }
        any = true;
        int end = pos;
        while (end < limit && buffer[end] != '\n') {
          end++;
        }
        int n = end - pos;
        int keep = Math.min(n, MAX_LINE_BYTES - kept);
        if (keep > 0) {
          c.append(buffer, pos, keep);
          kept += keep;
        }
        tooLong |= keep < n;
        pos = end;
        if (end < limit) {
          pos++;
          break;
        }
      }
      c.endLine(start, tooLong);
      return true;
    }

    private boolean fill() {
      if (eof) {
        return false;
      }
      try {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
          eof = n < 0;
          return !eof && fill();
        }
        pos = 0;
        limit = n;
        return true;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read standard input", e);
      }
    }
  }

  /** A run of input lines and, once answered, their output bytes. */
  private static final class Chunk {

    final long firstNumber;
    byte[] data = new byte[8192];
    int size;
    final int[] starts = new int[CHUNK_LINES];
    final int[] ends = new int[CHUNK_LINES];
    final boolean[] tooLong = new boolean[CHUNK_LINES];
    int lines;
    byte[] output = new byte[0];
    int outputSize;
    long errors;

    Chunk(long firstNumber) {
      this.firstNumber = firstNumber;
    }

    void append(byte[] b, int off, int len) {
      if (size + len > data.length) {
        data = Arrays.copyOf(data, Math.max(size + len, data.length * 2));
      }
      System.arraycopy(b, off, data, size, len);
      size += len;
    }

    void endLine(int start, boolean lineTooLong) {
      starts[lines] = start;
      ends[lines] = size;
      tooLong[lines] = lineTooLong;
      lines++;
    }

    /** Answer every line, in order, into {@link #output}; runs on a worker. */
    Chunk answer(Work work) {
      CharSink chars = new CharSink();
      Utf8Sink bytes = new Utf8Sink(size * 8 + 256);
      for (int i = 0; i < lines; i++) {
        chars.reset();
        try {
          if (work.answer(line(i), chars)) {
            errors++;
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        bytes.encode(chars.buf, chars.len);
        bytes.newline();
      }
      data = null;
      output = bytes.buf;
      outputSize = bytes.len;
      return this;
    }

    private JsonLines.Line line(int i) {
      long number = firstNumber + i;
      if (tooLong[i]) {
        return new JsonLines.Line(number, "", true);
      }
      String text = new String(data, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
      if (!text.isEmpty() && text.charAt(text.length() - 1) == '\r') {
        text = text.substring(0, text.length() - 1);
      }
      boolean longer = text.length() > JsonLines.MAX_LINE_CHARS;
      return new JsonLines.Line(number, longer ? "" : text, longer);
    }
  }

  /** A growable character buffer written by one thread; no locking, nothing to flush. */
  static final class CharSink extends Writer {

    char[] buf = new char[8192];
    int len;

    void reset() {
      len = 0;
    }

    private void ensure(int extra) {
      if (len + extra > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(len + extra, buf.length * 2));
      }
    }

    @Override
    public void write(int c) {
      ensure(1);
      buf[len++] = (char) c;
    }

    @Override
    public void write(char[] cbuf, int off, int n) {
      ensure(n);
      System.arraycopy(cbuf, off, buf, len, n);
      len += n;
    }

    @Override
    public void write(String s, int off, int n) {
      ensure(n);
      s.getChars(off, off + n, buf, len);
      len += n;
    }

    @Override
    public void flush() {
      // Nothing is buffered beyond the array itself.
    }

    @Override
    public void close() {
      // The array stays readable after close.
    }
  }

  /**
   * A growable byte buffer that encodes characters as UTF-8 the way the JDK's UTF-8 encoder does
   * with the replacement action: a surrogate pair becomes four bytes, a lone surrogate {@code ?}.
   */
  static final class Utf8Sink {

    byte[] buf;
    int len;

    Utf8Sink(int capacity) {
      buf = new byte[Math.max(64, capacity)];
    }

    void newline() {
      ensure(1);
      buf[len++] = '\n';
    }

    private void ensure(int extra) {
      if (len + extra > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(len + extra, buf.length * 2));
      }
    }

    void encode(char[] chars, int n) {
      ensure(n * 3);
      byte[] b = buf;
      int o = len;
      for (int i = 0; i < n; i++) {
        char c = chars[i];
        if (c < 0x80) {
          b[o++] = (byte) c;
        } else if (c < 0x800) {
          b[o++] = (byte) (0xC0 | (c >> 6));
          b[o++] = (byte) (0x80 | (c & 0x3F));
        } else if (!Character.isSurrogate(c)) {
          b[o++] = (byte) (0xE0 | (c >> 12));
          b[o++] = (byte) (0x80 | ((c >> 6) & 0x3F));
          b[o++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(chars[i + 1])) {
          int cp = Character.toCodePoint(c, chars[++i]);
          b[o++] = (byte) (0xF0 | (cp >> 18));
          b[o++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
          b[o++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
          b[o++] = (byte) (0x80 | (cp & 0x3F));
        } else {
          b[o++] = '?';
        }
      }
      len = o;
    }
  }
}
