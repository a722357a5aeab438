package org.recumbent.conditions.neuro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recumbent.conditions.neuro.Stories.RLS;
import static org.recumbent.conditions.neuro.Stories.assertBelow;
import static org.recumbent.conditions.neuro.Stories.assertFirst;
import static org.recumbent.conditions.neuro.Stories.probability;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.recumbent.core.FindingState;
import org.recumbent.core.Sex;
import org.recumbent.core.SymptomReport;

@DisplayName("Restless legs syndrome (IRLSSG 2012 criteria)")
class RlsStoryTests {

  /** Criteria 1 to 4, without the optional deep sensations. */
  private static SymptomReport.Builder fourCriteria() {
    return SymptomReport.builder()
        .present("quality.urge_to_move", "timing.at_rest_sitting", "timing.worse_evening_night",
            "relief.walking_moving");
  }

  @Nested
  @DisplayName("stories that are restless legs")
  class Classic {

    @Test
    @DisplayName("a 52-year-old whose legs must move in the evening on the sofa, with a mother who had the same")
    void familyHistory() {
      assertFirst(fourCriteria().age(52).sex(Sex.MALE).present("history.family_rls").build(), RLS, 0.8);
    }

    @Test
    @DisplayName("a woman in late pregnancy who cannot keep her legs still in bed and walks about to ease them")
    void pregnancy() {
      assertFirst(SymptomReport.builder().age(31).sex(Sex.FEMALE)
          .present("history.pregnancy", "quality.urge_to_move", "timing.worse_lying_down",
              "timing.worse_evening_night", "relief.walking_moving")
          .build(), RLS, 0.8);
    }

    @Test
    @DisplayName("a person on dialysis with creeping, pulling feelings and an urge to move at night")
    void kidneyDisease() {
      assertFirst(SymptomReport.builder().age(64)
          .present("history.kidney_disease", "quality.urge_to_move", "quality.crawling_pulling_itching",
              "timing.worse_evening_night")
          .build(), RLS, 0.6);
    }

    @Test
    @DisplayName("low iron, an urge to move when sitting in the evening, eased by walking, no numbness")
    void ironDeficiency() {
      assertFirst(fourCriteria().age(38).sex(Sex.FEMALE).present("history.iron_deficiency")
          .absent("quality.numbness", "quality.muscle_tightening").build(), RLS, 0.8);
    }

    @Test
    @DisplayName("an antihistamine sleep aid and itching deep in the legs with an urge to move in bed")
    void antihistamine() {
      assertFirst(SymptomReport.builder().age(45)
          .present("history.antidepressants_antihistamines", "quality.urge_to_move",
              "quality.crawling_pulling_itching", "timing.worse_lying_down")
          .build(), RLS, 0.6);
    }
  }

  @Nested
  @DisplayName("the mimics (criterion 5) keep it low")
  class Mimics {

    @Test
    @DisplayName("a calf cramp: the muscle tightens suddenly and eases by stretching, no urge mentioned")
    void crampWithoutUrgeMentioned() {
      assertBelow(SymptomReport.builder().age(68)
          .present("quality.muscle_tightening", "location.calf", "timing.sudden_episodes",
              "relief.stretching_muscle", "timing.wakes_from_sleep", "timing.worse_lying_down")
          .build(), RLS, 0.1);
    }

    @Test
    @DisplayName("a calf cramp walked off, at night, in pregnancy, still does not make restless legs likely")
    void crampWalkedOffInPregnancy() {
      assertBelow(SymptomReport.builder().age(30).sex(Sex.FEMALE)
          .present("history.pregnancy", "quality.muscle_tightening", "location.calf", "timing.sudden_episodes",
              "relief.walking_moving", "timing.worse_evening_night", "timing.worse_lying_down")
          .build(), RLS, 0.3);
    }

    @Test
    @DisplayName("a cramp with the urge to move denied stays at or below the essential-criterion cap")
    void crampWithUrgeDenied() {
      assertBelow(SymptomReport.builder()
          .present("quality.muscle_tightening", "location.calf", "relief.stretching_muscle",
              "timing.worse_lying_down", "timing.worse_evening_night")
          .absent("quality.urge_to_move")
          .build(), RLS, RlsModel.CAP_WITHOUT_URGE + 1e-9);
    }

    @Test
    @DisplayName("the urge with relief by movement denied, or with the evening pattern denied, is capped below likely (IRLSSG criteria 3 and 4)")
    void essentialCriteriaThreeAndFour() {
      for (String denied : java.util.List.of("relief.walking_moving", "timing.worse_evening_night")) {
        SymptomReport.Builder b = SymptomReport.builder().age(50).sex(org.recumbent.core.Sex.FEMALE)
            .present("quality.urge_to_move", "quality.crawling_pulling_itching", "timing.at_rest_sitting",
                "timing.worse_lying_down", "relief.walking_moving", "timing.worse_evening_night",
                "history.family_rls");
        b.finding(denied, org.recumbent.core.FindingState.ABSENT);
        assertBelow(b.build(), RLS, RlsModel.CAP_WITHOUT_RELIEF_OR_EVENING + 1e-9);
      }
    }

