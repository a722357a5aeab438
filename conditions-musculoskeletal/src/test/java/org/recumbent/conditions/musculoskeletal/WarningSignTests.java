package org.recumbent.conditions.musculoskeletal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recumbent.conditions.musculoskeletal.Stories.assess;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.Feature;
import org.recumbent.core.FindingState;
import org.recumbent.core.Sex;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Triage;
import org.recumbent.core.Warning;

@DisplayName("Warning signs")
class WarningSignTests {

  /** A red-flag pattern, the warning it must fire and the level it demands. */
  record Case(String name, List<String> findings, String warningId, Triage triage) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final List<Case> CASES = List.of(
      new Case("saddle numbness alone", List.of("redflag.saddle_numbness"),
          "musculoskeletal.cauda_equina", Triage.EMERGENCY_AMBULANCE),
      new Case("new bladder or bowel trouble alone", List.of("redflag.bladder_bowel_change"),
          "musculoskeletal.cauda_equina", Triage.EMERGENCY_AMBULANCE),
      new Case("weakness in both legs with pain from the back",
          List.of("sign.leg_weakness", "location.both_legs_symmetric", "quality.radiating_from_back"),
          "musculoskeletal.cauda_equina", Triage.EMERGENCY_AMBULANCE),
      new Case("leg weakness with pain from the back (foot drop)",
          List.of("sign.leg_weakness", "quality.radiating_from_back"),
          "musculoskeletal.foot_drop", Triage.EMERGENCY),
      new Case("a hot swollen joint alone", List.of("redflag.hot_swollen_joint"),
          "musculoskeletal.septic_arthritis", Triage.EMERGENCY),
      new Case("a hot swollen joint with fever", List.of("redflag.hot_swollen_joint", "redflag.fever"),
          "musculoskeletal.septic_arthritis", Triage.EMERGENCY),
      new Case("fever alone", List.of("redflag.fever"),
          "musculoskeletal.possible_infection", Triage.CONSULTATION_24),
      new Case("back pain with fever", List.of("redflag.fever", "quality.radiating_from_back"),
          "musculoskeletal.serious_back_pain", Triage.CONSULTATION_24),
      new Case("back pain with a history of cancer", List.of("history.active_cancer", "history.back_problems"),
          "musculoskeletal.serious_back_pain", Triage.CONSULTATION_24),
      new Case("back pain with weight loss", List.of("musculoskeletal.unexplained_weight_loss",
          "quality.radiating_from_back"), "musculoskeletal.serious_back_pain", Triage.CONSULTATION_24),
      new Case("pain after a fall or injury", List.of("redflag.recent_trauma"),
          "musculoskeletal.injury", Triage.CONSULTATION_24),
      new Case("pain from the back down both legs (bilateral sciatica)",
          List.of("quality.radiating_from_back", "location.both_legs_symmetric"),
          "musculoskeletal.bilateral_sciatica", Triage.CONSULTATION_24));

  /** Whatever else the report says: nothing, a classic story, everything else denied or affirmed. */
  static final Map<String, Map<String, FindingState>> BACKGROUNDS = backgrounds();

  private static Map<String, Map<String, FindingState>> backgrounds() {
    Map<String, Map<String, FindingState>> out = new LinkedHashMap<>();
    out.put("nothing else", Map.of());
    out.put("a classic cramp story", states(FindingState.PRESENT, "quality.muscle_tightening",
        "location.calf", "timing.sudden_episodes", "relief.stretching_muscle"));
    out.put("a classic arthritis story", states(FindingState.PRESENT, "location.hip_knee_joint",
        "aggravator.lying_on_side_joint", "timing.morning_stiffness_short", "sign.joint_crepitus"));
    out.put("a restless-legs story", states(FindingState.PRESENT, "quality.urge_to_move",
        "relief.walking_moving", "timing.at_rest_sitting", "timing.worse_evening_night"));
    List<String> others = Stories.AGGREGATOR.vocabulary().features().stream().map(Feature::id).toList();
    out.put("every other finding absent", states(FindingState.ABSENT, others.toArray(String[]::new)));
    out.put("every other finding present", states(FindingState.PRESENT, others.toArray(String[]::new)));
    return out;
  }

  private static Map<String, FindingState> states(FindingState state, String... ids) {
    Map<String, FindingState> m = new LinkedHashMap<>();
    for (String id : ids) {
      m.put(id, state);
    }
    return m;
  }

  static Stream<Arguments> casesInEveryBackground() {
    return CASES.stream().flatMap(c -> BACKGROUNDS.keySet().stream().map(bg -> Arguments.of(c, bg)));
  }

  private static SymptomReport report(Case c, String background) {
    Map<String, FindingState> m = new LinkedHashMap<>(BACKGROUNDS.get(background));
    c.findings().forEach(f -> m.put(f, FindingState.PRESENT));
    return SymptomReport.builder().age(60).findings(m).build();
  }

  private static Optional<Warning> warning(AggregatedAssessment a, String id) {
    return a.warnings().stream().filter(w -> w.id().equals(id)).findFirst();
  }

