package org.recumbent.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.core.Patient;
import org.recumbent.core.Question;
import org.recumbent.core.Sex;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Triage;

@DisplayName("The interview loop")
class InterviewLoopTests {

  private static final Question GROUPED = new Question("redflag.saddle_numbness", "Numbness or bladder change?",
      List.of("redflag.saddle_numbness", "redflag.bladder_bowel_change"), true);

  @Test
  @DisplayName("answers from a full report: yes if any finding is present, no if all are absent, else don't know")
  void answersFromReport() {
    InterviewLoop.Respondent anyPresent = InterviewLoop.answeringFrom(SymptomReport.builder()
        .absent("redflag.saddle_numbness").present("redflag.bladder_bowel_change").build());
    InterviewLoop.Respondent allAbsent = InterviewLoop.answeringFrom(SymptomReport.builder()
        .absent("redflag.saddle_numbness", "redflag.bladder_bowel_change").build());
    InterviewLoop.Respondent partly = InterviewLoop.answeringFrom(SymptomReport.builder()
        .absent("redflag.saddle_numbness").build());
    assertEquals(Optional.of(InterviewLoop.Reply.YES), anyPresent.answer(GROUPED, "1"));
    assertEquals(Optional.of(InterviewLoop.Reply.NO), allAbsent.answer(GROUPED, "1"));
    assertEquals(Optional.of(InterviewLoop.Reply.DONT_KNOW), partly.answer(GROUPED, "1"));
  }

  @Test
  @DisplayName("starts a simulation from the patient and the presenting complaint only")
  void startingPoint() {
    SymptomReport full = SymptomReport.builder().age(70).sex(Sex.FEMALE)
        .present("timing.worse_lying_down", "quality.burning").absent("timing.wakes_from_sleep").build();
    SymptomReport start = InterviewLoop.startingPoint(full);
    assertEquals(Patient.of(70, Sex.FEMALE), start.patient());
    assertEquals(2, start.findings().size());
    assertTrue(start.isPresent("timing.worse_lying_down") && start.isAbsent("timing.wakes_from_sleep"));
  }

  @Test
  @DisplayName("numbers the questions, never asks about a feature twice, and stops at the limit")
  void noRepeats() {
    Set<String> asked = new HashSet<>();
    int[] replies = {0};
    InterviewLoop.Outcome o = new InterviewLoop(Cli.AGGREGATOR, 6).run(SymptomReport.empty(), (q, n) -> {
      assertTrue(n.matches("[1-6](\\.[1-9][0-9]?)?"), n);
      for (String f : q.features()) {
        assertTrue(asked.add(f), "asked twice: " + f);
      }
      return Optional.of(++replies[0] % 3 == 0 ? InterviewLoop.Reply.DONT_KNOW : InterviewLoop.Reply.NO);
    });
    assertEquals(6, o.questionsAsked());
    assertEquals(InterviewLoop.Stop.CAP_REACHED, o.stop());
    assertEquals(asked, o.report().findings().keySet());
  }

  @Test
  @DisplayName("asks nothing and stops as an emergency when the starting report already has an emergency red flag")
  void emergencyStart() {
    InterviewLoop.Outcome o = new InterviewLoop(Cli.AGGREGATOR, 25).run(
        SymptomReport.builder().present("redflag.sudden_cold_pale_painful_leg").build(), (q, n) -> {
          throw new AssertionError("no question expected, got " + q);
        });
    assertEquals(InterviewLoop.Stop.EMERGENCY, o.stop());
    assertEquals(0, o.questionsAsked());
    assertEquals(Triage.EMERGENCY_AMBULANCE, o.assessment().triage());
  }

  @Test
  @DisplayName("ends with what is known when the answers run out, and when the person quits")
  void endsEarly() {
    InterviewLoop loop = new InterviewLoop(Cli.AGGREGATOR, 25);
    InterviewLoop.Outcome none = loop.run(SymptomReport.empty(), (q, n) -> Optional.empty());
    assertEquals(InterviewLoop.Stop.END_OF_INPUT, none.stop());
    assertEquals(0, none.questionsAsked());
    InterviewLoop.Outcome quit = loop.run(SymptomReport.empty(),
        (q, n) -> Optional.of(n.compareTo("3") < 0 ? InterviewLoop.Reply.NO : InterviewLoop.Reply.QUIT));
    assertEquals(InterviewLoop.Stop.USER_QUIT, quit.stop());
    assertEquals(2, quit.questionsAsked());
  }

  @Test
  @DisplayName("asks a checklist item by item, numbered 4.1, 4.2, ..., and records each item's answer")
  void checklistItems() {
    // No to the red flags and warning signs, then the first checklist: yes to its first item only.
    List<String> numbers = new java.util.ArrayList<>();
    List<Question> introduced = new java.util.ArrayList<>();
    InterviewLoop.Outcome o = new InterviewLoop(Cli.AGGREGATOR, 25).run(SymptomReport.builder().age(60).build(),
        new InterviewLoop.Respondent() {
          @Override
          public Optional<InterviewLoop.Reply> answer(Question q, String n) {
            numbers.add(n);
            if (!introduced.isEmpty() && numbers.size() > 1 && !n.endsWith(".1") && n.contains(".")) {
              return Optional.of(InterviewLoop.Reply.QUIT);
            }
            return Optional.of(n.endsWith(".1") ? InterviewLoop.Reply.YES : InterviewLoop.Reply.NO);
          }

          @Override
          public void introduce(Question checklist, int number) {
            assertEquals(Question.Kind.CHECKLIST, checklist.kind());
            introduced.add(checklist);
          }
        });
    assertEquals(1, introduced.size(), "the interview stops inside the first checklist");
    Question checklist = introduced.get(0);
    String first = numbers.get(numbers.size() - 2);
    assertTrue(first.endsWith(".1") && numbers.get(numbers.size() - 1).endsWith(".2"), numbers.toString());
    assertEquals(InterviewLoop.Stop.USER_QUIT, o.stop());
    assertTrue(o.report().isPresent(checklist.features().get(0)), "the item answered before quitting counts");
    for (String f : checklist.features().subList(1, checklist.features().size())) {
      assertTrue(o.report().isAnswered(f) && !o.report().isPresent(f) && !o.report().isAbsent(f),
          f + " was not answered: don't know");
    }
  }

  @Test
  @DisplayName("parses y, n, ?, q and their long forms, in any case")
  void parsesReplies() {
    assertEquals(Optional.of(InterviewLoop.Reply.YES), InterviewLoop.Reply.parse(" Yes "));
    assertEquals(Optional.of(InterviewLoop.Reply.NO), InterviewLoop.Reply.parse("N"));
    assertEquals(Optional.of(InterviewLoop.Reply.DONT_KNOW), InterviewLoop.Reply.parse("?"));
    assertEquals(Optional.of(InterviewLoop.Reply.DONT_KNOW), InterviewLoop.Reply.parse("don't know"));
    assertEquals(Optional.of(InterviewLoop.Reply.QUIT), InterviewLoop.Reply.parse("q"));
    assertEquals(Optional.empty(), InterviewLoop.Reply.parse("perhaps"));
  }
}
