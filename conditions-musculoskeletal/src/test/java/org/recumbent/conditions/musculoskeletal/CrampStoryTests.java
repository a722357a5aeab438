package org.recumbent.conditions.musculoskeletal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recumbent.conditions.musculoskeletal.Stories.CRAMPS;
import static org.recumbent.conditions.musculoskeletal.Stories.adviceIds;
import static org.recumbent.conditions.musculoskeletal.Stories.assertBelow;
import static org.recumbent.conditions.musculoskeletal.Stories.assertFirst;
import static org.recumbent.conditions.musculoskeletal.Stories.assess;
import static org.recumbent.conditions.musculoskeletal.Stories.describe;
import static org.recumbent.conditions.musculoskeletal.Stories.probability;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.Sex;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Triage;

@DisplayName("Night-time leg cramps")
class CrampStoryTests {

  @Test
  @DisplayName("an older person woken by a calf that suddenly knots hard is cramps, with high probability")
  void classicOlderPerson() {
    assertFirst(SymptomReport.builder().age(72).sex(Sex.FEMALE)
        .present("quality.muscle_tightening", "timing.sudden_episodes", "location.calf",
            "relief.stretching_muscle", "timing.wakes_from_sleep")
        .absent("quality.urge_to_move")
        .build(), CRAMPS, 0.9);
  }

  @Test
  @DisplayName("cramps in someone taking water tablets: the advice includes a medicine review")
  void onDiuretics() {
    AggregatedAssessment a = assertFirst(SymptomReport.builder().age(78)
        .present("quality.muscle_tightening", "location.calf", "timing.wakes_from_sleep",
            "history.diuretics", "history.hypertension")
        .build(), CRAMPS, 0.6);
    assertTrue(adviceIds(a).contains("musculoskeletal.review_medicines"), () -> adviceIds(a).toString());
    assertEquals(Triage.SELF_CARE, a.triage());
  }

  @Test
  @DisplayName("calf cramps in late pregnancy are cramps")
  void inPregnancy() {
    assertFirst(SymptomReport.builder().age(31).sex(Sex.FEMALE)
        .present("history.pregnancy", "quality.muscle_tightening", "location.calf",
            "timing.worse_evening_night", "relief.stretching_muscle")
        .build(), CRAMPS, 0.6);
  }

  @Test
  @DisplayName("thigh cramps after a long run, eased by stretching, are cramps and fluids are advised")
  void afterHeavyExercise() {
    AggregatedAssessment a = assertFirst(SymptomReport.builder().age(34).sex(Sex.MALE)
        .present("history.dehydration_or_heavy_exercise", "quality.muscle_tightening", "location.thigh",
            "timing.sudden_episodes", "relief.stretching_muscle")
        .build(), CRAMPS, 0.6);
    assertTrue(adviceIds(a).contains("musculoskeletal.drink_fluids"), () -> adviceIds(a).toString());
  }

  @Test
  @DisplayName("a foot that cramps in sudden attacks, with no urge to move and no constant pain, is cramps")
  void footCramps() {
    assertFirst(SymptomReport.builder().age(58)
        .present("quality.muscle_tightening", "location.feet_toes", "timing.sudden_episodes",
            "timing.wakes_from_sleep")
        .absent("quality.urge_to_move", "timing.constant", "quality.burning")
        .build(), CRAMPS, 0.6);
  }

  @Test
  @DisplayName("a restless-legs story (urge to move, eased by walking, no muscle tightening) keeps cramps low")
  void restlessLegsLikeStoryKeepsCrampsLow() {
    AggregatedAssessment a = assess(SymptomReport.builder().age(52)
        .present("quality.urge_to_move", "relief.walking_moving", "timing.at_rest_sitting",
            "timing.worse_evening_night", "timing.worse_lying_down", "quality.crawling_pulling_itching")
        .absent("quality.muscle_tightening", "timing.sudden_episodes")
        .build());
    assertBelow(a, CRAMPS, 0.15);
    assertFalse(adviceIds(a).contains("musculoskeletal.stretch_the_cramp"), () -> adviceIds(a).toString());
  }

  @Test
  @DisplayName("a calf with an urge to move and crawling feelings, muscle not asked about, keeps cramps low")
  void urgeToMoveAloneArguesAgainstCramps() {
    AggregatedAssessment a = assess(SymptomReport.builder().age(60)
        .present("quality.urge_to_move", "quality.crawling_pulling_itching", "relief.walking_moving",
            "timing.worse_evening_night", "location.calf")
        .build());
    assertBelow(a, CRAMPS, 0.15);
  }

  @Test
  @DisplayName("an urge to move eased by stretching, without hardening of the muscle, keeps cramps unlikely")
  void urgeToMoveEasedByStretchingIsNotCramps() {
    AggregatedAssessment a = assess(SymptomReport.builder().age(45)
        .present("quality.urge_to_move", "relief.stretching_muscle", "relief.walking_moving",
            "timing.worse_lying_down", "location.calf")
        .absent("quality.muscle_tightening")
        .build());
    assertBelow(a, CRAMPS, 0.3);
  }

  @Test
  @DisplayName("constant burning, numb feet in a sock pattern keep cramps unlikely")
  void neuropathyLikeStoryKeepsCrampsLow() {
    AggregatedAssessment a = assess(SymptomReport.builder().age(70)
        .present("quality.burning", "quality.numbness", "location.stocking_distribution",
            "timing.constant", "history.diabetes")
        .build());
    assertBelow(a, CRAMPS, 0.15);
  }

  @Test
  @DisplayName("with only 'worse lying down' reported, even an older person has no likely condition")
  void onlyWorseLyingDown() {
    for (int age : new int[] {25, 55, 70, 90}) {
      AggregatedAssessment a = assess(SymptomReport.builder().age(age).present("timing.worse_lying_down").build());
      a.differential().forEach(c -> assertTrue(c.probability() < 0.3, () -> describe(a)));
      assertEquals(Triage.CONSULTATION, a.triage(), () -> describe(a));
    }
  }

  @Test
  @DisplayName("the probability of cramps rises with age, other things equal")
  void risesWithAge() {
    SymptomReport.Builder b = SymptomReport.builder().present("quality.muscle_tightening");
    double young = probability(assess(b.age(30).build()), CRAMPS);
    double middle = probability(assess(b.age(55).build()), CRAMPS);
    double old = probability(assess(b.age(80).build()), CRAMPS);
    assertTrue(young < middle && middle < old, young + " < " + middle + " < " + old);
  }
}
