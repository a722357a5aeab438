package org.recumbent.conditions.vascular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recumbent.conditions.vascular.Stories.CVI;
import static org.recumbent.conditions.vascular.Stories.PAD;
import static org.recumbent.conditions.vascular.Stories.assess;
import static org.recumbent.conditions.vascular.Stories.describe;
import static org.recumbent.conditions.vascular.Stories.probability;
import static org.recumbent.conditions.vascular.Stories.top;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.Sex;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Triage;

@DisplayName("Peripheral artery disease with rest pain")
class PadStoriesTests {

  @Test
  @DisplayName("the seed's story, burning toes that wake the person and ease when the legs dangle, is PAD first with at least CONSULTATION")
  void seedStory() {
    SymptomReport seed = SymptomReport.builder()
        .present("timing.worse_lying_down", "quality.burning", "location.feet_toes",
            "timing.wakes_from_sleep", "relief.dangling_legs")
        .build();
    assertEquals(PAD, top(seed));
    assertTrue(probability(seed, PAD) >= 0.6, "PAD probability " + probability(seed, PAD));
    AggregatedAssessment a = assess(seed);
    assertEquals(PAD, a.topCondition().orElseThrow().condition(), describe(a));
    assertTrue(a.triage().isAtLeast(Triage.CONSULTATION), describe(a));
    assertEquals(Triage.CONSULTATION_24, a.triage(), "rest pain needs urgent vascular review: " + describe(a));
  }

  @Test
  @DisplayName("an older smoker whose aching toes wake him, ease when hanging down, hurt with the legs up, and who limps on walking, has PAD")
  void olderSmokerWithClaudication() {
    SymptomReport r = SymptomReport.builder().age(72).sex(Sex.MALE)
        .present("history.smoking", "quality.aching_dull", "location.feet_toes", "timing.wakes_from_sleep",
            "relief.dangling_legs", "aggravator.elevating_legs", "timing.walking_pain_relieved_by_rest")
        .build();
    assertEquals(PAD, top(r));
    assertTrue(probability(r, PAD) >= 0.9, "PAD " + probability(r, PAD));
    assertTrue(probability(r, CVI) < 0.15, "CVI " + probability(r, CVI));
  }

  @Test
  @DisplayName("a diabetic with burning, numb feet that are cold and ease when dangling has PAD, not only neuropathy")
  void diabeticWithPadSigns() {
    SymptomReport r = SymptomReport.builder().age(68).sex(Sex.FEMALE)
        .present("history.diabetes", "quality.burning", "quality.numbness", "location.feet_toes",
            "timing.worse_lying_down", "relief.dangling_legs", "sign.foot_cold", "sign.weak_or_absent_pulses")
        .build();
    assertEquals(PAD, top(r));
    assertTrue(probability(r, PAD) >= 0.9, "PAD " + probability(r, PAD));
    assertEquals(Triage.CONSULTATION_24, assess(r).triage());
  }

  @Test
  @DisplayName("a diabetic whose burning feet tingle in a stocking pattern, with nothing arterial, does not make PAD likely")
  void diabeticNeuropathyPatternKeepsPadUnlikely() {
    SymptomReport r = SymptomReport.builder().age(65)
        .present("history.diabetes", "quality.burning", "quality.tingling_pins_needles", "quality.numbness",
            "location.feet_toes", "location.stocking_distribution", "aggravator.bedclothes_touch",
            "timing.worse_evening_night", "timing.worse_lying_down")
        .build();
    assertTrue(probability(r, PAD) < 0.3, "PAD " + probability(r, PAD));
  }

  @Test
  @DisplayName("rest pain with pale, shiny skin and a sore that will not heal is PAD and fires the critical limb ischemia warning")
  void criticalLimbIschemiaStory() {
    SymptomReport r = SymptomReport.builder().age(78)
        .present("quality.burning", "location.feet_toes", "timing.worse_lying_down", "sign.skin_pale",
            "sign.skin_shiny_hairless", "sign.nonhealing_sores", "history.heart_disease_or_stroke")
        .build();
    assertEquals(PAD, top(r));
    AggregatedAssessment a = assess(r);
    assertTrue(a.warnings().stream().anyMatch(w -> w.id().equals("vascular.critical_limb_ischemia")), describe(a));
    assertTrue(a.triage().isAtLeast(Triage.CONSULTATION_24), describe(a));
  }

  @Test
  @DisplayName("burning feet that are eased by raising the legs make PAD unlikely")
  void reliefByElevationArguesAgainstPad() {
    SymptomReport r = SymptomReport.builder().age(70)
        .present("quality.burning", "location.feet_toes", "timing.worse_lying_down", "relief.elevating_legs")
        .build();
    assertTrue(probability(r, PAD) < 0.15, "PAD " + probability(r, PAD));
  }

  @Test
  @DisplayName("normal pulses and no pain on walking lower PAD")
  void normalExaminationLowersPad() {
    SymptomReport.Builder base = SymptomReport.builder().age(70)
        .present("quality.aching_dull", "location.feet_toes", "timing.wakes_from_sleep");
    double unknown = probability(base.build(), PAD);
    double normal = probability(base.absent("sign.weak_or_absent_pulses", "timing.walking_pain_relieved_by_rest")
        .build(), PAD);
    assertTrue(normal < unknown * 0.5, unknown + " -> " + normal);
  }

  @Test
  @DisplayName("the same story is more likely PAD at 75 than at 45")
  void ageRaisesThePrior() {
    String[] findings = {"quality.burning", "location.feet_toes", "relief.dangling_legs"};
    double young = probability(SymptomReport.builder().age(45).present(findings).build(), PAD);
    double old = probability(SymptomReport.builder().age(75).present(findings).build(), PAD);
    assertTrue(old > young, young + " vs " + old);
  }

  @Test
  @DisplayName("worse lying down alone makes no vascular condition likely")
  void nonSpecificReport() {
    SymptomReport r = SymptomReport.builder().present("timing.worse_lying_down").build();
    assertTrue(probability(r, PAD) < 0.3);
    assertTrue(probability(r, CVI) < 0.3);
    assertFalse(assess(r).triage().isMoreUrgentThan(Triage.CONSULTATION));
  }
}
