package org.recumbent.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("recumbent batch")
class BatchCommandTests {

  @Test
  @DisplayName("answers every sample story, one line each, in order, without next questions, and exits 0")
  void stories() {
    Cli.Run r = Cli.run(Cli.storiesJsonl(), "batch");
    assertEquals(0, r.exit(), r.err());
    List<String> expected = Cli.STORIES.stream().map(Cli::expectedBatchAssessment).toList();
    assertEquals(expected, r.outLines());
    for (String line : r.outLines()) {
      assertTrue(line.contains(",\"nextQuestions\":[],"), line);
    }
  }

  @Test
  @DisplayName("with --next-questions 3 gives, line for line, what assess gives for each story")
  void storiesWithQuestions() {
    Cli.Run r = Cli.run(Cli.storiesJsonl(), "batch", "--next-questions", "3");
    assertEquals(0, r.exit(), r.err());
    List<String> expected = Cli.STORIES.stream().map(Cli::expectedAssessment).toList();
    assertEquals(expected, r.outLines());
    for (String story : Cli.STORIES) {
      Cli.Run one = Cli.run("", "assess", Cli.report(story).toString());
      assertEquals(List.of(Cli.expectedAssessment(story)), one.outLines(), story);
    }
    assertTrue(r.outLines().stream().anyMatch(line -> !line.contains(",\"nextQuestions\":[],")));
  }

  @Test
  @DisplayName("documents --next-questions and its default of 0 in --help")
  void helpNamesNextQuestions() {
    Cli.Run r = Cli.run("", "batch", "--help");
    assertEquals(0, r.exit(), r.err());
    assertEquals(0, BatchCommand.DEFAULT_NEXT_QUESTIONS);
    assertTrue(r.out().contains("--next-questions=N"), r.out());
    assertTrue(r.out().replaceAll("\\s+", " ").contains("suggests (default: 0: none, they are for interviews)"), r.out());
  }

  @Test
  @DisplayName("is described in the examples README with --next-questions and its empty default")
  void readmeNamesNextQuestions() throws IOException {
    String row = Files.readAllLines(Path.of("README.md")).stream()
        .filter(line -> line.startsWith("| `batch "))
        .findFirst().orElseThrow();
    assertTrue(row.startsWith("| `batch [--threads N] [--next-questions N]` |"), row);
    assertTrue(row.contains("`nextQuestions` is empty unless `--next-questions N` asks for them"), row);
  }

  @Test
  @DisplayName("exits 2 for a negative --next-questions")
  void badNextQuestions() {
    Cli.Run r = Cli.run("", "batch", "--next-questions", "-1");
    assertEquals(2, r.exit());
    assertEquals(List.of("recumbent batch: --next-questions must be at least 0, was -1"), r.errLines());
  }

  @Test
  @DisplayName("keeps going past invalid lines in the middle: one error object on each, count and order kept, exit 3")
  void invalidLinesInTheMiddle() {
    List<String> stories = Cli.lines(Cli.storiesJsonl());
    String input = String.join("\n",
        stories.get(0),
        "{not json",
        "",
        stories.get(2),
        "{\"schemaVersion\":1,\"findings\":{\"quality.burnin\":\"present\"}}",
        "   ",
        stories.get(7)) + "\n";
    Cli.Run r = Cli.run(input, "batch");
    assertEquals(3, r.exit(), r.err());
    List<String> out = r.outLines();
    assertEquals(7, out.size(), r.out());
    assertEquals(Cli.expectedBatchAssessment("pad"), out.get(0));
    assertTrue(out.get(1).startsWith("{\"error\":{\"line\":2,\"message\":\"$"), out.get(1));
    assertEquals("{\"error\":{\"line\":3,\"message\":\"line is blank; expected one report (a JSON object) per line\"}}",
        out.get(2));
    assertEquals(Cli.expectedBatchAssessment("rls"), out.get(3));
    assertTrue(out.get(4).startsWith("{\"error\":{\"line\":5,\"message\":\"$.findings") && out.get(4).contains("quality.burnin"),
        out.get(4));
    assertTrue(out.get(5).startsWith("{\"error\":{\"line\":6,"), out.get(5));
    assertEquals(Cli.expectedBatchAssessment("acute-limb-ischaemia"), out.get(6));
    assertEquals("", r.err());
  }

