package org.recumbent.tck;

import java.util.List;
import org.recumbent.core.Sex;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Vocabulary;

/**
 * Fixed fixture reports over the standard vocabulary: one typical story per built-in condition,
 * red-flag stories, and the edge cases every plugin must handle (no findings, a child, no age).
 *
 * <p>The stories follow the source text; they are fixtures for contracts (a plugin must answer
 * each one without failing), not expected diagnoses.
 *
 * @since 0.1
 */
public final class SampleReports {

  private SampleReports() {}

  /**
   * Return a report with no patient context and no findings.
   *
   * @return the report; never {@code null}
   */
  public static SymptomReport empty() {
    return SymptomReport.empty();
  }

  /**
   * Return the story of pain at night in the feet of a smoker, eased by hanging the legs down (the
   * wire-format example; arterial rest pain).
   *
   * @return the report; never {@code null}
   */
  public static SymptomReport restPainEasedByDanglingLegs() {
    return SymptomReport.builder().age(67).sex(Sex.MALE)
        .present("timing.worse_lying_down", "relief.dangling_legs", "quality.burning",
            "location.feet_toes", "history.smoking")
        .absent("relief.walking_moving")
        .build();
  }

  /**
   * Return the story of an urge to move the legs in the evening, eased by walking (restless legs).
   *
   * @return the report; never {@code null}
   */
  public static SymptomReport urgeToMoveInTheEvening() {
    return SymptomReport.builder().age(45).sex(Sex.FEMALE)
        .present("quality.urge_to_move", "quality.crawling_pulling_itching", "timing.worse_evening_night",
            "timing.at_rest_sitting", "relief.walking_moving", "location.both_legs_symmetric")
        .build();
  }

  /**
   * Return the story of a calf that suddenly tightens at night and eases with stretching (cramps).
   *
   * @return the report; never {@code null}
   */
  public static SymptomReport suddenCalfTightening() {
    return SymptomReport.builder().age(72).sex(Sex.FEMALE)
        .present("quality.muscle_tightening", "timing.sudden_episodes", "location.calf",
            "relief.stretching_muscle", "timing.wakes_from_sleep", "history.diuretics")
        .build();
  }

  /**
   * Return the story of heavy, aching legs with swollen ankles after standing (venous disease).
   *
   * @return the report; never {@code null}
   */
  public static SymptomReport heavyLegsAfterStanding() {
    return SymptomReport.builder().age(58).sex(Sex.FEMALE)
        .present("quality.heavy", "quality.aching_dull", "timing.after_prolonged_standing",
            "sign.ankle_swelling", "sign.varicose_veins", "relief.elevating_legs")
        .build();
  }

  /**
   * Return the story of burning, tingling feet like a sock in a person with diabetes (neuropathy).
   *
   * @return the report; never {@code null}
   */
  public static SymptomReport burningFeetWithDiabetes() {
    return SymptomReport.builder().age(63).sex(Sex.MALE)
        .present("quality.burning", "quality.tingling_pins_needles", "quality.numbness",
            "location.stocking_distribution", "history.diabetes", "aggravator.bedclothes_touch")
        .build();
  }

  /**
   * Return the story of pain running from the back down one leg, worse lying flat (sciatica).
   *
   * @return the report; never {@code null}
   */
  public static SymptomReport painFromTheBackDownOneLeg() {
    return SymptomReport.builder().age(50).sex(Sex.OTHER)
        .present("quality.radiating_from_back", "location.buttock_back_of_leg", "location.one_leg_only",
            "aggravator.spine_posture", "aggravator.cough_sneeze", "history.back_problems")
        .absent("redflag.saddle_numbness", "redflag.bladder_bowel_change")
        .build();
  }

  /**
   * Return the story of an aching hip, worse lying on it, with short morning stiffness (arthritis).
   *
   * @return the report; never {@code null}
   */
  public static SymptomReport achingHipWorseLyingOnIt() {
    return SymptomReport.builder().age(69).sex(Sex.FEMALE)
        .present("location.hip_knee_joint", "aggravator.lying_on_side_joint", "timing.morning_stiffness_short",
            "sign.joint_crepitus", "quality.aching_dull")
        .build();
  }

  /**
   * Return a story with a swollen, warm, red calf after a long flight (a red flag for a clot).
   *
   * @return the report; never {@code null}
   */
  public static SymptomReport swollenWarmCalfAfterTravel() {
    return SymptomReport.builder().age(39).sex(Sex.FEMALE)
        .present("redflag.one_leg_swollen_warm_red", "sign.one_leg_swollen", "sign.calf_tender",
            "location.calf", "location.one_leg_only", "history.recent_immobility_surgery_travel")
        .build();
  }

  /**
   * Return a story of back pain with numbness in the saddle area and bladder change (a red flag
   * for cauda equina syndrome).
   *
   * @return the report; never {@code null}
   */
  public static SymptomReport saddleNumbnessWithBackPain() {
    return SymptomReport.builder().age(44).sex(Sex.MALE)
        .present("redflag.saddle_numbness", "redflag.bladder_bowel_change", "quality.radiating_from_back",
            "sign.leg_weakness")
        .build();
  }

  /**
   * Return a story of a leg that suddenly became cold, pale and painful (a red flag for acute limb
   * ischemia).
   *
   * @return the report; never {@code null}
   */
  public static SymptomReport suddenColdPaleLeg() {
    return SymptomReport.builder().age(74).sex(Sex.UNKNOWN)
        .present("redflag.sudden_cold_pale_painful_leg", "sign.skin_pale", "sign.foot_cold",
            "location.one_leg_only")
        .build();
  }

  /**
   * Return a child's report, which is out of scope but must still be answered.
   *
   * @return the report; never {@code null}
   */
  public static SymptomReport child() {
    return SymptomReport.builder().age(9).sex(Sex.MALE)
        .present("timing.worse_evening_night", "location.both_legs_symmetric", "quality.aching_dull")
        .build();
  }

  /**
   * Return a report with findings but no age or sex.
   *
   * @return the report; never {@code null}
   */
  public static SymptomReport noPatientContext() {
    return SymptomReport.builder()
        .present("timing.worse_lying_down", "quality.aching_dull")
        .absent("redflag.fever")
        .unknown("history.smoking")
        .build();
  }

  /**
   * Return a report that answers every standard feature "absent", at the oldest allowed age.
   *
   * @return the report; never {@code null}
   */
  public static SymptomReport everythingAbsent() {
    SymptomReport.Builder b = SymptomReport.builder().age(120).sex(Sex.OTHER);
    Vocabulary.standard().ids().forEach(b::absent);
    return b.build();
  }

  /**
   * Return a report that answers every standard feature "present", at age 18.
   *
   * @return the report; never {@code null}
   */
  public static SymptomReport everythingPresent() {
    SymptomReport.Builder b = SymptomReport.builder().age(18).sex(Sex.FEMALE);
    Vocabulary.standard().ids().forEach(b::present);
    return b.build();
  }

  /**
   * Return every fixture above.
   *
   * @return the reports, in a fixed order; never {@code null}
   */
  public static List<SymptomReport> all() {
    return List.of(empty(), restPainEasedByDanglingLegs(), urgeToMoveInTheEvening(), suddenCalfTightening(),
        heavyLegsAfterStanding(), burningFeetWithDiabetes(), painFromTheBackDownOneLeg(),
        achingHipWorseLyingOnIt(), swollenWarmCalfAfterTravel(), saddleNumbnessWithBackPain(),
        suddenColdPaleLeg(), child(), noPatientContext(), everythingAbsent(), everythingPresent());
  }
}
