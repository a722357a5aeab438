package org.recumbent.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Streams JSON Lines: reads one line at a time, works on a bounded window of lines in parallel,
 * and writes the results in input order. Memory stays bounded whatever the input size: at most
 * {@link #WINDOW} lines are in flight, and no line is held beyond {@link #MAX_LINE_CHARS} (plus the
 * CR of a CRLF line break while it is read).
 *
 * @since 0.1
 */
final class JsonLines {

  /** The longest line read; the rest of a longer line is skipped and the line is an error. */
  static final int MAX_LINE_CHARS = 1 << 20;
  /** How many lines may be in flight at once. */
  static final int WINDOW = 64;

  private static final JsonFactory JSON = new JsonFactory();

  private JsonLines() {}

  /** One input line: its 1-based number and text, or a flag when it was too long to keep. */
  record Line(long number, String text, boolean tooLong) {}

  /** What the work on one line produced: the output line, and whether it is an error line. */
  record Result(String json, boolean error) {

    /** Return an error result for a line. @param line the line number @param message the problem @return the result */
    static Result error(long line, String message) {
      return new Result(errorJson(line, message), true);
    }
  }

  /**
   * Process every line of a reader, in parallel on {@code threads} threads, writing each result
   * in input order.
   *
   * @param in the input; never {@code null}
   * @param threads how many threads work at once, at least 1
   * @param work turns one line into its output line; never {@code null}
   * @param sink receives each output line, in input order; never {@code null}
   * @return how many lines produced errors
   */
  static long process(Reader in, int threads, Function<Line, Result> work, Consumer<String> sink) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
      Thread t = new Thread(r, "recumbent-worker");
      t.setDaemon(true);
      return t;
    });
    long errors = 0;
    try {
      Deque<CompletableFuture<Result>> window = new ArrayDeque<>();
      long number = 0;
      Line line;
      while ((line = readLine(in, ++number)) != null) {
        Line current = line;
        window.addLast(CompletableFuture.supplyAsync(() -> work.apply(current), pool));
        if (window.size() >= WINDOW) {
          errors += emit(window.removeFirst(), sink);
        }
      }
      while (!window.isEmpty()) {
        errors += emit(window.removeFirst(), sink);
      }
    } finally {
      pool.shutdownNow();
    }
    return errors;
  }

  private static int emit(CompletableFuture<Result> next, Consumer<String> sink) {
    Result r = join(next);
    sink.accept(r.json());
    return r.error() ? 1 : 0;
  }

  /**
   * Wait for a worker's result, rethrowing what the worker threw as itself rather than wrapped.
   *
   * @param next the result to wait for; never {@code null}
   * @return the result
   */
  static <T> T join(CompletableFuture<T> next) {
    try {
      return next.join();
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
  }

  /**
   * Read one line (ending in LF or CRLF, or at the end of input), keeping at most
   * {@link #MAX_LINE_CHARS} characters.
   *
   * @return the line, or {@code null} at the end of input
   */
  static @Nullable Line readLine(Reader in, long number) {
    try {
      StringBuilder sb = new StringBuilder();
      boolean tooLong = false;
      int c = in.read();
      if (c < 0) {
        return null;
      }
      // Keep one character beyond the limit: it may be the CR of a CRLF, which is no part of the line.
      while (c >= 0 && c != '\n') {
        if (sb.length() <= MAX_LINE_CHARS) {
          sb.append((char) c);
        } else {
          tooLong = true;
        }
        c = in.read();
      }
      if (!tooLong && sb.length() > 0 && sb.charAt(sb.length() - 1) == '\r') {
        sb.setLength(sb.length() - 1);
      }
      tooLong |= sb.length() > MAX_LINE_CHARS;
      return new Line(number, tooLong ? "" : sb.toString(), tooLong);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard input", e);
    }
  }

  /**
   * Return the problem with a line that cannot hold a report, before parsing it.
   *
   * @param line the line; never {@code null}
   * @return the problem, or {@code null} when the line should be parsed
   */
  static @Nullable String precheck(Line line) {
    if (line.tooLong()) {
      return "line is longer than " + MAX_LINE_CHARS + " characters; expected one report per line";
    }
    if (line.text().isBlank()) {
      return "line is blank; expected one report (a JSON object) per line";
    }
    return null;
  }

  /**
   * Return {@code {"error":{"line":N,"message":"..."}}}.
   *
   * @param line the 1-based line number
   * @param message the problem; never {@code null}
   * @return one line of JSON; never {@code null}
   */
  static String errorJson(long line, String message) {
    return write(g -> {
      g.writeStartObject();
      g.writeObjectFieldStart("error");
      g.writeNumberField("line", line);
      g.writeStringField("message", AssessCommand.oneLine(message));
      g.writeEndObject();
      g.writeEndObject();
    });
  }

  /**
   * Return {@code {"questionsAsked":N,"stopReason":"...","assessment":{...}}}.
   *
   * @param questionsAsked how many questions were answered
   * @param stopReason why the interview stopped; never {@code null}
   * @param assessmentJson the assessment in wire format; never {@code null}
   * @return one line of JSON; never {@code null}
   */
  static String simulationJson(int questionsAsked, String stopReason, String assessmentJson) {
    return write(g -> {
      g.writeStartObject();
      g.writeNumberField("questionsAsked", questionsAsked);
      g.writeStringField("stopReason", stopReason);
      g.writeFieldName("assessment");
      g.writeRawValue(assessmentJson);
      g.writeEndObject();
    });
  }

  private interface GeneratorWork {
    void accept(JsonGenerator g) throws IOException;
  }

  private static String write(GeneratorWork work) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      work.accept(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
