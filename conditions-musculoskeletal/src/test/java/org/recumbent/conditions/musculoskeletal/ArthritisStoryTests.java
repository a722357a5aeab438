package org.recumbent.conditions.musculoskeletal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recumbent.conditions.musculoskeletal.Stories.ARTHRITIS;
import static org.recumbent.conditions.musculoskeletal.Stories.SCIATICA;
import static org.recumbent.conditions.musculoskeletal.Stories.adviceIds;
import static org.recumbent.conditions.musculoskeletal.Stories.assertBelow;
import static org.recumbent.conditions.musculoskeletal.Stories.assertFirst;
import static org.recumbent.conditions.musculoskeletal.Stories.assess;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.Sex;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Triage;

@DisplayName("Hip or knee arthritis")
class ArthritisStoryTests {

  @Test
  @DisplayName("an aching, grating knee, stiff for a few minutes each morning, is arthritis")
  void classicKnee() {
    AggregatedAssessment a = assertFirst(SymptomReport.builder().age(68).sex(Sex.FEMALE)
        .present("location.hip_knee_joint", "timing.morning_stiffness_short", "sign.joint_crepitus",
            "quality.aching_dull", "aggravator.lying_on_side_joint")
        .build(), ARTHRITIS, 0.9);
    assertEquals(Triage.SELF_CARE, a.triage());
  }

  @Test
  @DisplayName("diagnosed hip arthritis that eases on turning over is arthritis, with a pillow between the knees advised")
  void diagnosedHip() {
    AggregatedAssessment a = assertFirst(SymptomReport.builder().age(74)
        .present("history.arthritis_diagnosed", "location.hip_knee_joint", "aggravator.lying_on_side_joint",
            "relief.changing_position")
        .build(), ARTHRITIS, 0.6);
    assertTrue(adviceIds(a).contains("musculoskeletal.pillow_between_knees"), () -> adviceIds(a).toString());
    assertTrue(adviceIds(a).contains("musculoskeletal.warm_bath_or_heat"), () -> adviceIds(a).toString());
  }

  @Test
  @DisplayName("a swollen, stiff knee with crepitus and no pain from the back is arthritis")
  void swollenKnee() {
    assertFirst(SymptomReport.builder().age(61)
        .present("location.hip_knee_joint", "sign.joint_swelling_stiffness", "sign.joint_crepitus",
            "timing.morning_stiffness_short")
        .absent("quality.radiating_from_back")
        .build(), ARTHRITIS, 0.6);
  }

  @Test
  @DisplayName("hip arthritis with an ache into the buttock, but no pain from the back, beats sciatica")
  void hipArthritisVersusSciatica() {
    AggregatedAssessment a = assertFirst(SymptomReport.builder().age(70)
        .present("location.hip_knee_joint", "aggravator.lying_on_side_joint", "timing.morning_stiffness_short",
            "location.buttock_back_of_leg", "location.one_leg_only")
        .absent("quality.radiating_from_back", "aggravator.cough_sneeze")
        .build(), ARTHRITIS, 0.6);
    assertBelow(a, SCIATICA, 0.3);
  }

  @Test
  @DisplayName("a knee that aches at night, without cramping or sudden attacks, is arthritis not cramps")
  void nightAcheWithoutCramps() {
    assertFirst(SymptomReport.builder().age(66)
        .present("location.hip_knee_joint", "quality.aching_dull", "timing.worse_lying_down",
            "timing.wakes_from_sleep")
        .absent("quality.muscle_tightening", "timing.sudden_episodes")
        .build(), ARTHRITIS, 0.6);
  }

  @Test
  @DisplayName("without pain in a joint, arthritis stays unlikely")
  void noJointPain() {
    AggregatedAssessment a = assess(SymptomReport.builder().age(75)
        .present("timing.worse_lying_down", "quality.aching_dull")
        .absent("location.hip_knee_joint", "aggravator.lying_on_side_joint")
        .build());
    assertBelow(a, ARTHRITIS, 0.15);
  }
}
