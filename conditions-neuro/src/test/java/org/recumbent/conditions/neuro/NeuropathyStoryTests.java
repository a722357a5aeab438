package org.recumbent.conditions.neuro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recumbent.conditions.neuro.Stories.NEUROPATHY;
import static org.recumbent.conditions.neuro.Stories.RLS;
import static org.recumbent.conditions.neuro.Stories.assertBelow;
import static org.recumbent.conditions.neuro.Stories.assertFirst;
import static org.recumbent.conditions.neuro.Stories.probability;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.recumbent.core.FindingState;
import org.recumbent.core.Sex;
import org.recumbent.core.SymptomReport;
import org.recumbent.spi.ReliefTags;

@DisplayName("Peripheral neuropathy (DN4 interview items, MNSI history)")
class NeuropathyStoryTests {

  @Nested
  @DisplayName("stories that are neuropathy")
  class Classic {

    @Test
    @DisplayName("a diabetic with burning, numb feet like socks, worse at night, who cannot bear the sheets")
    void diabeticStocking() {
      assertFirst(SymptomReport.builder().age(66).sex(Sex.MALE)
          .present("history.diabetes", "quality.burning", "quality.numbness", "location.stocking_distribution",
              "aggravator.bedclothes_touch", "timing.worse_evening_night")
          .build(), NEUROPATHY, 0.9);
    }

    @Test
    @DisplayName("a heavy drinker with pins and needles and numbness in both feet")
    void alcohol() {
      assertFirst(SymptomReport.builder().age(55).sex(Sex.MALE)
          .present("history.alcohol_heavy", "quality.tingling_pins_needles", "quality.numbness",
              "location.feet_toes", "location.both_legs_symmetric")
          .build(), NEUROPATHY, 0.6);
    }

    @Test
    @DisplayName("numbness and tingling in a sock pattern after chemotherapy")
    void chemotherapy() {
      assertFirst(SymptomReport.builder().age(50).sex(Sex.FEMALE)
          .present("history.chemotherapy", "quality.numbness", "quality.tingling_pins_needles",
              "location.stocking_distribution")
          .build(), NEUROPATHY, 0.6);
    }

    @Test
    @DisplayName("a 70-year-old with low vitamin B12 and tingling toes that are worse at night")
    void vitaminB12() {
      assertFirst(SymptomReport.builder().age(70)
          .present("history.b12_deficiency", "quality.tingling_pins_needles", "location.feet_toes",
              "timing.worse_evening_night")
          .build(), NEUROPATHY, 0.6);
    }

    @Test
    @DisplayName("electric shocks and burning in both feet at night, with kidney disease, and no urge to move")
    void kidneyDisease() {
      assertFirst(SymptomReport.builder().age(62)
          .present("history.kidney_disease", "quality.stabbing_electric", "quality.burning",
              "location.feet_toes", "location.both_legs_symmetric", "timing.worse_evening_night")
          .absent("quality.urge_to_move")
          .build(), NEUROPATHY, 0.6);
    }
  }

  @Nested
  @DisplayName("the hard pairs")
  class HardPairs {

    /** A diabetic with burning toes at night that ease when the legs hang down, and a cold, pale foot. */
    private SymptomReport.Builder padLikeDiabetic() {
      return SymptomReport.builder().age(70).sex(Sex.MALE)
          .present("history.diabetes", "history.smoking", "quality.burning", "location.feet_toes",
              "timing.worse_lying_down", "timing.wakes_from_sleep", "relief.dangling_legs", "sign.foot_cold",
              "sign.skin_pale");
    }

    @Test
    @DisplayName("in a diabetic, burning toes eased by dangling the legs with a cold, pale foot do not make neuropathy likely")
    void padLikeStoryInADiabetic() {
      assertBelow(padLikeDiabetic().build(), NEUROPATHY, 0.3);
    }

