package org.recumbent.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.Triage;

@DisplayName("recumbent interview")
class InterviewCommandTests {

  private static String answers(String answer, int times) {
    return (answer + "\n").repeat(times);
  }

  @Test
  @DisplayName("takes piped answers, asks one numbered question at a time, and ends with a triage in words")
  void pipedInterviewEndsWithTriage() {
    Cli.Run r = Cli.run(answers("n", 40), "interview", "--age", "60", "--sex", "female");
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.outLines();
    assertTrue(lines.get(1).startsWith("1. ") && lines.get(1).endsWith("[y/n/?/q] n"), lines.get(1));
    assertTrue(lines.get(2).startsWith("2. "), lines.get(2));
    int summary = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("Questions answered: ")) {
        summary = i;
      }
    }
    assertTrue(summary > 2, r.out());
    String triage = lines.get(summary + 2);
    assertTrue(List.of("Call an ambulance now.", "Go to an emergency department now.", "See a doctor within 24 hours.",
        "Book an appointment with your doctor.",
        "You can look after this yourself for now. See a doctor if it goes on or gets worse.").contains(triage), triage);
    assertTrue(r.out().contains("What may be causing this:"));
  }

  @Test
  @DisplayName("asks the red flags first, and a yes to a sudden cold, pale leg means an ambulance")
  void redFlagFirst() {
    // "Yes" to the first (red-flag) question, and "yes" to whatever red flag it leads to.
    Cli.Run r = Cli.run("y\ny\ny\n", "interview", "--json");
    assertEquals(0, r.exit(), r.err());
    String first = r.err().lines().filter(l -> l.startsWith("1. ")).findFirst().orElseThrow();
    assertTrue(first.contains("suddenly"), first);
    AggregatedAssessment a = Cli.WIRE.readAssessment(r.out().strip());
    assertTrue(a.triage().isAtLeast(Triage.EMERGENCY), a.triage().toString());
    assertTrue(a.warnings().stream().anyMatch(w -> w.triage().isAtLeast(Triage.EMERGENCY)), a.warnings().toString());
  }

  @Test
  @DisplayName("with --json prints only the assessment on standard output and the questions on standard error")
  void jsonMode() {
    Cli.Run r = Cli.run(answers("?", 3) + "q\n", "interview", "--json");
    assertEquals(0, r.exit());
    assertEquals(1, r.outLines().size(), r.out());
    Cli.WIRE.readAssessment(r.out().strip());
    assertTrue(r.err().contains("Questions answered: 3. You chose to stop."), r.err());
  }

  @Test
  @DisplayName("asks again after an answer it does not understand")
  void reasks() {
    Cli.Run r = Cli.run("perhaps\nn\nq\n", "interview");
    assertTrue(r.out().contains("perhaps\nPlease answer y, n, ? or q. [y/n/?/q] n"), r.out());
    assertTrue(r.out().contains("Questions answered: 1. You chose to stop."), r.out());
  }

  @Test
  @DisplayName("ends with what is known when there are no answers at all")
  void noInput() {
    Cli.Run r = Cli.run("", "interview");
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("Questions answered: 0. There were no more answers."), r.out());
    assertTrue(r.out().contains("Book an appointment with your doctor."), r.out());
  }

  @Test
  @DisplayName("stops at --max-questions, counting a checklist as one question asked item by item")
  void maxQuestions() {
    Cli.Run r = Cli.run(answers("n", 40), "interview", "--max-questions", "4");
    assertTrue(r.out().contains("Questions answered: 4. That is as many"), r.out());
    // After the red flags and the two warning-sign groups, a checklist: its items numbered 4.1, 4.2, ...
    assertTrue(r.out().contains("\n4. Which of these"), r.out());
    assertTrue(r.out().contains("   4.1. ") && r.out().contains("   4.2. "), r.out());
  }

  @Test
  @DisplayName("exits 2 with one line for a bad sex, age or question limit")
  void badOptions() {
    for (String[] args : List.of(new String[] {"interview", "--sex", "yes"}, new String[] {"interview", "--age", "130"},
        new String[] {"interview", "--age", "old"}, new String[] {"interview", "--max-questions", "-1"})) {
      Cli.Run r = Cli.run("", args);
      assertEquals(2, r.exit(), String.join(" ", args));
      assertEquals(1, r.errLines().size(), r.err());
      assertEquals("", r.out());
    }
  }
}
