package org.recumbent.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.recumbent.spi.support.EvidenceModel;
import org.recumbent.spi.support.RuleBasedPlugin;
import org.recumbent.spi.PluginDescriptor;

@DisplayName("InterviewSession")
class InterviewSessionTests {

  static final ConditionAggregator AGGREGATOR = InterviewFakes.aggregator();

  static Question next(InterviewSession s) {
    return s.nextQuestion().orElseThrow(() -> new AssertionError("stopped: " + s.stopReason()));
  }

  /** Answer every red-flag question "no". */
  static void denyRedFlags(InterviewSession s) {
    for (Optional<Question> q = s.nextQuestion(); q.isPresent() && q.get().redFlag(); q = s.nextQuestion()) {
      s.answer(q.get(), Answer.NO);
    }
  }

  @Nested
  @DisplayName("red flags")
  class RedFlags {

    @Test
    @DisplayName("are asked first, as four grouped questions that cover every standard red flag")
    void groupedFirst() {
      InterviewSession s = AGGREGATOR.interview(SymptomReport.builder().age(70).present("timing.worse_lying_down").build(), 20);
      List<String> covered = new java.util.ArrayList<>();
      for (int i = 0; i < org.recumbent.internal.RedFlagGroups.STANDARD.size(); i++) {
        Question q = next(s);
        assertTrue(q.redFlag(), q.toString());
        assertTrue(q.features().size() > 1, q.toString());
        assertTrue(q.question().endsWith("?"));
        covered.addAll(q.features());
        s.answer(q, Answer.NO);
      }
      assertEquals(new java.util.HashSet<>(InterviewFakes.RED_FLAGS), new java.util.HashSet<>(covered));
      for (String f : InterviewFakes.RED_FLAGS) {
        assertTrue(s.report().isAbsent(f), f);
      }
      assertFalse(next(s).redFlag());
    }

    @Test
    @DisplayName("a grouped question answered \"don't know\" marks each red flag unknown and none is asked again")
    void groupDontKnow() {
      InterviewSession s = AGGREGATOR.interview(SymptomReport.empty(), 30);
      Question group = next(s);
      s.answer(group, Answer.DONT_KNOW);
      for (String f : group.features()) {
        assertTrue(s.report().isAnswered(f));
        assertEquals(FindingState.UNKNOWN, s.report().state(f));
      }
      while (s.nextQuestion().isPresent()) {
        Question q = next(s);
        for (String f : group.features()) {
          assertFalse(q.features().contains(f), q + " asks again about " + f);
        }
        s.answer(q, Answer.NO);
      }
    }

    @Test
    @DisplayName("a grouped question answered \"yes\" is followed by its red flags one by one, before anything else")
    void groupYesFollowUps() {
      InterviewSession s = AGGREGATOR.interview(SymptomReport.empty(), 30);
      Question group = next(s);
      s.answer(group, Answer.YES);
      for (String f : group.features()) {
        Question q = next(s);
        assertEquals(List.of(f), q.features());
        assertTrue(q.redFlag());
        s.answer(q, Answer.NO);
      }
      // Every red flag was in the one group and is now answered: what follows is not a red flag.
      Question after = next(s);
      assertFalse(after.redFlag(), after.toString());
    }

    @Test
    @DisplayName("a red flag that fires at emergency level stops the interview at once")
    void emergencyStops() {
      InterviewSession s = AGGREGATOR.interview(SymptomReport.empty(), 30);
      Question group = next(s);
      s.answer(group, Answer.YES);
      s.answer(next(s), Answer.YES);
      assertEquals(Optional.of(StopReason.EMERGENCY), s.stopReason());
      assertEquals(Optional.empty(), s.nextQuestion());
      assertEquals(Triage.EMERGENCY_AMBULANCE, s.assessment().triage());
      assertTrue(s.assessment().nextQuestions().isEmpty());
      assertThrows(IllegalStateException.class, () -> s.answer(group, Answer.NO));
    }