    @Test
    @DisplayName("positional discomfort at a sore hip, eased by turning over, is not restless legs")
    void positionalDiscomfort() {
      assertBelow(SymptomReport.builder().age(70)
          .present("timing.worse_lying_down", "aggravator.lying_on_side_joint", "location.hip_knee_joint",
              "relief.changing_position")
          .build(), RLS, 0.15);
    }

    @Test
    @DisplayName("heavy, swollen legs in the evening that ease when raised are venous, not restless legs")
    void venousStasis() {
      assertBelow(SymptomReport.builder().age(60).sex(Sex.FEMALE)
          .present("quality.heavy", "timing.worse_evening_night", "sign.ankle_swelling",
              "relief.elevating_legs", "timing.worse_lying_down")
          .build(), RLS, 0.3);
    }

    @Test
    @DisplayName("every mimic added to a classic story lowers restless legs")
    void eachMimicLowersIt() {
      SymptomReport classic = fourCriteria().build();
      double base = probability(classic, RLS);
      for (String mimic : new String[] {"quality.muscle_tightening", "timing.sudden_episodes",
          "aggravator.lying_on_side_joint", "relief.changing_position", "sign.ankle_swelling",
          "relief.dangling_legs", "quality.numbness", "quality.radiating_from_back"}) {
        double with = probability(classic.with(mimic, FindingState.PRESENT), RLS);
        assertTrue(with < base, () -> mimic + " should lower RLS below " + base + " but gave " + with);
      }
    }
  }

  @Nested
  @DisplayName("criterion 1, the urge to move, is essential")
  class Essential {

    @Test
    @DisplayName("without the urge, every other restless-legs feature together stays below 0.1")
    void everythingButTheUrge() {
      SymptomReport report = SymptomReport.builder().age(40).sex(Sex.FEMALE)
          .present("quality.crawling_pulling_itching", "timing.at_rest_sitting", "timing.worse_lying_down",
              "timing.worse_evening_night", "relief.walking_moving", "history.iron_deficiency",
              "history.pregnancy", "history.kidney_disease", "history.family_rls",
              "history.antidepressants_antihistamines")
          .absent("quality.urge_to_move")
          .build();
      assertBelow(report, RLS, 0.1);
      // The same story with the urge is restless legs, so the cap, not the rest, holds it down.
      assertTrue(probability(report.with("quality.urge_to_move", FindingState.PRESENT), RLS) >= 0.9);
    }

    @Test
    @DisplayName("without the urge, 500 random reports all stay below 0.1 and name the missing urge")
    void randomReportsWithoutTheUrge() {
      Random random = new Random(20120601L);
      for (int i = 0; i < 500; i++) {
        SymptomReport report = Stories.randomReport(random).with("quality.urge_to_move", FindingState.ABSENT);
        var a = Stories.assess(report);
        var rls = a.condition(RLS).orElseThrow();
        assertTrue(rls.probability() < 0.1, () -> "RLS " + rls.probability() + " for " + report);
        assertTrue(rls.conflicting().contains("quality.urge_to_move"), () -> rls.toString());
      }
    }

    @Test
    @DisplayName("criteria 2 to 4 reported absent each lower a story that has the urge")
    void otherCriteriaAbsentLowerIt() {
      SymptomReport urgeAndSensations = SymptomReport.builder()
          .present("quality.urge_to_move", "quality.crawling_pulling_itching").build();
      double base = probability(urgeAndSensations, RLS);
      for (String criterion : new String[] {"relief.walking_moving", "timing.worse_evening_night"}) {
        double without = probability(urgeAndSensations.with(criterion, FindingState.ABSENT), RLS);
        assertTrue(without < base, () -> criterion + " absent should lower RLS");
      }
      double restAbsent = probability(urgeAndSensations.toBuilder()
          .absent("timing.at_rest_sitting", "timing.worse_lying_down").build(), RLS);
      assertTrue(restAbsent < base);
    }
  }

  @Test
  @DisplayName("the condition carries its verified ICD-10-CM code and an unverified SNOMED CT code")
  void codes() {
    assertEquals("G25.81", RlsModel.DESCRIPTOR.icd10().value());
    assertTrue(RlsModel.DESCRIPTOR.icd10().isVerified());
    assertEquals("32914008", RlsModel.DESCRIPTOR.snomed().orElseThrow().value());
    assertTrue(!RlsModel.DESCRIPTOR.snomed().orElseThrow().isVerified());
  }
}
