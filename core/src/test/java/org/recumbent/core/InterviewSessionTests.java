package org.recumbent.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
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
      Question followUp = next(s);
      assertEquals(group.features(), followUp.features());
      assertEquals(Question.Kind.CHECKLIST, followUp.kind());
      assertTrue(followUp.redFlag());
      Map<String, Answer> none = new HashMap<>();
      group.features().forEach(f -> none.put(f, Answer.NO));
      s.answerEach(followUp, none);
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
      Question followUp = next(s);
      s.answerEach(followUp, Map.of(followUp.feature(), Answer.YES));
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
    @DisplayName("\"no\" marks every sign absent; \"yes\" asks them next as one checklist; \"don't know\" asks none again")
    void answers() {
      InterviewSession no = afterRedFlags();
      no.answer(next(no), Answer.NO);
      assertTrue(no.report().isAbsent("sign.black_tissue"));
      assertTrue(no.report().isAbsent("sign.nonhealing_sores"));

      InterviewSession yes = afterRedFlags();
      Question group = next(yes);
      yes.answer(group, Answer.YES);
      assertFalse(yes.report().isAnswered("sign.black_tissue"));
      Question followUp = next(yes);
      assertEquals(group.features(), followUp.features());
      assertEquals(Question.Kind.CHECKLIST, followUp.kind());
      yes.answerEach(followUp, Map.of("sign.black_tissue", Answer.NO, "sign.nonhealing_sores", Answer.YES));
      assertTrue(yes.report().isAbsent("sign.black_tissue"));
      assertTrue(yes.report().isPresent("sign.nonhealing_sores"));
      for (String f : group.features()) {
        assertTrue(yes.report().isAnswered(f), f + ": an item left out is answered don't know");
      }
      assertEquals(new AskedQuestion(followUp, Answer.YES, yes.transcript().get(yes.transcript().size() - 1).items()),
          yes.transcript().get(yes.transcript().size() - 1));

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

  @Nested
  @DisplayName("checklists")
  class Checklists {

    /** The first question after the red flags and warning signs, answered "no". */
    Question firstChecklist(InterviewSession s) {
      for (Optional<Question> q = s.nextQuestion(); q.isPresent(); q = s.nextQuestion()) {
        if (q.get().kind() == Question.Kind.CHECKLIST) {
          return q.get();
        }
        s.answer(q.get(), Answer.NO);
      }
      throw new AssertionError("no checklist before the stop: " + s.stopReason());
    }

    @Test
    @DisplayName("group the best question with the next best of its kind, up to eight, in plain words")
    void sameCategory() {
      InterviewSession s = AGGREGATOR.interview(SymptomReport.builder().age(70).build(), 30);
      Question c = firstChecklist(s);
      assertFalse(c.redFlag());
      assertTrue(c.features().size() >= 2 && c.features().size() <= 8, c.toString());
      FeatureCategory category = AGGREGATOR.vocabulary().feature(c.feature()).orElseThrow().category();
      for (String f : c.features()) {
        Feature feature = AGGREGATOR.vocabulary().feature(f).orElseThrow();
        assertEquals(category, feature.category(), f);
        assertFalse(s.report().isAnswered(f), f);
        String d = feature.description();
        assertTrue(c.question().contains(d.substring(1, d.length() - 1)), c.question() + " lists " + d);
      }
      assertTrue(c.question().startsWith("Which of these") && c.question().endsWith("."), c.question());
    }

    @Test
    @DisplayName("answered item by item record each answer, \"don't know\" for items left out, and are never asked again")
    void itemByItem() {
      InterviewSession s = AGGREGATOR.interview(SymptomReport.builder().age(70).build(), 30);
      Question c = firstChecklist(s);
      String yes = c.features().get(0);
      String no = c.features().get(1);
      s.answerEach(c, Map.of(yes, Answer.YES, no, Answer.NO));
      assertTrue(s.report().isPresent(yes));
      assertTrue(s.report().isAbsent(no));
      for (String f : c.features()) {
        assertTrue(s.report().isAnswered(f), f);
      }
      AskedQuestion step = s.transcript().get(s.transcript().size() - 1);
      assertEquals(Answer.YES, step.answer());
      assertEquals(c.features(), List.copyOf(step.items().keySet()));
      for (String f : c.features().subList(2, c.features().size())) {
        assertEquals(Answer.DONT_KNOW, step.items().get(f), f);
        assertEquals(FindingState.UNKNOWN, s.report().state(f), f);
      }
      for (Optional<Question> q = s.nextQuestion(); q.isPresent(); q = s.nextQuestion()) {
        for (String f : c.features()) {
          assertFalse(q.get().features().contains(f), q.get() + " asks again about " + f);
        }
        s.answer(q.get(), Answer.DONT_KNOW);
      }
    }

    @Test
    @DisplayName("answered \"no\" as a whole mark every item absent")
    void wholeNo() {
      InterviewSession s = AGGREGATOR.interview(SymptomReport.builder().age(70).build(), 30);
      Question c = firstChecklist(s);
      s.answer(c, Answer.NO);
      for (String f : c.features()) {
        assertTrue(s.report().isAbsent(f), f);
      }
    }

    @Test
    @DisplayName("reject an answer about a feature the question does not cover, naming it and the items")
    void foreignItem() {
      InterviewSession s = AGGREGATOR.interview(SymptomReport.builder().age(70).build(), 30);
      Question c = firstChecklist(s);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> s.answerEach(c, Map.of("redflag.fever", Answer.YES)));
      assertTrue(e.getMessage().contains("redflag.fever") && e.getMessage().contains(c.feature()), e.getMessage());
      assertFalse(s.report().isAnswered(c.feature()), "nothing is recorded from a rejected answer");
    }

    @Test
    @DisplayName("a red-flag follow-up answered \"yes\" as a whole is not asked again, and the unresolved \"yes\" keeps the level urgent")
    void followUpYesAsWhole() {
      InterviewSession s = AGGREGATOR.interview(SymptomReport.empty(), 30);
      Question group = next(s);
      s.answer(group, Answer.YES);
      Question followUp = next(s);
      assertEquals(Question.Kind.CHECKLIST, followUp.kind());
      s.answer(followUp, Answer.YES);
      for (String f : followUp.features()) {
        assertEquals(FindingState.UNKNOWN, s.report().state(f), f);
        assertTrue(s.report().isAnswered(f), f);
      }
      for (Optional<Question> q = s.nextQuestion(); q.isPresent(); q = s.nextQuestion()) {
        assertFalse(q.get().features().stream().anyMatch(followUp.features()::contains), q.get().toString());
        s.answer(q.get(), Answer.DONT_KNOW);
      }
      assertTrue(s.assessment().triage().isAtLeast(Triage.EMERGENCY), s.assessment().triage().toString());
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
