package org.recumbent.conditions.vascular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recumbent.conditions.vascular.Stories.assess;
import static org.recumbent.conditions.vascular.Stories.describe;

import java.util.ArrayList;
import java.util.List;
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
import org.recumbent.core.Sex;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Triage;
import org.recumbent.core.Vocabulary;
import org.recumbent.core.Warning;

@DisplayName("Vascular warning signs")
class VascularWarningsTests {

  /** Backgrounds: whatever else the report says, a red flag must keep its triage. */
  static List<Named> backgrounds() {
    List<Named> out = new ArrayList<>();
    out.add(new Named("an empty report", SymptomReport.builder().build()));
    out.add(new Named("the seed's PAD story", SymptomReport.builder().age(67)
        .present("timing.worse_lying_down", "quality.burning", "location.feet_toes", "timing.wakes_from_sleep",
            "relief.dangling_legs").build()));
    out.add(new Named("a classic CVI story", SymptomReport.builder().age(55).sex(Sex.FEMALE)
        .present("quality.heavy", "timing.after_prolonged_standing", "sign.varicose_veins", "relief.elevating_legs")
        .build()));
    out.add(new Named("a cramp story", SymptomReport.builder().age(30)
        .present("quality.muscle_tightening", "timing.sudden_episodes", "relief.stretching_muscle").build()));
    SymptomReport.Builder allAbsent = SymptomReport.builder().age(40);
    SymptomReport.Builder allPresent = SymptomReport.builder().age(80);
    for (Feature f : Vocabulary.standard().features()) {
      allPresent.present(f.id());
      if (!f.isRedFlag()) {
        allAbsent.absent(f.id());
      }
    }
    out.add(new Named("every other finding absent", allAbsent.build()));
    out.add(new Named("every finding present", allPresent.build()));
    return out;
  }

  record Named(String name, SymptomReport report) {
    @Override
    public String toString() {
      return name;
    }
  }

  record Flag(String warningId, Triage triage, String... findings) {
    @Override
    public String toString() {
      return String.join(" + ", findings) + " -> " + warningId;
    }
  }

