package org.recumbent.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Triage;

@DisplayName("recumbent simulate")
class SimulateCommandTests {

  private static final Pattern LINE =
      Pattern.compile("\\{\"questionsAsked\":(\\d+),\"stopReason\":\"([A-Z_]+)\",\"assessment\":(\\{.*\\})\\}");

  @Test
  @DisplayName("prints one line per story, in order, each the outcome of the interview loop answered from that story")
  void stories() {
    Cli.Run r = Cli.run(Cli.storiesJsonl(), "simulate");
    assertEquals(0, r.exit(), r.err());
    List<String> out = r.outLines();
    assertEquals(Cli.STORIES.size(), out.size());
    InterviewLoop loop = new InterviewLoop(Cli.AGGREGATOR, InterviewLoop.DEFAULT_MAX_QUESTIONS);
    for (int i = 0; i < out.size(); i++) {
      Matcher m = LINE.matcher(out.get(i));
      assertTrue(m.matches(), out.get(i));
      SymptomReport full = Cli.WIRE.readReport(Cli.read(Cli.report(Cli.STORIES.get(i))));
      InterviewLoop.Outcome o = loop.run(InterviewLoop.startingPoint(full), InterviewLoop.answeringFrom(full));
      assertEquals(o.questionsAsked(), Integer.parseInt(m.group(1)));
      assertTrue(o.questionsAsked() <= InterviewLoop.DEFAULT_MAX_QUESTIONS);
      assertEquals(o.stop().name(), m.group(2));
      assertEquals(Cli.WIRE.writeAssessment(o.assessment()), m.group(3));
    }
  }

  @Test
  @DisplayName("finds the red flag of the emergency story by asking, and triages it as an ambulance emergency")
  void emergencyStory() {
    String line = Cli.lines(Cli.storiesJsonl()).get(Cli.STORIES.indexOf("acute-limb-ischaemia"));
    Cli.Run r = Cli.run(line + "\n", "simulate");
    Matcher m = LINE.matcher(r.outLines().get(0));
    assertTrue(m.matches());
    AggregatedAssessment a = Cli.WIRE.readAssessment(m.group(3));
    assertEquals(Triage.EMERGENCY_AMBULANCE, a.triage());
  }

  @Test
  @DisplayName("stops at --max-questions and says so")
  void questionLimit() {
    Cli.Run r = Cli.run(Cli.storiesJsonl(), "simulate", "--max-questions", "2");
    assertEquals(0, r.exit());
    for (String line : r.outLines()) {
      Matcher m = LINE.matcher(line);
      assertTrue(m.matches());
      assertTrue(Integer.parseInt(m.group(1)) <= 2);
      assertTrue(Set.of("CAP_REACHED", "CONFIDENT", "NO_MORE_QUESTIONS", "EMERGENCY").contains(m.group(2)), line);
    }
  }

  @Test
  @DisplayName("skips a UTF-8 byte order mark at the start of the input, as batch does")
  void byteOrderMark() {
    String pad = Cli.lines(Cli.storiesJsonl()).get(0);
    Cli.Run plain = Cli.run(pad + "\n", "simulate");
    Cli.Run marked = Cli.run(new ByteArrayInputStream(("\uFEFF" + pad + "\n").getBytes(StandardCharsets.UTF_8)), "simulate");
    assertEquals(0, marked.exit(), marked.out());
    assertEquals(plain.out(), marked.out());
    assertTrue(LINE.matcher(marked.outLines().get(0)).matches(), marked.out());
  }

  @Test
  @DisplayName("gives an error line naming bytes that are not UTF-8, as batch does")
  void notUtf8() {
    String pad = Cli.lines(Cli.storiesJsonl()).get(0);
    byte[] bad = "{\"schemaVersion\":1,\"findings\":{\"a\u00ff\":\"present\"}}\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] good = (pad + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] input = new byte[bad.length + good.length];
    System.arraycopy(bad, 0, input, 0, bad.length);
    System.arraycopy(good, 0, input, bad.length, good.length);
    Cli.Run r = Cli.run(new ByteArrayInputStream(input), "simulate");
    assertEquals(3, r.exit());
    assertEquals("{\"error\":{\"line\":1,\"message\":\"line is not valid UTF-8: byte 34 (0xff) does not form a character; "
        + "expected UTF-8 text\"}}", r.outLines().get(0));
    assertTrue(LINE.matcher(r.outLines().get(1)).matches(), r.out());
  }

  @Test
  @DisplayName("gives an error object for an invalid line, keeps the others, and exits 3")
  void invalidLine() {
    List<String> stories = Cli.lines(Cli.storiesJsonl());
    Cli.Run r = Cli.run(stories.get(0) + "\nnull\n" + stories.get(1) + "\n", "simulate", "--max-questions", "3");
    assertEquals(3, r.exit());
    List<String> out = r.outLines();
    assertEquals(3, out.size());
    assertTrue(LINE.matcher(out.get(0)).matches());
    assertTrue(out.get(1).startsWith("{\"error\":{\"line\":2,"), out.get(1));
    assertTrue(LINE.matcher(out.get(2)).matches());
  }
}
