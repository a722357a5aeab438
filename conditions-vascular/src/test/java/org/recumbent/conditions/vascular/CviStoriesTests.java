package org.recumbent.conditions.vascular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recumbent.conditions.vascular.Stories.CVI;
import static org.recumbent.conditions.vascular.Stories.PAD;
import static org.recumbent.conditions.vascular.Stories.assess;
import static org.recumbent.conditions.vascular.Stories.describe;
import static org.recumbent.conditions.vascular.Stories.probability;
import static org.recumbent.conditions.vascular.Stories.top;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.Sex;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Triage;

@DisplayName("Chronic venous insufficiency")
class CviStoriesTests {

  @Test
  @DisplayName("the seed's story, heavy throbbing legs worse in the evening and eased by raising them, is CVI with CONSULTATION")
  void seedStory() {
    SymptomReport r = SymptomReport.builder()
        .present("quality.heavy", "quality.throbbing", "quality.aching_dull", "timing.worse_evening_night",
            "relief.elevating_legs")
        .build();
    assertEquals(CVI, top(r));
    assertTrue(probability(r, CVI) >= 0.6, "CVI " + probability(r, CVI));
    AggregatedAssessment a = assess(r);
    assertEquals(Triage.CONSULTATION, a.triage(), describe(a));
    assertTrue(a.advice().stream().anyMatch(x -> x.id().equals("vascular.raise_legs_above_heart")), describe(a));
  }

  @Test
  @DisplayName("a shop worker on her feet all day with swollen ankles and varicose veins has CVI")
  void standingJobWithVaricoseVeins() {
    SymptomReport r = SymptomReport.builder().age(48).sex(Sex.FEMALE)
        .present("history.prolonged_standing_job", "timing.after_prolonged_standing", "quality.heavy",
            "sign.ankle_swelling", "sign.varicose_veins", "timing.worse_evening_night")
        .build();
    assertEquals(CVI, top(r));
    assertTrue(probability(r, CVI) >= 0.9, "CVI " + probability(r, CVI));
  }

  @Test
  @DisplayName("an older woman with brown skin near the ankles and aching, swollen legs has CVI")
  void brownSkinNearAnkles() {
    SymptomReport r = SymptomReport.builder().age(74).sex(Sex.FEMALE)
        .present("sign.brown_skin_near_ankles", "sign.ankle_swelling", "quality.aching_dull",
            "timing.worse_lying_down")
        .build();
    assertEquals(CVI, top(r));
    assertTrue(probability(r, CVI) >= 0.6, "CVI " + probability(r, CVI));
    assertTrue(probability(r, PAD) < 0.3, "PAD " + probability(r, PAD));
  }

  @Test
  @DisplayName("a heavy, swollen leg years after a deep vein thrombosis is CVI, and fires no clot warning without a new one-sided swelling")
  void postThrombotic() {
    SymptomReport r = SymptomReport.builder().age(58).sex(Sex.MALE)
        .present("history.previous_dvt", "quality.heavy", "sign.ankle_swelling", "timing.worse_evening_night")
        .build();
    assertEquals(CVI, top(r));
    assertTrue(probability(r, CVI) >= 0.6, "CVI " + probability(r, CVI));
    assertTrue(assess(r).warnings().isEmpty(), describe(assess(r)));
  }

  @Test
  @DisplayName("throbbing that lying flat makes worse, but raising the legs eases, is CVI (the seed's caveat)")
  void lyingFlatWorseButElevationHelps() {
    SymptomReport r = SymptomReport.builder().age(62)
        .present("quality.throbbing", "timing.worse_lying_down", "relief.elevating_legs", "sign.varicose_veins")
        .build();
    assertEquals(CVI, top(r));
    assertTrue(probability(r, CVI) >= 0.6, "CVI " + probability(r, CVI));
  }

  @Test
  @DisplayName("a sore near the ankle with varicose veins and brown skin is CVI and fires the venous ulcer warning")
  void venousUlcer() {
    SymptomReport r = SymptomReport.builder().age(70)
        .present("sign.nonhealing_sores", "sign.varicose_veins", "sign.brown_skin_near_ankles", "quality.aching_dull")
        .build();
    assertEquals(CVI, top(r));
    AggregatedAssessment a = assess(r);
    assertTrue(a.warnings().stream().anyMatch(w -> w.id().equals("vascular.venous_ulcer")), describe(a));
    assertTrue(a.triage().isAtLeast(Triage.CONSULTATION), describe(a));
  }

  @Nested
  @DisplayName("CVI against PAD: raising the legs helps one and hurts the other")
  class AgainstPad {

    private SymptomReport.Builder aching() {
      return SymptomReport.builder().age(66)
          .present("quality.aching_dull", "timing.worse_lying_down", "timing.wakes_from_sleep");
    }

    @Test
    @DisplayName("relief by raising the legs makes CVI the top condition and PAD unlikely")
    void elevationHelps() {
      SymptomReport r = aching().present("relief.elevating_legs", "sign.ankle_swelling").build();
      assertEquals(CVI, top(r));
      assertTrue(probability(r, PAD) < 0.15, "PAD " + probability(r, PAD));
    }

    @Test
    @DisplayName("pain on raising the legs and relief by hanging them down make PAD the top condition and CVI unlikely")
    void elevationHurts() {
      SymptomReport r = aching().present("aggravator.elevating_legs", "relief.dangling_legs", "location.feet_toes")
          .build();
      assertEquals(PAD, top(r));
      assertTrue(probability(r, PAD) >= 0.6, "PAD " + probability(r, PAD));
      assertTrue(probability(r, CVI) < 0.15, "CVI " + probability(r, CVI));
    }

    @Test
    @DisplayName("the same aching legs move from CVI to PAD as the positional answers flip")
    void flipping() {
      SymptomReport venous = aching().present("relief.elevating_legs").absent("relief.dangling_legs").build();
      SymptomReport arterial = aching().present("relief.dangling_legs").absent("relief.elevating_legs").build();
      assertTrue(probability(venous, CVI) > probability(arterial, CVI));
      assertTrue(probability(arterial, PAD) > probability(venous, PAD));
      assertEquals(CVI, top(venous));
      assertEquals(PAD, top(arterial));
    }
  }
}
