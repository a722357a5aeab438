package org.recumbent.conditions.musculoskeletal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recumbent.conditions.musculoskeletal.Stories.ARTHRITIS;
import static org.recumbent.conditions.musculoskeletal.Stories.CRAMPS;
import static org.recumbent.conditions.musculoskeletal.Stories.SCIATICA;
import static org.recumbent.conditions.musculoskeletal.Stories.adviceIds;
import static org.recumbent.conditions.musculoskeletal.Stories.assertFirst;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Triage;

@DisplayName("The seed's own stories")
class SeedStoryTests {

  @Test
  @DisplayName("a calf cramp (charley horse) at night, eased by stretching, is night-time leg cramps")
  void charleyHorse() {
    SymptomReport report = SymptomReport.builder()
        .present("quality.muscle_tightening", "location.calf", "timing.worse_evening_night",
            "timing.sudden_episodes", "relief.stretching_muscle")
        .build();
    AggregatedAssessment a = assertFirst(report, CRAMPS, 0.6);
    assertEquals(Triage.SELF_CARE, a.triage());
    assertTrue(adviceIds(a).contains("musculoskeletal.stretches_before_bed"), () -> adviceIds(a).toString());
  }

  @Test
  @DisplayName("hip arthritis that is worse lying on the sore hip ranks arthritis first")
  void hipArthritisLyingOnTheSoreHip() {
    SymptomReport report = SymptomReport.builder().age(66)
        .present("location.hip_knee_joint", "aggravator.lying_on_side_joint", "timing.worse_lying_down",
            "quality.aching_dull")
        .build();
    AggregatedAssessment a = assertFirst(report, ARTHRITIS, 0.6);
    assertTrue(adviceIds(a).contains("musculoskeletal.avoid_sore_side"), () -> adviceIds(a).toString());
  }

  @Test
  @DisplayName("pain radiating from the back, worse with some sleeping postures, ranks sciatica first")
  void sciaticaWorseWithSleepingPosture() {
    SymptomReport report = SymptomReport.builder()
        .present("quality.radiating_from_back", "aggravator.spine_posture", "timing.worse_lying_down")
        .build();
    AggregatedAssessment a = assertFirst(report, SCIATICA, 0.6);
    assertTrue(adviceIds(a).contains("musculoskeletal.sciatica_sleep_position"), () -> adviceIds(a).toString());
  }
}
