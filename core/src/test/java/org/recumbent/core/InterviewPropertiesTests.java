package org.recumbent.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("Interview properties")
class InterviewPropertiesTests {

  static final ConditionAggregator AGGREGATOR = ConditionAggregator.builder().addPlugin(new InterviewFakes.Vascular())
      .addPlugin(new InterviewFakes.Neuro()).addPlugin(new InterviewFakes.Musculoskeletal())
      .addPlugin(new InterviewFakes.Handwritten()).build();

  /** Each session replays many questions; a fifth of the configured tries keeps the suite short. */
  static final int TRIES = Math.max(50, Integer.getInteger("property.tries", 1000) / 5);

  static final List<String> ORDINARY = extend(InterviewFakes.ORDINARY, "quality.throbbing", "location.thigh",
      "timing.worse_lying_down", "quality.numbness");

  static List<String> extend(List<String> a, String... more) {
    List<String> out = new java.util.ArrayList<>(a);
    out.addAll(List.of(more));
    return List.copyOf(out);
  }

  /** A story: ordinary findings in any state, red flags mostly absent, any adult or young age. */
  static Gen<SymptomReport> stories() {
    Gen<List<Integer>> ordinary = lists().of(integers().between(0, 3)).ofSize(ORDINARY.size());
    Gen<List<Integer>> red = lists().of(integers().between(0, 11)).ofSize(InterviewFakes.RED_FLAGS.size());
    return ordinary.zip(red, integers().between(15, 95), (o, r, age) -> {
      SymptomReport.Builder b = SymptomReport.builder().age(age);
      for (int i = 0; i < o.size(); i++) {
        set(b, ORDINARY.get(i), o.get(i));
      }
      for (int i = 0; i < r.size(); i++) {
        int v = r.get(i);
        set(b, InterviewFakes.RED_FLAGS.get(i), v == 0 ? 1 : v == 1 ? 3 : v == 2 ? 0 : 2);
      }
      return b.build();
    });
  }

  static void set(SymptomReport.Builder b, String f, int state) {
    switch (state) {
      case 1 -> b.present(f);
      case 2 -> b.absent(f);
      case 3 -> b.unknown(f);
      default -> { }
    }
  }

  /**
   * Answer from the full report: a checklist item by item, or (for some masks) as a whole, as a
   * caller that only asks yes or no would.
   */
  static void answer(InterviewSession s, SymptomReport full, Question q, int mask) {
    if (q.kind() == Question.Kind.CHECKLIST && (mask & 1) == 0) {
      s.answerEach(q, InterviewSimulator.answersFrom(full, q));
    } else {
      s.answer(q, InterviewSimulator.answerFrom(full, q));
    }
  }

  /** A start: the patient and a random part of the story. */
  static SymptomReport start(SymptomReport full, int mask) {
    SymptomReport.Builder b = SymptomReport.builder().patient(full.patient());
    int i = 0;
    for (var e : full.findings().entrySet()) {
      if ((mask >> (i++ % 30) & 1) == 1 && i % 3 == 0) {
        b.finding(e.getKey(), e.getValue());
      }
    }
    return b.build();
  }

  @Test
  @DisplayName("never asks the same question twice, nor about a feature already answered")
  void neverTwice() {
    qt().withExamples(TRIES).forAll(stories(), integers().all(), integers().between(0, 40)).checkAssert((full, mask, cap) -> {
      InterviewSession s = AGGREGATOR.interview(start(full, mask), cap);
      Set<Question> asked = new HashSet<>();
      Set<String> covered = new HashSet<>();
      Set<String> followUp = new HashSet<>();
      for (Optional<Question> q = s.nextQuestion(); q.isPresent(); q = s.nextQuestion()) {
        Question question = q.get();
        assertTrue(asked.add(question), "asked twice: " + question);
        for (String f : question.features()) {
          assertFalse(s.report().isAnswered(f), f + " was already answered");
          // A feature comes back only once, as the follow-up of a group answered "yes".
          assertTrue(covered.add(f) || followUp.remove(f), f + " asked again in " + question);
        }
        answer(s, full, question, mask);
        if (question.kind() != Question.Kind.SINGLE && s.transcript().get(s.transcript().size() - 1).items().isEmpty()
            && InterviewSimulator.answerFrom(full, question) == Answer.YES) {
          followUp.addAll(question.features());
        }
      }
    });
  }

  @Test
  @DisplayName("always asks an applicable unanswered red flag before any other question")
  void redFlagsFirst() {
    qt().withExamples(TRIES).forAll(stories(), integers().all(), integers().between(0, 40)).checkAssert((full, mask, cap) -> {
      InterviewSession s = AGGREGATOR.interview(start(full, mask), cap);
      for (Optional<Question> q = s.nextQuestion(); q.isPresent(); q = s.nextQuestion()) {
        boolean redPending = false;
        for (String f : InterviewFakes.RED_FLAGS) {
          redPending |= !s.report().isAnswered(f);
        }
        if (redPending) {
          assertTrue(q.get().redFlag(), "asked " + q.get() + " before the red flags of " + s.report());
        }
        answer(s, full, q.get(), mask);
      }
    });
  }

  @Test
  @DisplayName("always stops, within the cap and within the size of the vocabulary")
  void alwaysStops() {
    int bound = AGGREGATOR.vocabulary().ids().size();
    qt().withExamples(TRIES).forAll(stories(), integers().all(), integers().between(0, 200)).checkAssert((full, mask, cap) -> {
      InterviewSession s = AGGREGATOR.interview(start(full, mask), cap);
      int steps = 0;
      for (Optional<Question> q = s.nextQuestion(); q.isPresent(); q = s.nextQuestion()) {
        answer(s, full, q.get(), mask);
        assertTrue(++steps <= Math.min(cap, bound), "asked " + steps + " with cap " + cap);
      }
      assertTrue(s.stopReason().isPresent());
      assertTrue(s.isFinished());
      if (s.stopReason().get() == StopReason.EMERGENCY) {
        assertTrue(s.assessment().triage().isAtLeast(Triage.EMERGENCY));
      }
    });
  }

  @Test
  @DisplayName("in an emergency, asks nothing more than a red flag that could call for an ambulance")
  void emergencyStopsAtOnce() {
    qt().withExamples(TRIES).forAll(stories(), integers().all()).checkAssert((full, mask) -> {
      InterviewSession s = AGGREGATOR.interview(start(full, mask), 60);
      for (Optional<Question> q = s.nextQuestion(); q.isPresent(); q = s.nextQuestion()) {
        Triage now = AGGREGATOR.assess(s.report()).triage();
        assertFalse(now == Triage.EMERGENCY_AMBULANCE, "kept asking after an ambulance was called for");
        if (now == Triage.EMERGENCY) {
          assertTrue(q.get().redFlag() && q.get().features().size() == 1,
              "in an emergency, asked something other than a single red flag: " + q.get());
        }
        answer(s, full, q.get(), mask);
      }
    });
  }
}