  @ParameterizedTest(name = "{0}, with {1}")
  @MethodSource("casesInEveryBackground")
  @DisplayName("each red-flag pattern fires its warning and sets at least its triage level, whatever else is reported")
  void firesWhateverElseIsReported(Case c, String background) {
    SymptomReport report = report(c, background);
    AggregatedAssessment a = assess(report);
    Warning w = warning(a, c.warningId()).orElseThrow(
        () -> new AssertionError(c.warningId() + " did not fire; warnings: " + a.warnings()));
    assertEquals(c.triage(), w.triage());
    assertTrue(a.triage().isAtLeast(c.triage()), () -> "triage " + a.triage() + " for " + c);
    assertFalse(w.triggeredBy().isEmpty());
    w.triggeredBy().forEach(f -> assertTrue(report.isPresent(f), () -> f + " is not present"));
    assertFalse(w.message().isBlank());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @DisplayName("on its own, each red-flag pattern sets exactly its triage level, no more")
  void setsExactlyItsLevelAlone(Case c) {
    AggregatedAssessment a = assess(SymptomReport.builder().age(60).present(c.findings().toArray(String[]::new)).build());
    assertEquals(c.triage(), a.triage(), () -> a.warnings().toString());
  }

  static Stream<Case> cases() {
    return CASES.stream();
  }

  @Test
  @DisplayName("after an injury, heat, massage, exercise and stretching are withheld and listed to avoid, until the leg is checked")
  void injuryWithholdsActiveRelief() {
    SymptomReport.Builder hip = SymptomReport.builder().age(84).sex(Sex.FEMALE)
        .present("location.hip_knee_joint", "aggravator.lying_on_side_joint", "location.one_leg_only",
            "timing.morning_stiffness_short", "sign.joint_crepitus");
    AggregatedAssessment before = assess(hip.build());
    List<String> active = before.advice().stream().filter(x -> x.id().equals("musculoskeletal.warm_bath_or_heat")
        || x.id().equals("musculoskeletal.joint_exercise")).map(x -> x.id()).toList();
    assertFalse(active.isEmpty(), () -> before.advice().toString());
    AggregatedAssessment a = assess(hip.present("redflag.recent_trauma").build());
    for (String id : active) {
      assertFalse(a.advice().stream().anyMatch(x -> x.id().equals(id)), () -> id + " given: " + a.advice());
      var x = a.avoid().stream().filter(v -> v.id().equals(id)).findFirst()
          .orElseThrow(() -> new AssertionError(id + " not avoided: " + a.avoid()));
      assertEquals(List.of("musculoskeletal.injury"), x.becauseOf());
    }
    assertTrue(a.avoid().stream().anyMatch(x -> x.id().equals("avoid.massage")), () -> a.avoid().toString());
    assertTrue(a.triage().isAtLeast(Triage.CONSULTATION_24));
  }

  @Nested
  @DisplayName("do not fire without their pattern")
  class Negative {

    @Test
    @DisplayName("pain from the back down one leg is not bilateral sciatica")
    void oneLegIsNotBilateral() {
      AggregatedAssessment one = assess(SymptomReport.builder()
          .present("quality.radiating_from_back", "location.one_leg_only").build());
      assertTrue(warning(one, "musculoskeletal.bilateral_sciatica").isEmpty(), () -> one.warnings().toString());
    }

    @Test
    @DisplayName("pain from the back without weakness is not foot drop")
    void radiatingPainAloneIsNotFootDrop() {
      AggregatedAssessment a = assess(SymptomReport.builder()
          .present("quality.radiating_from_back", "location.one_leg_only")
          .absent("sign.leg_weakness").build());
      assertTrue(a.warnings().isEmpty(), () -> a.warnings().toString());
      assertEquals(Triage.SELF_CARE, a.triage());
    }

    @Test
    @DisplayName("a history of cancer without back pain is not a back-pain warning")
    void cancerWithoutBackPain() {
      AggregatedAssessment a = assess(SymptomReport.builder()
          .present("history.active_cancer", "quality.muscle_tightening", "location.calf").build());
      assertTrue(warning(a, "musculoskeletal.serious_back_pain").isEmpty(), () -> a.warnings().toString());
    }

    @Test
    @DisplayName("weakness in one leg without pain from the back does not fire the sciatica weakness warnings")
    void weaknessWithoutRadiatingPain() {
      AggregatedAssessment a = assess(SymptomReport.builder()
          .present("sign.leg_weakness", "location.both_legs_symmetric").build());
      assertTrue(warning(a, "musculoskeletal.foot_drop").isEmpty(), () -> a.warnings().toString());
      assertTrue(warning(a, "musculoskeletal.cauda_equina").isEmpty(), () -> a.warnings().toString());
    }

    @Test
    @DisplayName("a fever names the fever, and a hot joint with fever names both")
    void namesWhatFiredIt() {
      AggregatedAssessment a = assess(SymptomReport.builder()
          .present("redflag.hot_swollen_joint", "redflag.fever").build());
      assertEquals(List.of("redflag.hot_swollen_joint", "redflag.fever"),
          warning(a, "musculoskeletal.septic_arthritis").orElseThrow().triggeredBy());
      assertEquals(List.of("redflag.fever"),
          warning(a, "musculoskeletal.possible_infection").orElseThrow().triggeredBy());
    }
  }

  @Test
  @DisplayName("every red flag this plugin owns fires a warning on its own")
  void everyOwnedRedFlagFiresAlone() {
    for (String flag : List.of("redflag.saddle_numbness", "redflag.bladder_bowel_change",
        "redflag.hot_swollen_joint", "redflag.fever", "redflag.recent_trauma")) {
      AggregatedAssessment a = assess(SymptomReport.builder().present(flag).build());
      assertFalse(a.warnings().isEmpty(), flag);
      assertTrue(a.triage().isAtLeast(Triage.CONSULTATION_24), flag);
    }
  }
}
