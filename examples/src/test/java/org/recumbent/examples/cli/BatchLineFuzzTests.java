package org.recumbent.examples.cli;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.jspecify.annotations.Nullable;
import org.recumbent.json.ReportFormatException;

/**
 * Fuzzes {@code recumbent batch} line handling, in-process, through the same code the command runs
 * ({@link BatchCommand#run}): UTF-8 decoding of standard input, splitting into lines, the per-line
 * answer and the exit code. For any input: exactly one output line per input line, in order; each
 * output line is JSON, either an assessment equal to assessing that line on its own, or
 * {@code {"error":{"line":N,"message":"..."}}} naming that line (and saying so when the line is not
 * UTF-8, never reading it with the bytes replaced); no exception escapes; exit code 0 when every
 * line was assessed, else 3.
 *
 * <p>Seeds and regression inputs live in
 * {@code src/test/resources/org/recumbent/examples/cli/BatchLineFuzzTestsInputs/<method>/}. In
 * fuzzing mode ({@code JAZZER_FUZZ=1}) Jazzer fuzzes one method per run: {@code lines} first, or the
 * one named with {@code -Dtest=BatchLineFuzzTests#longLine}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("recumbent batch line handling under fuzzing")
class BatchLineFuzzTests {

  private static final JsonFactory JSON = new JsonFactory();

  @FuzzTest(maxDuration = "60s")
  @Order(1)
  @DisplayName("any bytes on standard input give one valid output line per input line, in order")
  void lines(byte[] input) {
    check(input);
  }

  /**
   * Puts one line near {@link JsonLines#MAX_LINE_CHARS} before fuzzed lines, since the fuzzer
   * alone never builds a megabyte-long line. The input is read as: one control byte (the length
   * offset from the limit, -2 to +2; the line break after the long line, LF, CRLF or none; and the
   * filler, spaces, the chunk again or letters), the chunk that starts the long line, a LF, then
   * the lines that follow it. With spaces as filler, a valid report stays valid at any length.
   */
  @FuzzTest(maxDuration = "60s")
  @Order(2)
  @DisplayName("a line at the length limit is answered like any other, whatever its line break")
  void longLine(byte[] input) {
    if (input.length == 0) {
      return;
    }
    int control = input[0] & 0xff;
    int length = JsonLines.MAX_LINE_CHARS + control % 5 - 2;
    String lineBreak = switch (control / 5 % 3) {
      case 0 -> "\n";
      case 1 -> "\r\n";
      default -> "";
    };
    int fill = control / 15 % 3;
    int chunkEnd = 1;
    while (chunkEnd < input.length && input[chunkEnd] != '\n') {
      chunkEnd++;
    }
    // Whole characters only (no lone surrogates), so the long line has exactly the intended length.
    String chunk = new String(input, 1, chunkEnd - 1, StandardCharsets.UTF_8)
        .codePoints()
        .map(cp -> Character.isBmpCodePoint(cp) && !Character.isSurrogate((char) cp) ? cp : 'x')
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
    String filler = switch (fill) {
      case 0 -> " ";
      case 1 -> chunk.isEmpty() ? "y" : chunk;
      default -> "x";
    };
    StringBuilder longLine = new StringBuilder(length + 2);
    longLine.append(chunk, 0, Math.min(chunk.length(), length));
    while (longLine.length() < length) {
      longLine.append(filler, 0, Math.min(filler.length(), length - longLine.length()));
    }
    ByteArrayOutputStream batch = new ByteArrayOutputStream();
    batch.writeBytes(longLine.append(lineBreak).toString().getBytes(StandardCharsets.UTF_8));
    if (chunkEnd < input.length) {
      batch.writeBytes(Arrays.copyOfRange(input, chunkEnd + 1, input.length));
    }
    check(batch.toByteArray());
  }

  private static void check(byte[] input) {
    List<Expected> expected = expected(input);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int exit = BatchCommand.run(new ByteArrayInputStream(input), 2, Cli.AGGREGATOR, Cli.WIRE, bytes);
    List<String> out = outputLines(bytes.toByteArray());

    if (out.size() != expected.size()) {
      throw new AssertionError(expected.size() + " input lines gave " + out.size() + " output lines");
    }
    boolean allAssessed = true;
    for (int i = 0; i < out.size(); i++) {
      String line = out.get(i);
      Expected e = expected.get(i);
      long number = i + 1L;
      if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
        throw new AssertionError("output line " + number + " holds a line break: " + abbreviate(line));
      }
      Shape shape = shape(line, number);
      if (e.assessment().isEmpty()) {
        allAssessed = false;
        if (shape != Shape.ERROR) {
          throw new AssertionError("input line " + number + " (" + e.why() + ") should give an error, gave "
              + abbreviate(line));
        }
        if (e.messagePart() != null && !line.contains(e.messagePart())) {
          throw new AssertionError("input line " + number + " (" + e.why() + ") should give an error saying \""
              + e.messagePart() + "\", gave " + abbreviate(line));
        }
      } else if (!e.assessment().get().equals(line)) {
        throw new AssertionError("input line " + number + " should give its assessment "
            + abbreviate(e.assessment().get()) + ", gave " + abbreviate(line));
      }
    }
    int wantExit = allAssessed ? Recumbent.EXIT_OK : Recumbent.EXIT_SOME_LINES_FAILED;
    if (exit != wantExit) {
      throw new AssertionError("exit code " + exit + ", expected " + wantExit);
    }
  }

  /**
   * Split the output into lines: every output line must end in one LF, and the bytes must be
   * exactly the UTF-8 encoding of their text (a lone surrogate written as {@code ?}).
   */
  private static List<String> outputLines(byte[] bytes) {
    List<String> lines = new ArrayList<>();
    if (bytes.length == 0) {
      return lines;
    }
    if (bytes[bytes.length - 1] != '\n') {
      throw new AssertionError("output does not end in a line break");
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (!Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes)) {
      throw new AssertionError("output is not well-formed UTF-8");
    }
    lines.addAll(Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1)));
    return lines;
  }

  /**
   * What one input line should give: its assessment, or an error (no assessment), why, and a part
   * of the error message when it must name the problem.
   */
  private record Expected(Optional<String> assessment, String why, @Nullable String messagePart) {

    static Expected error(String why) {
      return new Expected(Optional.empty(), why, null);
    }
  }

  /**
   * Compute the expected answers without the batch code: drop a UTF-8 byte order mark at the
   * start, split the bytes on LF, drop one CR before each LF, and assess each line on its own; a
   * line that is not well-formed UTF-8 is an error that says so.
   */
  private static List<Expected> expected(byte[] input) {
    boolean bom = input.length >= 3 && input[0] == (byte) 0xEF && input[1] == (byte) 0xBB && input[2] == (byte) 0xBF;
    List<Expected> expected = new ArrayList<>();
    int from = bom ? 3 : 0;
    while (from < input.length) {
      int end = from;
      while (end < input.length && input[end] != '\n') {
        end++;
      }
      expected.add(expectedLine(input, from, end));
      from = end + 1;
    }
    return expected;
  }

  private static Expected expectedLine(byte[] input, int from, int lineBreak) {
    int end = lineBreak > from && input[lineBreak - 1] == '\r' ? lineBreak - 1 : lineBreak;
    String line;
    try {
      line = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(input, from, end - from))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      // A line too long to keep is named as too long, whatever its bytes.
      boolean kept = lineBreak - from <= ChunkedLines.MAX_LINE_BYTES;
      return new Expected(Optional.empty(), "not UTF-8", kept ? "line is not valid UTF-8: byte" : null);
    }
    if (line.length() > JsonLines.MAX_LINE_CHARS) {
      return Expected.error("too long");
    }
    if (line.isBlank()) {
      return Expected.error("blank");
    }
    try {
      String assessment = Cli.WIRE.writeAssessment(Cli.AGGREGATOR.assess(Cli.WIRE.readReport(line)));
      return new Expected(Optional.of(assessment), "valid", null);
    } catch (ReportFormatException invalid) {
      return Expected.error("invalid: " + invalid.getMessage());
    }
  }

  private enum Shape { ASSESSMENT, ERROR }

  /**
   * Parse one output line as JSON and return what it is: an object with {@code "triage"}, or
   * exactly {@code {"error":{"line":N,"message":"..."}}} with the given N and a non-blank message.
   */
  private static Shape shape(String line, long number) {
    try (JsonParser p = JSON.createParser(line)) {
      expect(p.nextToken() == JsonToken.START_OBJECT, line, "is not a JSON object");
      boolean triage = false;
      boolean error = false;
      int fields = 0;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        fields++;
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("triage")) {
          expect(value == JsonToken.VALUE_STRING, line, "has a triage that is not a string");
          triage = true;
        } else if (name.equals("error")) {
          expect(value == JsonToken.START_OBJECT, line, "has an error that is not an object");
          readError(p, line, number);
          error = true;
        } else {
          p.skipChildren();
        }
      }
      expect(p.currentToken() == JsonToken.END_OBJECT, line, "does not end its object");
      expect(p.nextToken() == null, line, "has something after its object");
      expect(triage != error, line, "must have either \"triage\" or \"error\"");
      expect(!error || fields == 1, line, "has fields beside \"error\"");
      return triage ? Shape.ASSESSMENT : Shape.ERROR;
    } catch (IOException e) {
      throw new AssertionError("output line " + number + " is not valid JSON: " + abbreviate(line), e);
    }
  }

  private static void readError(JsonParser p, String line, long number) throws IOException {
    Long n = null;
    String message = null;
    int fields = 0;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      fields++;
      String name = p.currentName();
      JsonToken value = p.nextToken();
      if (name.equals("line") && value == JsonToken.VALUE_NUMBER_INT) {
        n = p.getLongValue();
      } else if (name.equals("message") && value == JsonToken.VALUE_STRING) {
        message = p.getText();
      } else {
        throw new AssertionError("error object has an unexpected field " + name + ": " + abbreviate(line));
      }
    }
    expect(fields == 2 && n != null && message != null, line, "error must have exactly line and message");
    expect(n == number, line, "error names line " + n + ", expected " + number);
    expect(!message.isBlank(), line, "error message is blank");
  }

  private static void expect(boolean ok, String line, String problem) {
    if (!ok) {
      throw new AssertionError("output " + problem + ": " + abbreviate(line));
    }
  }

  private static String abbreviate(String line) {
    return line.length() <= 200 ? line : line.substring(0, 200) + "... (" + line.length() + " chars)";
  }
}
