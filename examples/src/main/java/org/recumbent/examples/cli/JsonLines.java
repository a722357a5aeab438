package org.recumbent.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;

/**
 * What {@code batch} and {@code simulate} share about JSON Lines, beside reading them
 * ({@link ChunkedLines}): the longest line, the checks before a line is parsed, and the output lines
 * they write.
 *
 * @since 0.1
 */
final class JsonLines {

  /** The longest line read; the rest of a longer line is skipped and the line is an error. */
  static final int MAX_LINE_CHARS = 1 << 20;

  private static final JsonFactory JSON = new JsonFactory();

  private JsonLines() {}

  /** The problem with a line longer than {@link #MAX_LINE_CHARS}. */
  static final String TOO_LONG = "line is longer than " + MAX_LINE_CHARS + " characters; expected one report per line";

  /**
   * One input line: its 1-based number and text, or the problem that kept it from being read (too
   * long, not UTF-8).
   *
   * @param number the line's number, from 1
   * @param text the line without its line break; empty when there is a problem
   * @param problem why the line cannot hold a report, or {@code null}
   */
  record Line(long number, String text, @Nullable String problem) {

    /** Return a line that cannot be read. @param number its number @param problem why @return the line */
    static Line invalid(long number, String problem) {
      return new Line(number, "", problem);
    }
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
   * Return the problem with a line that cannot hold a report, before parsing it.
   *
   * @param line the line; never {@code null}
   * @return the problem, or {@code null} when the line should be parsed
   */
  static @Nullable String precheck(Line line) {
    if (line.problem() != null) {
      return line.problem();
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