    @Test
    @DisplayName("a report that already has an emergency red flag asks nothing")
    void emergencyAtStart() {
      InterviewSession s = AGGREGATOR.interview(SymptomReport.builder().present("redflag.chest_pain_breathless").build(), 30);
      assertEquals(Optional.empty(), s.nextQuestion());
      assertEquals(Optional.of(StopReason.EMERGENCY), s.stopReason());
      assertEquals(0, s.questionsAsked());
    }

    @Test
    @DisplayName("an unresolved \"yes\" to a group keeps the assessment urgent when the person quits")
    void unresolvedYesEscalates() {
      InterviewSession s = AGGREGATOR.interview(SymptomReport.empty(), 30);
      Question group = next(s);
      s.answer(group, Answer.YES);
      s.quit();
      assertEquals(Optional.of(StopReason.USER_QUIT), s.stopReason());
      AggregatedAssessment a = s.assessment();
      assertEquals(Triage.EMERGENCY_AMBULANCE, a.triage());
      assertTrue(a.notes().stream().anyMatch(n -> n.contains(group.question())), a.notes().toString());
      assertEquals(AGGREGATOR.assess(s.report()).triage(), Triage.CONSULTATION, "the report itself has no finding yet");
    }

    @Test
    @DisplayName("only red flags that an installed plugin reads are asked; partial groups are asked one by one")
    void onlyApplicable() {
      ConditionAggregator vascularOnly = ConditionAggregator.builder().addPlugin(new InterviewFakes.Vascular()).build();
      InterviewSession s = vascularOnly.interview(SymptomReport.builder().absent("redflag.sudden_weakness_or_paralysis").build(), 30);
      Question first = next(s);
      assertEquals(List.of("redflag.sudden_cold_pale_painful_leg"), first.features());
      s.answer(first, Answer.NO);
      for (String f : List.of("redflag.one_leg_swollen_warm_red", "redflag.chest_pain_breathless")) {
        Question q = next(s);
        assertEquals(List.of(f), q.features(), "a group with one red flag already answered is asked one by one");
        s.answer(q, Answer.NO);
      }
      assertFalse(next(s).redFlag(), "fever, saddle numbness and the rest are read by no installed plugin");
    }
  }

  @Nested
  @DisplayName("warning signs")
  class WarningSigns {

    final ConditionAggregator skin = InterviewFakes.withSkin();

    InterviewSession afterRedFlags() {
      InterviewSession s = skin.interview(SymptomReport.builder().age(70).present("timing.worse_lying_down").build(), 20);
      denyRedFlags(s);
      return s;
    }

    @Test
    @DisplayName("come right after the red flags, as one question listing the signs that fire an urgent warning")
    void groupedAfterRedFlags() {
      Question q = next(afterRedFlags());
      assertFalse(q.redFlag());
      assertEquals(java.util.Set.of("sign.black_tissue", "sign.nonhealing_sores"), new java.util.HashSet<>(q.features()));
      assertTrue(q.question().startsWith("Have you noticed any of these: "), q.question());
      assertTrue(q.question().contains("black skin or tissue on the toes or foot"), q.question());
      assertTrue(q.question().endsWith("?"), q.question());
    }

    @Test
    @DisplayName("\"no\" marks every sign absent; \"yes\" asks them one by one next; \"don't know\" asks none again")
    void answers() {
      InterviewSession no = afterRedFlags();
      no.answer(next(no), Answer.NO);
      assertTrue(no.report().isAbsent("sign.black_tissue"));
      assertTrue(no.report().isAbsent("sign.nonhealing_sores"));

      InterviewSession yes = afterRedFlags();
      Question group = next(yes);
      yes.answer(group, Answer.YES);
      assertFalse(yes.report().isAnswered("sign.black_tissue"));
      Question first = next(yes);
      assertEquals(List.of(group.features().get(0)), first.features());
      yes.answer(first, Answer.NO);
      assertEquals(List.of(group.features().get(1)), next(yes).features());

      InterviewSession dontKnow = afterRedFlags();
      dontKnow.answer(next(dontKnow), Answer.DONT_KNOW);
      for (Optional<Question> q = dontKnow.nextQuestion(); q.isPresent(); q = dontKnow.nextQuestion()) {
        assertFalse(q.get().features().contains("sign.black_tissue"), q.get().toString());
        assertFalse(q.get().features().contains("sign.nonhealing_sores"), q.get().toString());
        dontKnow.answer(q.get(), Answer.DONT_KNOW);
      }
    }

