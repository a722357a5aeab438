package org.recumbent.spi.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.core.FindingState;
import org.recumbent.core.Sex;
import org.recumbent.core.SymptomReport;
import org.recumbent.internal.RuleBasedAccess;
import org.recumbent.spi.ConditionScore;
import org.recumbent.spi.Source;

class EvidenceModelTests {

  private static final Source S = Source.expertEstimate("test");

  private final EvidenceModel model = EvidenceModel.builder("t.c")
      .prior(0.10, S)
      .priorFromAge(60, 0.20, S)
      .sexOddsRatio(Sex.FEMALE, 2.0, S)
      .criterion("quality.urge_to_move", 9.0, 0.5, S)
      .criterion("quality.muscle_tightening", 0.25, 1.5, S)
      .anyOf(4.0, 0.8, S, "relief.walking_moving", "relief.stretching_muscle")
      .allOf(3.0, 0.9, S, "timing.worse_evening_night", "timing.at_rest_sitting")
      .essential("quality.urge_to_move", 0.05, S)
      .build();

  @Test
  @DisplayName("with nothing known, the probability is the prior for the person's age and sex")
  void prior() {
    assertEquals(0.10, model.score(SymptomReport.empty()).probability(), 1e-9);
    assertEquals(0.20, model.score(SymptomReport.builder().age(65).build()).probability(), 1e-9);
    assertEquals(0.10, model.score(SymptomReport.builder().age(30).build()).probability(), 1e-9);
    double odds = 0.2 / 0.8 * 2.0;
    assertEquals(odds / (1 + odds), model.score(SymptomReport.builder().age(65).sex(Sex.FEMALE).build()).probability(), 1e-9);
  }

  @Test
  @DisplayName("likelihood ratios multiply the odds, and explain themselves")
  void bayes() {
    ConditionScore s = model.score(SymptomReport.builder().present("quality.urge_to_move").build());
    double odds = 0.1 / 0.9 * 9.0;
    assertEquals(odds / (1 + odds), s.probability(), 1e-9);
    assertEquals(List.of("quality.urge_to_move"), s.supporting());
    ConditionScore t = model.score(SymptomReport.builder().present("quality.muscle_tightening").build());
    assertEquals(List.of("quality.muscle_tightening"), t.conflicting());
    assertTrue(t.probability() < 0.1);
  }

  @Test
  @DisplayName("the absence of an essential criterion caps the probability")
  void essentialCap() {
    ConditionScore s = model.score(SymptomReport.builder().absent("quality.urge_to_move")
        .present("relief.walking_moving", "timing.worse_evening_night", "timing.at_rest_sitting").build());
    assertEquals(0.05, s.probability(), 1e-9);
    assertTrue(s.conflicting().contains("quality.urge_to_move"));
  }

  @Test
  @DisplayName("grouped criteria count once: any-of present if one is, all-of only if all are")
  void grouped() {
    double one = model.score(SymptomReport.builder().present("relief.walking_moving").build()).probability();
    double two = model.score(SymptomReport.builder().present("relief.walking_moving", "relief.stretching_muscle").build()).probability();
    assertEquals(one, two, 1e-12);
    double half = model.score(SymptomReport.builder().present("timing.worse_evening_night").build()).probability();
    assertEquals(0.1, half, 1e-9);
    double absentOne = model.score(SymptomReport.builder().present("timing.worse_evening_night").absent("timing.at_rest_sitting").build()).probability();
    assertTrue(absentOne < 0.1);
  }

  @Test
  @DisplayName("every feature moves the probability one way: present and absent never on the same side")
  void monotone() {
    for (String f : model.features()) {
      double unknown = model.score(SymptomReport.empty()).probability();
      double present = model.score(SymptomReport.builder().finding(f, FindingState.PRESENT).build()).probability();
      double absent = model.score(SymptomReport.builder().finding(f, FindingState.ABSENT).build()).probability();
      assertTrue((present >= unknown && absent <= unknown) || (present <= unknown && absent >= unknown), f);
    }
  }