    @Test
    @DisplayName("in a diabetic with burning feet at night, stocking numbness and pain from the sheets make neuropathy likely")
    void stockingNumbnessAndBedclothesFavourNeuropathy() {
      SymptomReport neuropathic = SymptomReport.builder().age(70).sex(Sex.MALE)
          .present("history.diabetes", "quality.burning", "location.feet_toes", "timing.worse_lying_down",
              "timing.wakes_from_sleep", "quality.numbness", "location.stocking_distribution",
              "aggravator.bedclothes_touch")
          .absent("relief.dangling_legs")
          .build();
      assertFirst(neuropathic, NEUROPATHY, 0.9);
      // Even on top of the arterial pattern, the neuropathic findings raise it a long way.
      double padLike = probability(padLikeDiabetic().build(), NEUROPATHY);
      double both = probability(padLikeDiabetic()
          .present("quality.numbness", "location.stocking_distribution", "aggravator.bedclothes_touch")
          .build(), NEUROPATHY);
      assertTrue(both > padLike + 0.4, () -> padLike + " -> " + both);
    }

    @Test
    @DisplayName("tingling that runs from the back down one leg is sciatica, not neuropathy")
    void sciatica() {
      assertBelow(SymptomReport.builder().age(45)
          .present("quality.radiating_from_back", "location.buttock_back_of_leg", "location.one_leg_only",
              "quality.tingling_pins_needles", "aggravator.cough_sneeze", "history.back_problems")
          .build(), NEUROPATHY, 0.1);
    }

    @Test
    @DisplayName("a calf that knots up and eases with stretching is a cramp, not neuropathy, even in a diabetic")
    void crampInADiabetic() {
      assertBelow(SymptomReport.builder().age(65)
          .present("history.diabetes", "quality.muscle_tightening", "location.calf", "relief.stretching_muscle",
              "timing.wakes_from_sleep", "timing.worse_evening_night", "timing.worse_lying_down")
          .build(), NEUROPATHY, 0.3);
    }

    @Test
    @DisplayName("an urge to move eased by walking is restless legs, ranked above neuropathy")
    void restlessLegsNotNeuropathy() {
      var a = assertFirst(SymptomReport.builder().age(58)
          .present("quality.urge_to_move", "relief.walking_moving", "timing.worse_evening_night",
              "timing.worse_lying_down", "quality.tingling_pins_needles")
          .build(), RLS, 0.6);
      assertTrue(probability(a, NEUROPATHY) < 0.3, () -> Stories.describe(a));
    }
  }

  @Test
  @DisplayName("every DN4 interview item raises neuropathy when present, and denying them lowers it")
  void dn4ItemsAreSupporting() {
    SymptomReport base = SymptomReport.builder().present("timing.worse_evening_night").build();
    double p = probability(base, NEUROPATHY);
    for (String item : new String[] {"quality.burning", "quality.tingling_pins_needles", "quality.numbness",
        "quality.stabbing_electric"}) {
      assertTrue(probability(base.with(item, FindingState.PRESENT), NEUROPATHY) > p, item);
    }
    for (String item : new String[] {"quality.burning", "quality.stabbing_electric"}) {
      assertTrue(probability(base.with(item, FindingState.ABSENT), NEUROPATHY) < p, item);
    }
    // Tingling and numbness are one criterion (they go together): denying both lowers it.
    assertTrue(probability(base.toBuilder().absent("quality.tingling_pins_needles", "quality.numbness").build(),
        NEUROPATHY) < p);
  }

  @Test
  @DisplayName("declares heat unsafe, with a plain reason, and carries its codes")
  void heatIsUnsafeAndCodes() {
    assertEquals(NeuropathyModel.HEAT_REASON, NeuropathyModel.DESCRIPTOR.unsafeReliefTags().get(ReliefTags.HEAT));
    assertEquals("G62.9", NeuropathyModel.DESCRIPTOR.icd10().value());
    assertTrue(NeuropathyModel.DESCRIPTOR.icd10().isVerified());
    assertEquals("302226006", NeuropathyModel.DESCRIPTOR.snomed().orElseThrow().value());
  }
}
