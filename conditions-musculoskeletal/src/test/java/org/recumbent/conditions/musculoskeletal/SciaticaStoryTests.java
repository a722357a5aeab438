package org.recumbent.conditions.musculoskeletal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recumbent.conditions.musculoskeletal.Stories.ARTHRITIS;
import static org.recumbent.conditions.musculoskeletal.Stories.CRAMPS;
import static org.recumbent.conditions.musculoskeletal.Stories.SCIATICA;
import static org.recumbent.conditions.musculoskeletal.Stories.adviceIds;
import static org.recumbent.conditions.musculoskeletal.Stories.assertBelow;
import static org.recumbent.conditions.musculoskeletal.Stories.assertFirst;
import static org.recumbent.conditions.musculoskeletal.Stories.assess;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Triage;

@DisplayName("Sciatica")
class SciaticaStoryTests {

  @Test
  @DisplayName("pain from the buttock down one leg, worse on coughing, with tingling, is sciatica")
  void classic() {
    AggregatedAssessment a = assertFirst(SymptomReport.builder().age(44)
        .present("quality.radiating_from_back", "location.buttock_back_of_leg", "location.one_leg_only",
            "aggravator.cough_sneeze", "quality.tingling_pins_needles", "history.back_problems")
        .build(), SCIATICA, 0.9);
    assertEquals(Triage.SELF_CARE, a.triage());
    assertTrue(adviceIds(a).contains("musculoskeletal.stay_active_sciatica"), () -> adviceIds(a).toString());
  }

  @Test
  @DisplayName("leg pain from the back that is worse lying flat and eased by turning over is sciatica")
  void postural() {
    assertFirst(SymptomReport.builder().age(51)
        .present("quality.radiating_from_back", "aggravator.spine_posture", "timing.worse_lying_down",
            "location.one_leg_only", "relief.changing_position")
        .build(), SCIATICA, 0.6);
  }

  @Test
  @DisplayName("an older person whose pain runs from the back, and who cannot lie on that side, has sciatica, not hip arthritis")
  void sciaticaVersusHipArthritis() {
    AggregatedAssessment a = assertFirst(SymptomReport.builder().age(67)
        .present("quality.radiating_from_back", "location.buttock_back_of_leg", "location.one_leg_only",
            "aggravator.lying_on_side_joint", "quality.tingling_pins_needles")
        .absent("location.hip_knee_joint", "timing.morning_stiffness_short")
        .build(), SCIATICA, 0.6);
    assertBelow(a, ARTHRITIS, 0.3);
  }

  @Test
  @DisplayName("electric pain shooting from the back into the calf is sciatica, not a calf cramp")
  void shootingIntoTheCalf() {
    AggregatedAssessment a = assertFirst(SymptomReport.builder().age(39)
        .present("quality.radiating_from_back", "quality.stabbing_electric", "location.calf",
            "location.buttock_back_of_leg", "aggravator.cough_sneeze")
        .absent("quality.muscle_tightening")
        .build(), SCIATICA, 0.6);
    assertBelow(a, CRAMPS, 0.3);
  }

  @Test
  @DisplayName("numbness and tingling down one leg in someone with a bad back, from the back, is sciatica")
  void numbLegWithBackHistory() {
    assertFirst(SymptomReport.builder().age(57)
        .present("history.back_problems", "quality.radiating_from_back", "quality.numbness",
            "quality.tingling_pins_needles", "location.one_leg_only")
        .absent("location.both_legs_symmetric")
        .build(), SCIATICA, 0.6);
  }

  @Test
  @DisplayName("burning in both feet alike, in a sock pattern, keeps sciatica unlikely")
  void stockingPatternIsNotSciatica() {
    AggregatedAssessment a = assess(SymptomReport.builder().age(63)
        .present("quality.burning", "quality.tingling_pins_needles", "location.stocking_distribution",
            "location.both_legs_symmetric", "aggravator.bedclothes_touch")
        .build());
    assertBelow(a, SCIATICA, 0.15);
  }
}