  @Test
  @DisplayName("shows ids and values from the input escaped and cut short in its error lines, which stay valid JSON")
  void hostileInput() throws IOException {
    String input = "{\"schemaVersion\":1,\"findings\":{\"\\u001b]0;owned\\u0007\":\"present\"}}\n"
        + "{\"schemaVersion\":1,\"findings\":{\"quality.burning\":\"" + "x".repeat(30_000) + "\"}}\n";
    Cli.Run r = Cli.run(input, "batch");
    assertEquals(3, r.exit(), r.err());
    List<String> out = r.outLines();
    assertEquals(2, out.size(), r.out());
    String first = errorMessage(out.get(0));
    assertTrue(first.startsWith("$.findings[\"\\u001b]0;owned\\u0007\"]: unknown feature id"), first);
    String second = errorMessage(out.get(1));
    assertTrue(second.contains("\"" + "x".repeat(80) + "\u2026\" is not allowed"), second);
    assertTrue(out.get(1).length() < 300, out.get(1));
  }

  /** Return the message of an error line, which must be exactly {"error":{"line":N,"message":"..."}} in JSON. */
  private static String errorMessage(String line) throws IOException {
    try (JsonParser p = new JsonFactory().createParser(line)) {
      assertEquals(JsonToken.START_OBJECT, p.nextToken(), line);
      assertEquals("error", p.nextFieldName(), line);
      assertEquals(JsonToken.START_OBJECT, p.nextToken(), line);
      assertEquals("line", p.nextFieldName(), line);
      assertEquals(JsonToken.VALUE_NUMBER_INT, p.nextToken(), line);
      assertEquals("message", p.nextFieldName(), line);
      String message = p.nextTextValue();
      assertEquals(JsonToken.END_OBJECT, p.nextToken(), line);
      assertEquals(JsonToken.END_OBJECT, p.nextToken(), line);
      assertEquals(null, p.nextToken(), line);
      return message;
    }
  }

  @Test
  @DisplayName("keeps the order of many lines answered in parallel, past the in-flight window")
  void orderOfManyLines() {
    List<String> stories = Cli.lines(Cli.storiesJsonl());
    StringBuilder in = new StringBuilder();
    List<String> expected = new ArrayList<>();
    int n = ChunkedLines.CHUNK_LINES * 7 + 5;
    for (int i = 0; i < n; i++) {
      if (i % 17 == 5) {
        in.append("{\"schemaVersion\":3}\r\n");
        expected.add("{\"error\":{\"line\":" + (i + 1) + ",");
      } else {
        int k = (i * 7) % stories.size();
        in.append(stories.get(k)).append(i % 2 == 0 ? "\n" : "\r\n");
        expected.add(Cli.expectedBatchAssessment(Cli.STORIES.get(k)));
      }
    }
    Cli.Run r = Cli.run(in.toString(), "batch", "--threads", "2");
    assertEquals(3, r.exit());
    List<String> out = r.outLines();
    assertEquals(n, out.size());
    for (int i = 0; i < n; i++) {
      assertTrue(out.get(i).startsWith(expected.get(i)), "line " + (i + 1));
    }
  }

  @Test
  @DisplayName("answers a last line that has no line break, and nothing for empty input")
  void edges() {
    String pad = Cli.lines(Cli.storiesJsonl()).get(0);
    Cli.Run last = Cli.run(pad, "batch");
    assertEquals(0, last.exit());
    assertEquals(List.of(Cli.expectedBatchAssessment("pad")), last.outLines());
    Cli.Run empty = Cli.run("", "batch");
    assertEquals(0, empty.exit());
    assertEquals("", empty.out());
  }

