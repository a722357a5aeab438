package org.recumbent.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * Streams JSON Lines as bytes, in chunks of lines, for {@code batch} and {@code simulate}: the
 * calling thread splits standard input into lines at the byte {@code \n}, hands each chunk of lines
 * to a worker, and writes each chunk's output bytes in input order with one write.
 *
 * <p>A UTF-8 byte order mark at the very start of the input is skipped, as Jackson skips it for
 * {@code assess}. Each line is decoded as UTF-8 on its worker; a line with bytes that are not UTF-8
 * is an error naming them (never read with the bytes replaced), a CR before the LF is no part of
 * the line, and a line longer than {@link JsonLines#MAX_LINE_CHARS} characters is too long. The work
 * writes each output line as UTF-8 bytes into the chunk's {@link Utf8Sink}, so the output is byte
 * for byte what a line-at-a-time reader and an {@code OutputStreamWriter} give. What this saves is
 * the work around the lines: no character-by-character reading, no future and no thread hand-off
 * per line, no string and no character encoding per output line, and no flush per line.
 *
 * <p>Memory stays bounded whatever the input size: at most {@code 2 × threads} chunks are in
 * flight, and no line keeps more than {@link #MAX_LINE_BYTES} bytes (enough for
 * {@link JsonLines#MAX_LINE_CHARS} characters and a CR in any UTF-8); the rest of a longer line is
 * skipped, and the line is an error.
 *
 * @since 0.1
 */
final class ChunkedLines {

  /** How many lines a worker answers at once, for work as quick as assessing a report. */
  static final int CHUNK_LINES = 64;
  /** The most bytes kept of one line: four per character (no UTF-8 character needs more), plus a CR. */
  static final int MAX_LINE_BYTES = 4 * (JsonLines.MAX_LINE_CHARS + 1);

  private static final int READ_BUFFER = 1 << 16;
  /** The largest first output buffer of a chunk; it grows beyond when it must. */
  private static final int FIRST_OUTPUT_LIMIT = 1 << 20;
  private static final byte[] NO_BYTES = new byte[0];
  /** The UTF-8 byte order mark. */
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private ChunkedLines() {}

  /** Turns one input line into its output line. */
  interface Work {

    /**
     * Write the output line for one input line, without a line break.
     *
     * @param line the input line; never {@code null}
     * @param out receives the output line, UTF-8; never {@code null}
     * @return {@code true} when the output line is an error line
     */
    boolean answer(JsonLines.Line line, Utf8Sink out);
  }

  /**
   * Process every line of a stream, in parallel on {@code threads} threads, {@link #CHUNK_LINES}
   * lines at a time, writing each output line (followed by {@code \n}) in input order.
   *
   * @param in the input, UTF-8; never {@code null}
   * @param threads how many threads work at once, at least 1
   * @param work turns one line into its output line; never {@code null}
   * @param out receives the output, UTF-8; flushed at the end, not closed; never {@code null}
   * @return how many lines produced errors
   * @throws UncheckedIOException if the input cannot be read or the output cannot be written
   */
  static long process(InputStream in, int threads, Work work, OutputStream out) {
    return process(in, threads, CHUNK_LINES, work, out);
  }

  /**
   * Process every line of a stream, in parallel on {@code threads} threads, up to
   * {@code chunkLines} lines at a time, writing each output line (followed by {@code \n}) in input
   * order.
   *
   * @param in the input, UTF-8; never {@code null}
   * @param threads how many threads work at once, at least 1
   * @param chunkLines how many lines a worker answers at once, from 1 to {@link #CHUNK_LINES}: fewer
   *     when each line is much work, so that a few lines still keep every thread busy
   * @param work turns one line into its output line; never {@code null}
   * @param out receives the output, UTF-8; flushed at the end, not closed; never {@code null}
   * @return how many lines produced errors
   * @throws UncheckedIOException if the input cannot be read or the output cannot be written
   */
  static long process(InputStream in, int threads, int chunkLines, Work work, OutputStream out) {
    int workers = Math.max(1, threads);
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "recumbent-worker");
      t.setDaemon(true);
      return t;
    });
    long errors = 0;
    try {
      Deque<CompletableFuture<Chunk>> window = new ArrayDeque<>();
      Splitter splitter = new Splitter(in, Math.max(1, Math.min(chunkLines, CHUNK_LINES)));
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
    Chunk c = JsonLines.join(next);
    out.write(c.output, 0, c.outputSize);
    return c.errors;
  }

  /** Splits a stream into chunks of lines, keeping each line's bytes without its LF. */
  private static final class Splitter {

    private final InputStream in;
    private final int chunkLines;
    private final byte[] buffer = new byte[READ_BUFFER];
    private int pos;
    private int limit;
    private boolean eof;
    private boolean started;
    private long nextNumber = 1;

    Splitter(InputStream in, int chunkLines) {
      this.in = in;
      this.chunkLines = chunkLines;
    }

    /** Return the next chunk, or {@code null} at the end of input. */
    @Nullable Chunk next() {
      if (!started) {
        started = true;
        skipByteOrderMark();
      }
      Chunk c = new Chunk(nextNumber, chunkLines);
      while (c.lines < chunkLines && readLine(c)) {
        // Each call adds one line.
      }
      nextNumber += c.lines;
      return c.lines == 0 ? null : c;
    }

    /**
     * At the start of the input, skip a UTF-8 byte order mark (EF BB BF), which some editors and
     * tools on Windows write: {@code assess} accepts one, since Jackson skips it.
     */
    private void skipByteOrderMark() {
      try {
        while (limit < BOM.length && !eof) {
          int n = in.read(buffer, limit, buffer.length - limit);
          if (n < 0) {
            eof = true;
          } else {
            limit += n;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read standard input", e);
      }
      if (limit >= BOM.length && Arrays.equals(buffer, 0, BOM.length, BOM, 0, BOM.length)) {
        pos = BOM.length;
      }
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
    final int[] starts;
    final int[] ends;
    final boolean[] tooLong;
    int lines;
    byte[] output = NO_BYTES;
    int outputSize;
    long errors;

    Chunk(long firstNumber, int capacity) {
      this.firstNumber = firstNumber;
      this.starts = new int[capacity];
      this.ends = new int[capacity];
      this.tooLong = new boolean[capacity];
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
      // An assessment is about eight times the size of its report; an error line is short.
      Utf8Sink bytes = new Utf8Sink((int) Math.min(size * 8L + 256, FIRST_OUTPUT_LIMIT));
      for (int i = 0; i < lines; i++) {
        if (work.answer(line(i), bytes)) {
          errors++;
        }
        bytes.write('\n');
      }
      data = NO_BYTES;
      output = bytes.buf;
      outputSize = bytes.len;
      return this;
    }

    private JsonLines.Line line(int i) {
      long number = firstNumber + i;
      if (tooLong[i]) {
        return JsonLines.Line.invalid(number, JsonLines.TOO_LONG);
      }
      String text = new String(data, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
      // The decoding above turns bytes that are not UTF-8 into U+FFFD; so only a line that holds
      // one (a rare line) is decoded again, strictly, to tell such bytes from a U+FFFD in the input.
      if (text.indexOf('\uFFFD') >= 0) {
        String notUtf8 = notUtf8(data, starts[i], ends[i]);
        if (notUtf8 != null) {
          return JsonLines.Line.invalid(number, notUtf8);
        }
      }
      if (!text.isEmpty() && text.charAt(text.length() - 1) == '\r') {
        text = text.substring(0, text.length() - 1);
      }
      if (text.length() > JsonLines.MAX_LINE_CHARS) {
        return JsonLines.Line.invalid(number, JsonLines.TOO_LONG);
      }
      return new JsonLines.Line(number, text, null);
    }
  }

  /**
   * Return what is wrong with bytes that are not well-formed UTF-8, naming the first bytes that do
   * not form a character and where they are in the line; or {@code null} when they are UTF-8.
   *
   * @param b the bytes; never {@code null}
   * @param from the first byte of the line
   * @param to the end of the line (exclusive)
   * @return the problem, or {@code null}
   */
  static @Nullable String notUtf8(byte[] b, int from, int to) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, from, to - from);
    CoderResult result = decoder.decode(in, CharBuffer.allocate(to - from), true);
    if (!result.isError()) {
      return null;
    }
    // The input stops at the first bytes that do not form a character.
    int at = in.position() - from + 1;
    int n = result.length();
    StringBuilder bytes = new StringBuilder();
    for (int k = 0; k < n; k++) {
      bytes.append(k == 0 ? "" : " ").append(String.format("0x%02x", b[in.position() + k] & 0xff));
    }
    return "line is not valid UTF-8: " + (n == 1 ? "byte " + at + " (" + bytes + ") does not"
        : "bytes " + at + " to " + (at + n - 1) + " (" + bytes + ") do not") + " form a character; expected UTF-8 text";
  }

  /**
   * A growable byte buffer written by one thread, without locking, that also encodes text as UTF-8
   * the way the JDK's UTF-8 encoder does with the replacement action (as an
   * {@code OutputStreamWriter} does): a surrogate pair becomes four bytes, a lone surrogate {@code ?}.
   */
  static final class Utf8Sink extends OutputStream {

    byte[] buf;
    int len;

    Utf8Sink(int capacity) {
      buf = new byte[Math.max(64, capacity)];
    }

    /** Return how many bytes are written. @return the count */
    int size() {
      return len;
    }

    /** Drop every byte written after the first {@code size}. @param size the bytes to keep */
    void truncate(int size) {
      len = size;
    }

    private void ensure(int extra) {
      if (extra > buf.length - len) {
        buf = Arrays.copyOf(buf, Math.max(len + extra, buf.length * 2));
      }
    }

    @Override
    public void write(int b) {
      ensure(1);
      buf[len++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int n) {
      ensure(n);
      System.arraycopy(b, off, buf, len, n);
      len += n;
    }

    /**
     * Return whether the JSON written since {@code from} holds a surrogate escape (a backslash,
     * {@code u}, then {@code D800} to {@code DFFF}); a backslash that is itself escaped does not count.
     *
     * @param from where to start looking
     * @return {@code true} if some string there holds a surrogate escape
     */
    boolean hasSurrogateEscapeSince(int from) {
      byte[] b = buf;
      for (int i = from; i < len; i++) {
        if (b[i] != '\\') {
          continue;
        }
        if (i + 3 < len && b[i + 1] == 'u' && b[i + 2] == 'D' && b[i + 3] >= '8') {
          return true;
        }
        i++;
      }
      return false;
    }

    /** Write text as UTF-8. @param s the text */
    void encode(String s) {
      int n = s.length();
      ensure(n * 3);
      byte[] b = buf;
      int o = len;
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c < 0x80) {
          b[o++] = (byte) c;
        } else if (c < 0x800) {
          b[o++] = (byte) (0xC0 | (c >> 6));
          b[o++] = (byte) (0x80 | (c & 0x3F));
        } else if (!Character.isSurrogate(c)) {
          b[o++] = (byte) (0xE0 | (c >> 12));
          b[o++] = (byte) (0x80 | ((c >> 6) & 0x3F));
          b[o++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, s.charAt(++i));
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