  static Stream<Arguments> redFlagsOnBackgrounds() {
    List<Flag> flags = List.of(
        new Flag("vascular.acute_limb_ischemia", Triage.EMERGENCY_AMBULANCE, "redflag.sudden_cold_pale_painful_leg"),
        new Flag("vascular.acute_limb_ischemia", Triage.EMERGENCY_AMBULANCE,
            "redflag.sudden_weakness_or_paralysis", "sign.foot_cold"),
        new Flag("vascular.acute_limb_ischemia", Triage.EMERGENCY_AMBULANCE,
            "redflag.sudden_weakness_or_paralysis", "sign.skin_pale"),
        new Flag("vascular.pulmonary_embolism", Triage.EMERGENCY_AMBULANCE, "redflag.chest_pain_breathless"),
        new Flag("vascular.suspected_dvt", Triage.EMERGENCY, "redflag.one_leg_swollen_warm_red"),
        new Flag("vascular.black_tissue", Triage.EMERGENCY, "sign.black_tissue"));
    List<Arguments> out = new ArrayList<>();
    for (Flag f : flags) {
      for (Named b : backgrounds()) {
        out.add(Arguments.of(f, b));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}, with {1}")
  @MethodSource("redFlagsOnBackgrounds")
  @DisplayName("every red flag yields its triage level through the aggregator, whatever else is reported")
  void redFlagDominates(Flag flag, Named background) {
    SymptomReport r = background.report().toBuilder().present(flag.findings()).build();
    AggregatedAssessment a = assess(r);
    assertTrue(a.triage().isAtLeast(flag.triage()), describe(a));
    Warning w = warning(a, flag.warningId()).orElseThrow(() -> new AssertionError(describe(a)));
    assertEquals(flag.triage(), w.triage());
    for (String finding : flag.findings()) {
      assertTrue(w.triggeredBy().contains(finding), w.triggeredBy().toString());
    }
    for (String finding : w.triggeredBy()) {
      assertTrue(r.isPresent(finding), finding + " is named but not present");
    }
  }

  @Test
  @DisplayName("the red flag alone, with nothing else, reaches the emergency levels")
  void redFlagsAlone() {
    assertEquals(Triage.EMERGENCY_AMBULANCE,
        assess(SymptomReport.builder().present("redflag.sudden_cold_pale_painful_leg").build()).triage());
    assertEquals(Triage.EMERGENCY_AMBULANCE,
        assess(SymptomReport.builder().present("redflag.chest_pain_breathless").build()).triage());
    assertEquals(Triage.EMERGENCY,
        assess(SymptomReport.builder().present("redflag.one_leg_swollen_warm_red").build()).triage());
    assertEquals(Triage.EMERGENCY, assess(SymptomReport.builder().present("sign.black_tissue").build()).triage());
  }

  @Test
  @DisplayName("the DVT message names the Wells risk factors")
  void dvtMessageNamesRiskFactors() {
    Warning w = warning(assess(SymptomReport.builder().present("redflag.one_leg_swollen_warm_red").build()),
        "vascular.suspected_dvt").orElseThrow();
    assertTrue(w.message().contains("cancer") && w.message().contains("surgery") && w.message().contains("clot"),
        w.message());
  }

  @Test
  @DisplayName("sudden weakness alone is not called acute limb ischemia (the neuro plugin owns it)")
  void suddenWeaknessAloneIsNotLimbIschemia() {
    AggregatedAssessment a = assess(SymptomReport.builder().present("redflag.sudden_weakness_or_paralysis").build());
    assertFalse(warning(a, "vascular.acute_limb_ischemia").isPresent(), describe(a));
  }

  @Nested
  @DisplayName("possible deep vein thrombosis, by the modified Wells score")
  class PossibleDvt {

    @Test
    @DisplayName("one swollen leg with a tender calf fires it at CONSULTATION_24")
    void swollenAndTender() {
      assertFires(Triage.CONSULTATION_24, "sign.one_leg_swollen", "sign.calf_tender");
    }

    @Test
    @DisplayName("one swollen leg with active cancer, recent immobility or a previous clot fires it")
    void swollenWithRiskFactor() {
      assertFires(Triage.CONSULTATION_24, "sign.one_leg_swollen", "history.active_cancer");
      assertFires(Triage.CONSULTATION_24, "sign.one_leg_swollen", "history.recent_immobility_surgery_travel");
      assertFires(Triage.CONSULTATION_24, "sign.one_leg_swollen", "history.previous_dvt");
      assertFires(Triage.CONSULTATION_24, "sign.calf_tender", "history.previous_dvt");
    }

    @Test
    @DisplayName("one swollen leg alone, or risk factors without a leg sign, do not fire it")
    void notEnough() {
      assertSilent("sign.one_leg_swollen");
      assertSilent("history.active_cancer", "history.previous_dvt", "history.recent_immobility_surgery_travel");
      assertSilent("sign.ankle_swelling", "history.previous_dvt");
    }

    private void assertFires(Triage level, String... findings) {
      AggregatedAssessment a = assess(SymptomReport.builder().present(findings).build());
      Warning w = warning(a, "vascular.possible_dvt").orElseThrow(() -> new AssertionError(describe(a)));
      assertEquals(List.of(findings), w.triggeredBy());
      assertTrue(a.triage().isAtLeast(level), describe(a));
    }

    private void assertSilent(String... findings) {
      AggregatedAssessment a = assess(SymptomReport.builder().present(findings).build());
      assertFalse(warning(a, "vascular.possible_dvt").isPresent(), describe(a));
    }
  }

  @Nested
  @DisplayName("one leg sign alone: a clot must be ruled out (NICE NG158 1.1.1; NHS)")
  class LegClotCheck {

    @Test
    @DisplayName("one swollen leg, or a tender calf, alone fires it and is seen within 24 hours")
    void oneSignAlone() {
      for (String sign : List.of("sign.one_leg_swollen", "sign.calf_tender")) {
        AggregatedAssessment a = assess(SymptomReport.builder().age(60).sex(Sex.FEMALE).present(sign).build());
        Warning w = warning(a, "vascular.leg_clot_check").orElseThrow(() -> new AssertionError(describe(a)));
        assertEquals(List.of(sign), w.triggeredBy());
        assertEquals(Triage.CONSULTATION_24, w.triage());
        assertTrue(a.triage().isAtLeast(Triage.CONSULTATION_24), describe(a));
        assertFalse(warning(a, "vascular.possible_dvt").isPresent(), describe(a));
      }
    }

    @Test
    @DisplayName("a swollen leg with a likely venous cause is still checked for a clot")
    void withVenousDisease() {
      AggregatedAssessment a = assess(SymptomReport.builder().age(65).sex(Sex.FEMALE)
          .present("sign.one_leg_swollen", "quality.heavy", "sign.varicose_veins", "sign.ankle_swelling",
              "timing.after_prolonged_standing", "relief.elevating_legs").build());
      assertEquals("vascular.cvi", a.topCondition().orElseThrow().condition(), describe(a));
      assertTrue(warning(a, "vascular.leg_clot_check").isPresent(), describe(a));
      assertTrue(a.triage().isAtLeast(Triage.CONSULTATION_24), describe(a));
    }

    @Test
    @DisplayName("with a second Wells item, the likely-clot sign raises the level to EMERGENCY")
    void escalatesWithWells() {
      AggregatedAssessment a = assess(SymptomReport.builder()
          .present("sign.one_leg_swollen", "history.recent_immobility_surgery_travel").build());
      assertTrue(warning(a, "vascular.possible_dvt").isPresent(), describe(a));
      assertEquals(Triage.EMERGENCY, a.triage(), describe(a));
      // Two Wells items fire it even when swelling and tenderness are denied.
      AggregatedAssessment denied = assess(SymptomReport.builder().age(48).sex(Sex.FEMALE)
          .present("location.calf", "location.one_leg_only", "history.previous_dvt",
              "history.recent_immobility_surgery_travel")
          .absent("sign.one_leg_swollen", "sign.calf_tender").build());
      assertTrue(warning(denied, "vascular.possible_dvt").isPresent(), describe(denied));
      // The 24-hour check is left out: its message would contradict "go now".
      assertFalse(warning(a, "vascular.leg_clot_check").isPresent(), describe(a));
    }

    @Test
    @DisplayName("swollen ankles in one leg only count as one leg swollen")
    void ankleSwellingInOneLeg() {
      AggregatedAssessment a = assess(SymptomReport.builder().age(60).sex(Sex.MALE)
          .present("sign.ankle_swelling", "location.one_leg_only").build());
      assertTrue(warning(a, "vascular.leg_clot_check").isPresent(), describe(a));
      AggregatedAssessment wells = assess(SymptomReport.builder().age(60).sex(Sex.MALE)
          .present("sign.ankle_swelling", "location.one_leg_only", "history.recent_immobility_surgery_travel").build());
      assertTrue(warning(wells, "vascular.possible_dvt").isPresent(), describe(wells));
      assertEquals(Triage.EMERGENCY, wells.triage(), describe(wells));
    }

    @Test
    @DisplayName("pain in one calf or thigh fires it with a risk of clots, not alone")
    void oneLegPainWithRisk() {
      for (String risk : List.of("history.active_cancer", "history.recent_immobility_surgery_travel",
          "history.previous_dvt", "history.pregnancy")) {
        for (String place : List.of("location.calf", "location.thigh")) {
          AggregatedAssessment a = assess(SymptomReport.builder().age(34).sex(Sex.FEMALE)
              .present(place, "location.one_leg_only", risk).build());
          Warning w = warning(a, "vascular.leg_clot_check").orElseThrow(() -> new AssertionError(describe(a)));
          assertTrue(w.triggeredBy().contains(risk), w.toString());
          assertTrue(a.triage().isAtLeast(Triage.CONSULTATION_24), describe(a));
        }
      }
      AggregatedAssessment alone = assess(SymptomReport.builder().age(34)
          .present("location.calf", "location.one_leg_only", "quality.muscle_tightening").build());
      assertFalse(warning(alone, "vascular.leg_clot_check").isPresent(), describe(alone));
      // Once swelling and tenderness are both denied, one risk factor no longer fires it.
      AggregatedAssessment denied = assess(SymptomReport.builder().age(30).sex(Sex.FEMALE)
          .present("location.calf", "location.one_leg_only", "history.pregnancy", "quality.muscle_tightening",
              "timing.sudden_episodes", "relief.stretching_muscle")
          .absent("sign.one_leg_swollen", "sign.calf_tender").build());
      assertFalse(warning(denied, "vascular.leg_clot_check").isPresent(), describe(denied));
      AggregatedAssessment oneDenied = assess(SymptomReport.builder().age(30).sex(Sex.FEMALE)
          .present("location.calf", "location.one_leg_only", "history.pregnancy")
          .absent("sign.one_leg_swollen").build());
      assertTrue(warning(oneDenied, "vascular.leg_clot_check").isPresent(), describe(oneDenied));
      AggregatedAssessment bothLegs = assess(SymptomReport.builder().age(34)
          .present("location.calf", "location.both_legs_symmetric", "history.previous_dvt").build());
      assertFalse(warning(bothLegs, "vascular.leg_clot_check").isPresent(), describe(bothLegs));
    }

    @Test
    @DisplayName("pain in one calf with two Wells items is a likely clot, at EMERGENCY")
    void oneLegPainWithTwoWellsItems() {
      AggregatedAssessment a = assess(SymptomReport.builder().age(48).sex(Sex.FEMALE)
          .present("location.calf", "location.one_leg_only", "history.previous_dvt",
              "history.recent_immobility_surgery_travel").build());
      assertTrue(warning(a, "vascular.possible_dvt").isPresent(), describe(a));
      assertEquals(Triage.EMERGENCY, a.triage(), describe(a));
    }

    @Test
    @DisplayName("swelling of both ankles, or no leg sign, does not fire it")
    void notOnOtherSwelling() {
      AggregatedAssessment a = assess(SymptomReport.builder()
          .present("sign.ankle_swelling", "location.both_legs_symmetric", "history.previous_dvt").build());
      assertFalse(warning(a, "vascular.leg_clot_check").isPresent(), describe(a));
    }
  }

  @Nested
  @DisplayName("a leg sign in pregnancy: tested the same day (RCOG Green-top 37b)")
  class DvtInPregnancy {

    @Test
    @DisplayName("with a second Wells item, both emergency clot signs are kept: the pregnancy one names the maternity unit")
    void bothEmergencySigns() {
      AggregatedAssessment a = assess(SymptomReport.builder().age(33).sex(Sex.FEMALE)
          .present("history.pregnancy", "sign.one_leg_swollen", "sign.calf_tender").build());
      assertEquals(List.of("vascular.possible_dvt", "vascular.possible_dvt_in_pregnancy"),
          a.warnings().stream().map(Warning::id).toList(), describe(a));
    }

    @Test
    @DisplayName("one swollen leg or a tender calf in pregnancy fires it at EMERGENCY, without a second Wells item")
    void legSignInPregnancy() {
      for (String sign : List.of("sign.one_leg_swollen", "sign.calf_tender")) {
        AggregatedAssessment a = assess(SymptomReport.builder().age(29).sex(Sex.FEMALE)
            .present("history.pregnancy", sign).build());
        Warning w = warning(a, "vascular.possible_dvt_in_pregnancy")
            .orElseThrow(() -> new AssertionError(describe(a)));
        assertEquals(List.of("history.pregnancy", sign), w.triggeredBy());
        assertEquals(Triage.EMERGENCY, a.triage(), describe(a));
        assertFalse(warning(a, "vascular.leg_clot_check").isPresent(), describe(a));
      }
    }

    @Test
    @DisplayName("pregnancy without a leg sign does not fire it")
    void pregnancyAlone() {
      AggregatedAssessment a = assess(SymptomReport.builder().age(31).sex(Sex.FEMALE)
          .present("history.pregnancy", "quality.urge_to_move", "timing.worse_evening_night").build());
      assertFalse(warning(a, "vascular.possible_dvt_in_pregnancy").isPresent(), describe(a));
    }
  }

  @Nested
  @DisplayName("the clot signs share one line to watch for")
  class ClotWatchFor {

    @Test
    @DisplayName("a likely venous cause lists the leg signs once, under the most urgent clot sign")
    void listedOnce() {
      AggregatedAssessment a = assess(SymptomReport.builder().age(55).sex(Sex.FEMALE)
          .present("quality.heavy", "timing.after_prolonged_standing", "sign.varicose_veins", "relief.elevating_legs")
          .build());
      List<String> ids = a.watchFor().stream().map(org.recumbent.core.WatchFor::id).toList();
      assertTrue(ids.contains("vascular.possible_dvt"), describe(a));
      assertFalse(ids.contains("vascular.leg_clot_check"), describe(a));
      assertFalse(ids.contains("vascular.possible_dvt_in_pregnancy"), describe(a));
      assertEquals(a.watchFor().size(),
          a.watchFor().stream().map(org.recumbent.core.WatchFor::text).distinct().count(), describe(a));
    }

    @Test
    @DisplayName("once a leg sign fired a clot warning, it is no longer listed to watch for")
    void notListedOnceFired() {
      AggregatedAssessment a = assess(SymptomReport.builder().age(55).sex(Sex.FEMALE)
          .present("quality.heavy", "timing.after_prolonged_standing", "sign.varicose_veins", "relief.elevating_legs",
              "sign.one_leg_swollen").build());
      assertTrue(warning(a, "vascular.leg_clot_check").isPresent(), describe(a));
      assertFalse(a.watchFor().stream().anyMatch(w -> w.id().equals("vascular.possible_dvt")), describe(a));
    }
  }

  @Nested
  @DisplayName("a possible clot makes massage, heat and compression unsafe until the leg is checked")
  class ClotCare {

    @Test
    @DisplayName("compression advice for a likely venous cause is withheld and listed to avoid, with massage and heat")
    void withheld() {
      SymptomReport.Builder venous = SymptomReport.builder().age(65).sex(Sex.FEMALE)
          .present("quality.heavy", "sign.varicose_veins", "sign.ankle_swelling", "timing.after_prolonged_standing",
              "relief.elevating_legs");
      AggregatedAssessment quiet = assess(venous.build());
      assertTrue(quiet.advice().stream().anyMatch(x -> x.id().equals("vascular.compression_after_check")),
          describe(quiet));
      AggregatedAssessment a = assess(venous.present("sign.calf_tender").build());
      assertFalse(a.advice().stream().anyMatch(x -> x.id().equals("vascular.compression_after_check")), describe(a));
      for (String id : List.of("vascular.compression_after_check", "avoid.massage", "avoid.heat")) {
        var x = a.avoid().stream().filter(v -> v.id().equals(id)).findFirst()
            .orElseThrow(() -> new AssertionError(id + " not avoided: " + describe(a)));
        assertEquals(List.of("vascular.leg_clot_check"), x.becauseOf(), id);
        assertTrue(x.reason().contains("blood clot"), x.reason());
      }
      // Raising the legs stays: it does no harm with a clot.
      assertTrue(a.advice().stream().anyMatch(x -> x.id().equals("vascular.raise_legs_above_heart")), describe(a));
    }

    @Test
    @DisplayName("every clot sign declares it, and its source says why")
    void everyClotSign() {
      for (var w : new VascularConditionPlugin().descriptor().warningSigns()) {
        boolean clot = List.of("vascular.suspected_dvt", "vascular.possible_dvt", "vascular.possible_dvt_in_pregnancy",
            "vascular.leg_clot_check").contains(w.id());
        assertEquals(clot ? java.util.Set.of("massage", "heat", "compression") : java.util.Set.of(),
            w.unsafeReliefTags().keySet(), w.id());
        assertEquals(clot, w.source().citation().contains("no massage, heat or compression"), w.id());
      }
    }
  }

  @Nested
  @DisplayName("a threatened limb: weakness with signs of poor blood flow (Rutherford IIb)")
  class ThreatenedLimb {

    @Test
    @DisplayName("a weak leg with two of cold foot, pale skin and weak pulses fires it at EMERGENCY")
    void fires() {
      AggregatedAssessment a = assess(SymptomReport.builder().age(77).sex(Sex.MALE)
          .present("sign.leg_weakness", "sign.foot_cold", "sign.skin_pale", "sign.weak_or_absent_pulses",
              "quality.numbness", "location.one_leg_only").build());
      Warning w = warning(a, "vascular.threatened_limb").orElseThrow(() -> new AssertionError(describe(a)));
      assertEquals(List.of("sign.leg_weakness", "sign.foot_cold", "sign.skin_pale", "sign.weak_or_absent_pulses"),
          w.triggeredBy());
      assertTrue(a.triage().isAtLeast(Triage.EMERGENCY), describe(a));
      assertTrue(a.advice().isEmpty(), describe(a));
      for (String second : List.of("sign.skin_pale", "sign.weak_or_absent_pulses")) {
        AggregatedAssessment b = assess(SymptomReport.builder()
            .present("sign.leg_weakness", "sign.foot_cold", second).build());
        assertTrue(warning(b, "vascular.threatened_limb").isPresent(), describe(b));
      }
    }

    @Test
    @DisplayName("weakness with one sign of poor flow, or poor flow without weakness, does not fire it")
    void doesNotFire() {
      for (SymptomReport r : List.of(
          SymptomReport.builder().present("sign.leg_weakness", "sign.foot_cold").build(),
          SymptomReport.builder().present("sign.foot_cold", "sign.skin_pale", "sign.weak_or_absent_pulses").build())) {
        AggregatedAssessment a = assess(r);
        assertFalse(warning(a, "vascular.threatened_limb").isPresent(), describe(a));
      }
    }
  }

  @Nested
  @DisplayName("critical limb ischemia (seed: pale, shiny or discoloured skin, or non-healing sores)")
  class CriticalLimbIschemia {

    @Test
    @DisplayName("burning rest pain with each skin sign fires it at CONSULTATION_24")
    void fires() {
      for (String sign : List.of("sign.skin_pale", "sign.skin_shiny_hairless", "sign.skin_discolored",
          "sign.nonhealing_sores")) {
        AggregatedAssessment a = assess(SymptomReport.builder()
            .present("quality.burning", "timing.worse_lying_down", sign).build());
        Warning w = warning(a, "vascular.critical_limb_ischemia").orElseThrow(() -> new AssertionError(describe(a)));
        assertEquals(Triage.CONSULTATION_24, w.triage());
        assertTrue(w.triggeredBy().contains(sign));
        assertTrue(a.triage().isAtLeast(Triage.CONSULTATION_24), describe(a));
      }
    }

    @Test
    @DisplayName("relief by dangling with discoloured skin fires it")
    void firesOnDangling() {
      AggregatedAssessment a = assess(SymptomReport.builder()
          .present("relief.dangling_legs", "sign.skin_discolored").build());
      assertTrue(warning(a, "vascular.critical_limb_ischemia").isPresent(), describe(a));
    }

    @Test
    @DisplayName("pain lying down in the toes, or with a sign of poor flow, with a sore fires it whatever its quality")
    void restPainInTheToes() {
      for (String where : List.of("location.feet_toes", "sign.weak_or_absent_pulses", "sign.foot_cold")) {
        AggregatedAssessment a = assess(SymptomReport.builder().age(70)
            .present("timing.worse_lying_down", where, "sign.nonhealing_sores").build());
        assertTrue(warning(a, "vascular.critical_limb_ischemia").isPresent(), describe(a));
      }
      AggregatedAssessment venous = assess(SymptomReport.builder().age(70)
          .present("timing.worse_lying_down", "sign.ankle_swelling", "sign.skin_discolored").build());
      assertFalse(warning(venous, "vascular.critical_limb_ischemia").isPresent(), describe(venous));
    }

    @Test
    @DisplayName("a skin sign without a rest-pain pattern does not fire it")
    void skinSignAlone() {
      AggregatedAssessment a = assess(SymptomReport.builder().present("sign.skin_pale").build());
      assertFalse(warning(a, "vascular.critical_limb_ischemia").isPresent(), describe(a));
    }
  }

  @Nested
  @DisplayName("a venous ulcer that does not heal")
  class VenousUlcer {

    @Test
    @DisplayName("a non-healing sore with swelling, varicose veins or brown skin fires it at CONSULTATION")
    void fires() {
      for (String sign : List.of("sign.ankle_swelling", "sign.varicose_veins", "sign.brown_skin_near_ankles")) {
        AggregatedAssessment a = assess(SymptomReport.builder().present("sign.nonhealing_sores", sign).build());
        Warning w = warning(a, "vascular.venous_ulcer").orElseThrow(() -> new AssertionError(describe(a)));
        assertEquals(Triage.CONSULTATION, w.triage());
        assertEquals(List.of("sign.nonhealing_sores", sign), w.triggeredBy());
      }
    }

    @Test
    @DisplayName("varicose veins without a sore do not fire it")
    void noSore() {
      AggregatedAssessment a = assess(SymptomReport.builder().present("sign.varicose_veins").build());
      assertFalse(warning(a, "vascular.venous_ulcer").isPresent(), describe(a));
    }
  }

  private static Optional<Warning> warning(AggregatedAssessment a, String id) {
    return a.warnings().stream().filter(w -> w.id().equals(id)).findFirst();
  }
}