  @Test
  @DisplayName("skips a UTF-8 byte order mark at the start of the input, as assess does, even when it arrives a byte at a time")
  void byteOrderMark() {
    String pad = Cli.lines(Cli.storiesJsonl()).get(0);
    byte[] input = ("\uFEFF" + pad + "\n" + pad + "\n").getBytes(StandardCharsets.UTF_8);
    for (InputStream in : List.of(new ByteArrayInputStream(input), Cli.oneByteAtATime(input))) {
      Cli.Run r = Cli.run(in, "batch");
      assertEquals(0, r.exit(), r.out());
      assertEquals(List.of(Cli.expectedBatchAssessment("pad"), Cli.expectedBatchAssessment("pad")), r.outLines());
    }
    Cli.Run assess = Cli.run(new ByteArrayInputStream(("\uFEFF" + pad).getBytes(StandardCharsets.UTF_8)), "assess");
    assertEquals(0, assess.exit(), assess.err());
    // Only at the very start: elsewhere it is a character where JSON allows none.
    Cli.Run later = Cli.run(pad + "\n\uFEFF" + pad + "\n", "batch");
    assertEquals(3, later.exit());
    assertTrue(later.outLines().get(1).startsWith("{\"error\":{\"line\":2,"), later.out());
    assertEquals(List.of(), Cli.run(new ByteArrayInputStream(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}), "batch")
        .outLines());
  }

  @Test
  @DisplayName("gives an error line naming bytes that are not UTF-8, instead of reading them as U+FFFD")
  void notUtf8() throws IOException {
    String pad = Cli.lines(Cli.storiesJsonl()).get(0);
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.writeBytes("{\"schemaVersion\":1,\"findings\":{\"a".getBytes(StandardCharsets.UTF_8));
    input.write(0xFF);
    input.writeBytes("\":\"present\"}}\n{\"schemaVersion\":1,\"findings\":{\"quality.burning\":\"pres".getBytes(StandardCharsets.UTF_8));
    input.writeBytes(new byte[] {(byte) 0xE2, (byte) 0x82});
    input.writeBytes(("\"}}\r\n" + pad + "\n").getBytes(StandardCharsets.UTF_8));
    // A U+FFFD written in the input is a character like any other.
    input.writeBytes("{\"schemaVersion\":1,\"findings\":{\"a\uFFFD\":\"present\"}}\n".getBytes(StandardCharsets.UTF_8));
    Cli.Run r = Cli.run(new ByteArrayInputStream(input.toByteArray()), "batch");
    assertEquals(3, r.exit(), r.err());
    List<String> out = r.outLines();
    assertEquals(4, out.size(), r.out());
    assertEquals("line is not valid UTF-8: byte 34 (0xff) does not form a character; expected UTF-8 text",
        errorMessage(out.get(0)));
    assertEquals("line is not valid UTF-8: bytes 55 to 56 (0xe2 0x82) do not form a character; expected UTF-8 text",
        errorMessage(out.get(1)));
    assertEquals(Cli.expectedBatchAssessment("pad"), out.get(2));
    assertTrue(errorMessage(out.get(3)).startsWith("$.findings[\"a\uFFFD\"]: unknown feature id"), out.get(3));
  }

  @Test
  @DisplayName("exits 2 for a thread count below one")
  void badThreads() {
    Cli.Run r = Cli.run("", "batch", "--threads", "0");
    assertEquals(2, r.exit());
    assertEquals(1, r.errLines().size());
  }

  @Test
  @DisplayName("exits 1 with one line when standard input fails while reading")
  void unexpectedFailure() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("device error");
      }
    };
    Cli.Run r = Cli.run(broken, "batch");
    assertEquals(1, r.exit());
    assertEquals(1, r.errLines().size(), r.err());
    assertTrue(r.err().startsWith("recumbent batch: unexpected failure:"), r.err());
  }
}