    @Test
    @DisplayName("a \"yes\" to the group that is never resolved keeps the assessment urgent")
    void unresolvedYesEscalates() {
      InterviewSession s = afterRedFlags();
      s.answer(next(s), Answer.YES);
      s.quit();
      assertTrue(s.assessment().triage().isAtLeast(Triage.EMERGENCY), s.assessment().triage().toString());
    }

    @Test
    @DisplayName("a single sign left unanswered is asked alone")
    void singleAlone() {
      InterviewSession s = skin.interview(InterviewFakes.noRedFlags().age(70).present("timing.worse_lying_down")
          .absent("sign.nonhealing_sores").build(), 20);
      assertEquals(List.of("sign.black_tissue"), next(s).features());
    }
  }

  @Nested
  @DisplayName("answers")
  class Answers {

    @Test
    @DisplayName("a question answered \"don't know\" is never asked again")
    void dontKnowNotReasked() {
      InterviewSession s = AGGREGATOR.interview(InterviewFakes.noRedFlags().age(70).build(), 40);
      Question q = next(s);
      s.answer(q, Answer.DONT_KNOW);
      assertTrue(s.report().isAnswered(q.feature()));
      while (s.nextQuestion().isPresent()) {
        Question other = next(s);
        assertFalse(other.features().contains(q.feature()));
        s.answer(other, Answer.DONT_KNOW);
      }
      assertThrows(IllegalStateException.class, () -> s.answer(q, Answer.YES));
    }

    @Test
    @DisplayName("an already answered or unknown feature is rejected")
    void rejects() {
      InterviewSession s = AGGREGATOR.interview(InterviewFakes.noRedFlags().build(), 40);
      Question q = next(s);
      s.answer(q, Answer.YES);
      assertThrows(IllegalArgumentException.class, () -> s.answer(q, Answer.NO));
      Question bogus = new Question("nope.not_a_feature", "?", List.of("nope.not_a_feature"), false);
      assertThrows(IllegalArgumentException.class, () -> s.answer(bogus, Answer.NO));
      assertThrows(NullPointerException.class, () -> s.answer(q, null));
    }

    @Test
    @DisplayName("asking the next question twice gives the same question")
    void stable() {
      InterviewSession s = AGGREGATOR.interview(InterviewFakes.noRedFlags().build(), 40);
      assertEquals(s.nextQuestion(), s.nextQuestion());
    }

    @Test
    @DisplayName("the transcript lists every question and answer in order")
    void transcript() {
      InterviewSession s = AGGREGATOR.interview(SymptomReport.empty(), 40);
      Question a = next(s);
      s.answer(a, Answer.NO);
      Question b = next(s);
      s.answer(b, Answer.DONT_KNOW);
      assertEquals(List.of(new AskedQuestion(a, Answer.NO), new AskedQuestion(b, Answer.DONT_KNOW)), s.transcript());
      assertEquals(2, s.questionsAsked());
    }
  }

  @Nested
  @DisplayName("stop reasons")
  class Stops {

    @Test
    @DisplayName("CAP_REACHED after the caller's number of questions, with the remaining questions listed")
    void cap() {
      InterviewSession s = AGGREGATOR.interview(SymptomReport.empty(), 2);
      s.answer(next(s), Answer.NO);
      s.answer(next(s), Answer.NO);
      assertEquals(Optional.empty(), s.nextQuestion());
      assertEquals(Optional.of(StopReason.CAP_REACHED), s.stopReason());
      assertFalse(s.assessment().nextQuestions().isEmpty());
    }

    @Test
    @DisplayName("a cap of zero asks nothing")
    void capZero() {
      InterviewSession s = AGGREGATOR.interview(SymptomReport.empty(), 0);
      assertEquals(Optional.of(StopReason.CAP_REACHED), s.stopReason());
    }