  @Test
  @DisplayName("a criterion with both ratios on one side of 1 is rejected")
  void rejectsIncoherentRatios() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EvidenceModel.builder("t.c").criterion("quality.burning", 2.0, 1.5, S));
    assertTrue(e.getMessage().contains("quality.burning"));
    assertThrows(IllegalArgumentException.class, () -> EvidenceModel.builder("t.c").prior(1.0, S));
    assertThrows(IllegalStateException.class, () -> EvidenceModel.builder("t.c").build());
  }

  @Test
  @DisplayName("the probability never reaches 0 or 1")
  void bounded() {
    EvidenceModel strong = EvidenceModel.builder("t.s").prior(0.5, S)
        .criterion("quality.burning", 1e6, 1e-6, S).build();
    assertEquals(EvidenceModel.CEILING, strong.score(SymptomReport.builder().present("quality.burning").build()).probability());
    assertEquals(EvidenceModel.FLOOR, strong.score(SymptomReport.builder().absent("quality.burning").build()).probability());
  }

  @Test
  @DisplayName("a trigger fires only when its pattern is present, and names what fired it")
  void triggers() {
    Trigger t = Trigger.anyOf(Trigger.present("redflag.fever"),
        Trigger.allOf("sign.one_leg_swollen", "sign.calf_tender"),
        Trigger.atLeast(2, "history.active_cancer", "history.previous_dvt", "history.recent_immobility_surgery_travel"));
    assertTrue(t.fire(SymptomReport.empty()).isEmpty());
    assertTrue(t.fire(SymptomReport.builder().present("sign.one_leg_swollen").build()).isEmpty());
    assertEquals(List.of("sign.one_leg_swollen", "sign.calf_tender"),
        t.fire(SymptomReport.builder().present("sign.one_leg_swollen", "sign.calf_tender").build()).orElseThrow());
    assertEquals(List.of("history.active_cancer", "history.previous_dvt"),
        t.fire(SymptomReport.builder().present("history.previous_dvt", "history.active_cancer").build()).orElseThrow());
    assertTrue(t.fire(SymptomReport.builder().present("history.previous_dvt").build()).isEmpty());
    assertEquals(6, t.features().size());
  }

  /** A model with repeated features across criteria and essentials, plus {@code padding} criteria on unread features. */
  private static EvidenceModel overlapping(int padding) {
    EvidenceModel.Builder b = EvidenceModel.builder("test.overlap").prior(0.2, S)
        .priorFromAge(50, 0.3, S).sexOddsRatio(Sex.MALE, 1.5, S)
        .anyOf(3.0, 0.5, S, "test.a", "test.b")
        .criterion("test.b", 2.0, 0.8, S)
        .allOf(4.0, 0.6, S, "test.c", "test.a", "test.d")
        .criterion("test.e", 0.5, 1.5, S)
        .anyOf(0.4, 2.0, S, "test.e", "test.c")
        .criterion("test.f", 1.0, 1.0, S)
        .essential("test.c", 0.1, S)
        .essential("test.e", 0.2, S);
    for (int i = 0; i < padding; i++) {
      b.criterion("test.unread_" + i, 1.2, 0.9, S);
    }
    return b.build();
  }

  @Test
  @DisplayName("scores and explains the same whether a model is small or has more than 64 feature positions")
  void largeModelsScoreLikeSmallOnes() {
    EvidenceModel small = overlapping(0);
    EvidenceModel large = overlapping(70);
    String[] ids = {"test.a", "test.b", "test.c", "test.d", "test.e", "test.f"};
    FindingState[] states = FindingState.values();
    int combinations = 1;
    for (int k = 0; k < ids.length; k++) {
      combinations *= states.length + 1;
    }
    for (int code = 0; code < combinations; code++) {
      SymptomReport.Builder r = SymptomReport.builder().age(60).sex(Sex.MALE);
      int c = code;
      for (String id : ids) {
        int s = c % (states.length + 1);
        c /= states.length + 1;
        if (s < states.length) {
          r.finding(id, states[s]);
        }
      }
      SymptomReport report = r.build();
      ConditionScore a = small.score(report);
      ConditionScore b = large.score(report);
      assertEquals(a, b, report.toString());
    }
  }

  @Test
  @DisplayName("takes the prior log odds from its table with exactly the bits priorFor and Math.log give")
  void priorTable() {
    EvidenceModel bands = EvidenceModel.builder("t.bands").prior(0.07, S)
        .priorFromAge(40, 0.11, S).priorFromAge(55, 0.17, S).priorFromAge(65, 0.23, S)
        .sexOddsRatio(Sex.MALE, 1.7, S).sexOddsRatio(Sex.FEMALE, 0.6, S).sexOddsRatio(Sex.MALE, 1.1, S)
        .criterion("quality.burning", 3.0, 0.7, S)
        .build();
    for (EvidenceModel m : List.of(model, bands, overlapping(0))) {
      for (Sex sex : Sex.values()) {
        for (int age = -1; age <= 120; age++) {
          SymptomReport.Builder b = SymptomReport.builder().sex(sex);
          if (age >= 0) {
            b.age(age);
          }
          SymptomReport report = b.build();
          double p0 = m.priorFor(report);
          assertEquals(Double.doubleToRawLongBits(Math.log(p0 / (1 - p0))),
              Double.doubleToRawLongBits(m.priorLogOdds(report)), m.conditionId() + " " + sex + " " + age);
        }
      }
    }
  }

  /**
   * A model of 24 criteria over 30 features (25 over 34 with the criterion of five features):
   * single features, any-of and all-of groups, features read by more than one criterion, and an
   * essential criterion.
   */
  private static EvidenceModel wide(boolean fiveFeatureCriterion) {
    EvidenceModel.Builder b = EvidenceModel.builder("test.wide").prior(0.15, S)
        .priorFromAge(45, 0.25, S).sexOddsRatio(Sex.FEMALE, 1.3, S);
    for (int i = 0; i < 18; i++) {
      b.criterion("test.w" + i, 1.5 + i / 10.0, i % 3 == 0 ? 1.0 : 0.7, S);
    }
    b.anyOf(3.0, 0.5, S, "test.w18", "test.w19", "test.w2")
        .allOf(4.0, 0.6, S, "test.w20", "test.w21", "test.w5")
        .anyOf(0.4, 1.0, S, "test.w22", "test.w23")
        .allOf(0.3, 1.5, S, "test.w24", "test.w25", "test.w26")
        .anyOf(2.0, 0.9, S, "test.w27", "test.w28")
        .criterion("test.w29", 0.5, 1.2, S)
        .essential("test.w0", 0.2, S);
    if (fiveFeatureCriterion) {
      b.anyOf(2.5, 0.8, S, "test.w30", "test.w31", "test.w32", "test.w33", "test.w3");
    }
    return b.build();
  }

  @Test
  @DisplayName("reading only the criteria a report answers, or every criterion by table, gives what reading every"
      + " criterion feature by feature gives, bit for bit")
  void answeredCriteriaOnly() {
    // The second model has a criterion of five features, too many for the tables by code.
    List<EvidenceModel> models = List.of(wide(false), wide(true));
    FindingState[] states = FindingState.values();
    // From no answer to every feature: few answers read only their criteria, many (from
    // CODED_FROM on) read every criterion through the tables by code.
    qt().withExamples(6000).forAll(integers().between(0, 35), integers().all()).checkAssert((n, seed) -> {
      Random random = new Random(seed);
      EvidenceModel m = models.get(random.nextInt(models.size()));
      List<String> ids = m.features();
      int count = Math.min(n, ids.size());
      List<String> shuffled = new ArrayList<>(ids);
      Collections.shuffle(shuffled, random);
      SymptomReport.Builder b = SymptomReport.builder().sex(Sex.values()[random.nextInt(Sex.values().length)]);
      int age = random.nextInt(122) - 1;
      if (age >= 0) {
        b.age(age);
      }
      for (String id : shuffled.subList(0, count)) {
        b.finding(id, states[random.nextInt(states.length)]);
      }
      SymptomReport report = b.build();
      ConditionScore[] everyCriterion = new ConditionScore[1];
      // No states array: every criterion is read, each feature looked up by id.
      m.scoreTo(report, null, 0, new RuleBasedAccess.Sink() {
        @Override
        public void condition(int index, double probability, List<String> supporting, List<String> conflicting) {
          everyCriterion[0] = new ConditionScore(m.conditionId(), probability, supporting, conflicting);
        }

        @Override
        public void warning(int index, List<String> firedBy) {
          throw new AssertionError("a model fires no warnings");
        }
      });
      ConditionScore answered = m.score(report);
      assertEquals(Double.doubleToRawLongBits(everyCriterion[0].probability()),
          Double.doubleToRawLongBits(answered.probability()), report::toString);
      assertEquals(everyCriterion[0], answered, report::toString);
    });
  }
}
