package org.recumbent.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recumbent.tck.ReportGenerators.theory;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.recumbent.core.Answer;
import org.recumbent.core.ConditionAggregator;
import org.recumbent.core.Feature;
import org.recumbent.core.InterviewSession;
import org.recumbent.core.InterviewSimulator;
import org.recumbent.core.Question;
import org.recumbent.core.SymptomReport;
import org.recumbent.tck.ReportGenerators;

/**
 * The interview's rules, for any report over every installed plugin: the report is the person's
 * full story, the interview starts from its patient and presenting complaint and answers from it
 * (checklists item by item, or as a whole for a caller that only asks yes or no).
 */
@DisplayName("The interview over every installed plugin")
class InterviewPropertiesTests {

  private static final ConditionAggregator AGGREGATOR = Installed.AGGREGATOR;
  private static final Gen<SymptomReport> REPORTS = ReportGenerators.reports(AGGREGATOR.vocabulary());
  private static final List<String> RED_FLAGS =
      AGGREGATOR.vocabulary().redFlags().stream().map(Feature::id).toList();

  private static void answer(InterviewSession s, SymptomReport full, Question q, boolean itemByItem) {
    if (q.kind() == Question.Kind.CHECKLIST && itemByItem) {
      s.answerEach(q, InterviewSimulator.answersFrom(full, q));
    } else {
      s.answer(q, InterviewSimulator.answerFrom(full, q));
    }
  }

  @Test
  @DisplayName("never asks a question twice, nor about a feature already answered; a feature comes back only after a group's yes")
  void neverTwice() {
    theory().forAll(REPORTS, SourceDSL.booleans().all(), SourceDSL.integers().between(0, 40)).checkAssert((full, each, cap) -> {
      InterviewSession s = AGGREGATOR.interview(InterviewSimulator.startingReport(full), cap);
      Set<Question> asked = new HashSet<>();
      Set<String> covered = new HashSet<>();
      Set<String> followUp = new HashSet<>();
      for (Optional<Question> q = s.nextQuestion(); q.isPresent(); q = s.nextQuestion()) {
        Question question = q.get();
        assertTrue(asked.add(question), () -> "asked twice: " + question);
        for (String f : question.features()) {
          assertFalse(s.report().isAnswered(f), () -> f + " was already answered");
          assertTrue(covered.add(f) || followUp.remove(f), () -> f + " asked again in " + question);
        }
        answer(s, full, question, each);
        boolean asWhole = question.kind() == Question.Kind.GROUP || question.kind() == Question.Kind.CHECKLIST && !each;
        if (asWhole && InterviewSimulator.answerFrom(full, question) == Answer.YES) {
          followUp.addAll(question.features());
        }
      }
    });
  }

  @Test
  @DisplayName("asks every unanswered red flag before any other question")
  void redFlagsFirst() {
    theory().forAll(REPORTS, SourceDSL.booleans().all()).checkAssert((full, each) -> {
      InterviewSession s = AGGREGATOR.interview(InterviewSimulator.startingReport(full), 30);
      for (Optional<Question> q = s.nextQuestion(); q.isPresent(); q = s.nextQuestion()) {
        Question question = q.get();
        boolean redPending = RED_FLAGS.stream().anyMatch(f -> !s.report().isAnswered(f));
        if (redPending) {
          assertTrue(question.redFlag(), () -> "asked " + question + " before the red flags of " + s.report());
        }
        answer(s, full, question, each);
      }
    });
  }

  @Test
  @DisplayName("at the emergency level, asks on while one more finding could call for an ambulance (weakness and back pain: both legs?)")
  void asksOnForAnAmbulance() {
    SymptomReport full = SymptomReport.builder().age(47).sex(org.recumbent.core.Sex.FEMALE)
        .present("quality.radiating_from_back", "location.both_legs_symmetric", "sign.leg_weakness", "quality.numbness")
        .build();
    assertTrue(AGGREGATOR.assess(full).triage() == org.recumbent.core.Triage.EMERGENCY_AMBULANCE);
    InterviewSimulator.Run run = new InterviewSimulator(AGGREGATOR, 30).run(full);
    assertTrue(run.interviewTriage() == org.recumbent.core.Triage.EMERGENCY_AMBULANCE,
        () -> run.interviewTriage() + " after " + run.transcript());
  }

  @Test
  @DisplayName("always stops, within the cap and the size of the vocabulary, never less urgent than its own report")
  void alwaysStopsSafely() {
    int bound = AGGREGATOR.vocabulary().ids().size();
    theory().forAll(REPORTS, SourceDSL.booleans().all(), SourceDSL.integers().between(0, 100)).checkAssert((full, each, cap) -> {
      InterviewSession s = AGGREGATOR.interview(InterviewSimulator.startingReport(full), cap);
      int steps = 0;
      for (Optional<Question> q = s.nextQuestion(); q.isPresent(); q = s.nextQuestion()) {
        answer(s, full, q.get(), each);
        steps++;
        assertTrue(steps <= Math.min(cap, bound), "asked " + steps + " with cap " + cap);
      }
      assertTrue(s.stopReason().isPresent());
      assertTrue(s.assessment().triage().isAtLeast(AGGREGATOR.assess(s.report()).triage()),
          () -> s.assessment().triage() + " is less urgent than the assessment of " + s.report());
    });
  }
}