    @Test
    @DisplayName("USER_QUIT after quit, with the assessment as it stands")
    void quit() {
      InterviewSession s = AGGREGATOR.interview(InterviewFakes.noRedFlags().build(), 40);
      s.quit();
      assertEquals(Optional.of(StopReason.USER_QUIT), s.stopReason());
      assertEquals(AGGREGATOR.assess(s.report()).differential(), s.assessment().differential());
    }

    @Test
    @DisplayName("CONFIDENT once no answer could change the top condition or the triage level")
    void confident() {
      SymptomReport clear = InterviewFakes.noRedFlags().age(45).present("quality.muscle_tightening",
          "timing.sudden_episodes", "relief.stretching_muscle", "location.calf").absent("quality.urge_to_move").build();
      InterviewSession s = AGGREGATOR.interview(clear, 40);
      int asked = 0;
      for (Optional<Question> q = s.nextQuestion(); q.isPresent(); q = s.nextQuestion()) {
        s.answer(q.get(), Answer.NO);
        asked++;
      }
      assertEquals(Optional.of(StopReason.CONFIDENT), s.stopReason());
      assertTrue(asked < 10, "asked " + asked);
      assertEquals("fmsk.cramps", s.assessment().topCondition().orElseThrow().condition());
      assertTrue(s.assessment().nextQuestions().isEmpty());
    }

    @Test
    @DisplayName("NO_MORE_QUESTIONS once every feature that matters is answered")
    void noMore() {
      ConditionAggregator one = ConditionAggregator.builder().addPlugin(new OneFeature()).build();
      InterviewSession s = one.interview(SymptomReport.empty(), 40);
      Question q = next(s);
      assertEquals("history.diabetes", q.feature());
      s.answer(q, Answer.YES);
      assertEquals(Optional.of(StopReason.NO_MORE_QUESTIONS), s.stopReason());
    }
  }

  @Test
  @DisplayName("an assessment's next questions come from the same ranking: red flags first")
  void assessmentNextQuestions() {
    SymptomReport r = SymptomReport.builder().present("timing.worse_lying_down").build();
    AggregatedAssessment a = AGGREGATOR.assess(r);
    assertEquals(ConditionAggregator.DEFAULT_NEXT_QUESTIONS, a.nextQuestions().size());
    assertTrue(a.nextQuestions().get(0).redFlag());
    assertEquals(next(AGGREGATOR.interview(r, 10)), a.nextQuestions().get(0));
    AggregatedAssessment none = AGGREGATOR.assess(InterviewFakes.noRedFlags().build());
    assertFalse(none.nextQuestions().isEmpty());
    assertTrue(none.nextQuestions().stream().noneMatch(Question::redFlag));
  }

  @Test
  @DisplayName("the patient-and-findings factory starts from those findings")
  void factory() {
    InterviewSession s = AGGREGATOR.interview(Patient.of(50, Sex.FEMALE),
        Map.of("timing.worse_lying_down", FindingState.PRESENT), 5);
    assertEquals(Optional.of(50), s.report().patient().age().stream().boxed().findFirst());
    assertTrue(s.report().isPresent("timing.worse_lying_down"));
    assertThrows(IllegalArgumentException.class, () -> AGGREGATOR.interview(SymptomReport.empty(), -1));
    assertThrows(IllegalArgumentException.class,
        () -> AGGREGATOR.interview(SymptomReport.builder().present("nope.unknown").build(), 3));
  }

  /** A plugin that reads one decisive feature and no red flag. */
  static final class OneFeature extends RuleBasedPlugin {
    OneFeature() {
      super(PluginDescriptor.builder("fone").displayName("One (test)")
              .condition(InterviewFakes.condition("fone.x", Triage.CONSULTATION_24))
              .reliefStrategy(InterviewFakes.relief("fone.rest", "fone.x"))
              .build(),
          List.of(EvidenceModel.builder("fone.x").prior(0.2, InterviewFakes.TEST)
              .criterion("history.diabetes", 5, 0.5, InterviewFakes.TEST).build()),
          Map.of());
    }
  }
}
