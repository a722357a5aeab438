package org.recumbent.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("InterviewSimulator")
class InterviewSimulatorTests {

  static final ConditionAggregator AGGREGATOR = InterviewFakes.aggregator();

  /** The typical findings of each fake condition, as a person with it might report them. */
  static final List<List<String>> PATTERNS = List.of(
      List.of("relief.dangling_legs", "timing.walking_pain_relieved_by_rest", "history.smoking", "sign.foot_cold"),
      List.of("relief.elevating_legs", "sign.varicose_veins", "quality.heavy", "sign.ankle_swelling"),
      List.of("quality.urge_to_move", "relief.walking_moving", "timing.worse_evening_night", "history.family_rls"),
      List.of("quality.burning", "location.stocking_distribution", "history.diabetes", "quality.tingling_pins_needles"),
      List.of("quality.muscle_tightening", "timing.sudden_episodes", "relief.stretching_muscle", "location.calf"),
      List.of("location.hip_knee_joint", "sign.joint_swelling_stiffness", "aggravator.lying_on_side_joint"));

  /**
   * Stories: one pattern mostly present, the other features mostly absent or unmentioned, red flags
   * usually absent, sometimes present; from a fixed seed, so the numbers are reproducible.
   */
  static List<SymptomReport> stories(int n, long seed) {
    Random random = new Random(seed);
    List<SymptomReport> out = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      List<String> pattern = PATTERNS.get(k % PATTERNS.size());
      SymptomReport.Builder b = SymptomReport.builder().age(30 + random.nextInt(60))
          .sex(random.nextBoolean() ? Sex.FEMALE : Sex.MALE).present("timing.worse_lying_down");
      for (String f : InterviewFakes.ORDINARY) {
        double r = random.nextDouble();
        if (pattern.contains(f)) {
          if (r < 0.8) {
            b.present(f);
          } else if (r < 0.9) {
            b.absent(f);
          }
        } else if (r < 0.1) {
          b.present(f);
        } else if (r < 0.6) {
          b.absent(f);
        } else if (r < 0.65) {
          b.unknown(f);
        }
      }
      for (String f : InterviewFakes.RED_FLAGS) {
        double r = random.nextDouble();
        if (r < 0.02) {
          b.present(f);
        } else if (r < 0.9) {
          b.absent(f);
        }
      }
      out.add(b.build());
    }
    return out;
  }

  @Test
  @DisplayName("over noisy test stories: mostly the same top condition, triage almost never lower, a bounded number of questions")
  void measures() {
    // These fake stories are noisier than real ones (a tenth of unrelated findings present, more
    // than the interview's estimate of how common a finding is); the targets (95%, never
    // lower, mean 8) are judged with the real plugins and sample reports through the command-line
    // 'simulate'. Measured with checklists: 260/300 agree, 3 with a lower level of care (the stop
    // rule looks one answer ahead, and two unlikely findings together sometimes raise it), mean 5.3
    // questions (before checklists: 254/300, 8 lower, mean 12.4). These bounds guard against regressions.
    InterviewSimulator.Summary s = new InterviewSimulator(AGGREGATOR, 30).run(stories(300, 20240601L));
    System.out.println("Interview simulation over " + s.stories() + " fake-plugin stories:\n" + s.format());
    assertTrue(s.triageLower() <= s.stories() * 3 / 100, s.format());
    assertTrue(s.topAgreementRate() >= 0.8, s.format());
    assertTrue(s.meanQuestions() <= 8, s.format());
    assertTrue(s.maxQuestions() <= 30, s.format());
    assertEquals(s.stories(), s.distribution().values().stream().mapToInt(Integer::intValue).sum());
  }

  @Test
  @DisplayName("answers from the full report: grouped questions are yes if any is present, no if all are absent")
  void answers() {
    SymptomReport full = SymptomReport.builder().present("redflag.fever").absent("redflag.hot_swollen_joint",
        "redflag.recent_trauma", "redflag.saddle_numbness", "redflag.bladder_bowel_change").build();
    Question infection = new Question("redflag.fever", "?", List.of("redflag.fever", "redflag.hot_swollen_joint",
        "redflag.recent_trauma"), true);
    Question back = new Question("redflag.saddle_numbness", "?", List.of("redflag.saddle_numbness",
        "redflag.bladder_bowel_change"), true);
    Question limb = new Question("redflag.sudden_cold_pale_painful_leg", "?",
        List.of("redflag.sudden_cold_pale_painful_leg", "redflag.saddle_numbness"), true);
    assertEquals(Answer.YES, InterviewSimulator.answerFrom(full, infection));
    assertEquals(Answer.NO, InterviewSimulator.answerFrom(full, back));
    assertEquals(Answer.DONT_KNOW, InterviewSimulator.answerFrom(full, limb));
    assertEquals(Answer.DONT_KNOW, InterviewSimulator.answerFrom(SymptomReport.builder().unknown("quality.heavy").build(),
        Question.about(AGGREGATOR.vocabulary().feature("quality.heavy").orElseThrow())));
    assertEquals(Map.of("redflag.fever", Answer.YES, "redflag.hot_swollen_joint", Answer.NO, "redflag.recent_trauma", Answer.NO),
        InterviewSimulator.answersFrom(full, infection));
    assertEquals(List.of("redflag.sudden_cold_pale_painful_leg", "redflag.saddle_numbness"),
        List.copyOf(InterviewSimulator.answersFrom(full, limb).keySet()));
    assertEquals(Answer.DONT_KNOW, InterviewSimulator.answersFrom(full, limb).get("redflag.sudden_cold_pale_painful_leg"));
  }

  @Test
  @DisplayName("answers count each checklist item, questions count the checklist once")
  void answerCounts() {
    Question checklist = new Question("quality.heavy", "Which?", List.of("quality.heavy", "quality.burning", "quality.throbbing"),
        false, Question.Kind.CHECKLIST);
    Question single = Question.about(AGGREGATOR.vocabulary().feature("quality.numbness").orElseThrow());
    InterviewSimulator.Run r = new InterviewSimulator.Run(SymptomReport.empty(), Optional.empty(), Optional.empty(),
        Triage.CONSULTATION, Triage.CONSULTATION, StopReason.CONFIDENT, List.of(
            new AskedQuestion(checklist, Answer.YES, Map.of("quality.heavy", Answer.YES, "quality.burning", Answer.NO,
                "quality.throbbing", Answer.DONT_KNOW)),
            new AskedQuestion(single, Answer.NO)));
    assertEquals(2, r.questions());
    assertEquals(4, r.answers());
    InterviewSimulator.Summary s = new InterviewSimulator.Summary(List.of(r, new InterviewSimulator.Run(SymptomReport.empty(),
        Optional.empty(), Optional.empty(), Triage.CONSULTATION, Triage.CONSULTATION, StopReason.CONFIDENT, List.of())));
    assertEquals(1.0, s.meanQuestions());
    assertEquals(2.0, s.meanAnswers());
    assertTrue(s.format().contains("answers, checklist items one by one: mean 2.00"), s.format());
  }

  @Test
  @DisplayName("a story starts from the patient and the lying-down, evening and waking findings it gives")
  void start() {
    SymptomReport full = SymptomReport.builder().age(70).present("timing.worse_lying_down", "quality.heavy")
        .absent("timing.wakes_from_sleep").build();
    assertEquals(SymptomReport.builder().age(70).present("timing.worse_lying_down").absent("timing.wakes_from_sleep").build(),
        InterviewSimulator.startingReport(full));
  }

  @Test
  @DisplayName("a run records the reference and the interview's result")
  void run() {
    SymptomReport full = InterviewFakes.noRedFlags().age(70).present("timing.worse_lying_down",
        "relief.dangling_legs", "timing.walking_pain_relieved_by_rest", "history.smoking").build();
    InterviewSimulator.Run r = new InterviewSimulator(AGGREGATOR, 30).run(full);
    assertEquals(AGGREGATOR.assess(full).topCondition().map(RankedCondition::condition), r.fullTop());
    assertTrue(r.topAgrees(), r.toString());
    assertTrue(r.triageNotLower());
    assertEquals(r.transcript().size(), r.questions());
    InterviewSimulator.Run capped = new InterviewSimulator(AGGREGATOR, 1).run(full);
    assertEquals(StopReason.CAP_REACHED, capped.stopReason());
    assertEquals(1, capped.questions());
  }
}
