package org.recumbent.conditions.neuro;

import static org.recumbent.conditions.neuro.NeuroSources.HENING_2009;
import static org.recumbent.conditions.neuro.NeuroSources.IRLSSG_2012;

import org.recumbent.core.Sex;
import org.recumbent.core.Triage;
import org.recumbent.spi.Code;
import org.recumbent.spi.ConditionDescriptor;
import org.recumbent.spi.Source;
import org.recumbent.spi.support.EvidenceModel;

/**
 * Restless legs syndrome ({@code neuro.rls}): its descriptor and its evidence model, built on the
 * five IRLSSG 2012 essential criteria.
 *
 * <p>Criterion 1, the urge to move, is essential: when a person says they have no such urge, the
 * probability is capped at {@value #CAP_WITHOUT_URGE}. Criteria 3 (relief by movement) and 4
 * (evening or night) are essential too: when either is reported absent, the probability is capped
 * at {@value #CAP_WITHOUT_RELIEF_OR_EVENING}, so restless legs stays possible but is never likely.
 * Criteria 2 to 4 raise the probability when present and lower it strongly when absent. Criterion 5 is modelled by the mimics, each a
 * conflicting finding that points to a better explanation: cramps, positional discomfort, venous
 * stasis or oedema, arthritis, and the patterns of the other conditions.
 */
final class RlsModel {

  /** The condition id. */
  static final String ID = "neuro.rls";

  /** The highest probability when the urge to move is reported absent (IRLSSG criterion 1). */
  static final double CAP_WITHOUT_URGE = 0.05;

  /**
   * The highest probability when relief by movement (IRLSSG criterion 3) or the evening or night
   * pattern (criterion 4) is reported absent: below the likely threshold of 0.3, but above the 0.15
   * from which a condition counts. Higher than the urge's cap because IRLSSG 2012 notes that when
   * symptoms are very severe, relief by activity and the evening worsening may no longer be
   * noticeable (they must have been present before); an expert estimate on that guideline.
   */
  static final double CAP_WITHOUT_RELIEF_OR_EVENING = 0.2;

  private static final Source ESSENTIAL_3_4 = Source.expertEstimate("IRLSSG 2012: criteria 3 (relief by movement) "
      + "and 4 (evening or night) are essential; a person who reports either absent does not meet the criteria "
      + "now, so restless legs is capped below likely; the cap stays at 0.2, not lower, because in very severe "
      + "RLS both may no longer be noticeable (IRLSSG 2012 specifiers)");

  static final ConditionDescriptor DESCRIPTOR = ConditionDescriptor.builder(ID)
      .name(NeuroTexts.text("rls.name"))
      .summary(NeuroTexts.text("rls.summary"))
      .icd10(Code.icd10("G25.81", "Restless legs syndrome", NeuroSources.ICD_RLS_VERIFIED))
      .snomed(Code.snomedUnverified("32914008", "Restless legs"))
      .source(IRLSSG_2012)
      .source(HENING_2009)
      .source(NeuroSources.SEED_RLS_INTRO)
      .source(NeuroSources.SEED_RLS_URGE)
      .source(NeuroSources.SEED_RLS_SENSATIONS)
      .source(NeuroSources.SEED_RLS_REST)
      .source(NeuroSources.SEED_RLS_MOVEMENT)
      .source(NeuroSources.SEED_RLS_IRON)
      .source(NeuroSources.SEED_RLS_NIGHT)
      .triageWhenLikely(Triage.CONSULTATION, Source.unverified(Source.Kind.GUIDELINE,
          "IRLSSG task force, Allen et al., Sleep Med 2018;41:27-44 (iron treatment of RLS): check serum "
              + "ferritin and transferrin saturation in everyone with clinically significant RLS; the "
              + "diagnosis is clinical and needs a clinician to exclude the mimics. Routine, not urgent."))
      .build();

  static final EvidenceModel MODEL = EvidenceModel.builder(ID)
      // Prior: population prevalence about 5-10%, higher among people whose legs trouble them at night.
      .prior(0.12, Source.expertEstimate(
          "shared calibration prior for adults whose legs ache when lying down; population "
              + "prevalence of RLS is about 5-10% (clinical calibration brief)"))
      .sexOddsRatio(Sex.FEMALE, 1.5, Source.unverified(Source.Kind.PAPER,
          "Berger et al., Arch Intern Med 2004;164:196-202: RLS about twice as common in women, largely "
              + "explained by parity; a conservative odds ratio of 1.5 is used"))

      // Criterion 1: the urge to move. Essential, and the hallmark when present.
      .essential("quality.urge_to_move", CAP_WITHOUT_URGE, IRLSSG_2012)
      .criterion("quality.urge_to_move", 6.0, 0.3, Source.expertEstimate(
          "IRLSSG criterion 1 is the defining feature; no published LR; strong but below the LR of "
              + "10 that would let it decide alone"))
      .criterion("quality.crawling_pulling_itching", 2.5, 0.7, Source.expertEstimate(
          "the deep crawling, pulling or itching sensations that accompany the urge (IRLSSG criterion 1; "
              + "seed: \"crawling, pulling, or itching within the muscles\"); rarely reported in the mimics; "
              + "about one in three describe pain instead, so absence lowers it only a little"))

      // Criterion 2: begins or worsens at rest, lying down or sitting (one criterion: same finding).
      .anyOf(1.8, 0.3, Source.expertEstimate(
              "IRLSSG criterion 2 (rest or inactivity, lying down or sitting) and the seed's \"begin or "
                  + "significantly worsen during periods of rest or inactivity\"; common to most causes of "
                  + "night-time leg pain, so weak when present; an essential criterion, so strong when absent"),
          "timing.at_rest_sitting", "timing.worse_lying_down")

      // Criterion 3: relieved by movement. Relief by walking means most when it is the urge that
      // eases (other leg pains can ease on walking too), so part of its weight needs the urge.
      .essential("relief.walking_moving", CAP_WITHOUT_RELIEF_OR_EVENING, ESSENTIAL_3_4)
      .criterion("relief.walking_moving", 2.0, 0.3, Source.expertEstimate(
          "IRLSSG criterion 3 and the seed's \"temporarily relieved by movement, such as walking\"; an "
              + "essential criterion, so strong when absent; other leg pains also ease on walking, so "
              + "modest on its own"))
      .allOf(2.0, 1.0, Source.expertEstimate(
              "an urge to move that eases while moving is the core of IRLSSG criteria 1 and 3 together"),
          "quality.urge_to_move", "relief.walking_moving")

      // Criterion 4: evening or night.
      .essential("timing.worse_evening_night", CAP_WITHOUT_RELIEF_OR_EVENING, ESSENTIAL_3_4)
      .criterion("timing.worse_evening_night", 1.5, 0.4, Source.expertEstimate(
          "IRLSSG criterion 4 (only or worse in the evening or night); shared by neuropathy, cramps and "
              + "venous disease, so weak when present; an essential criterion, so strong when absent"))

      // Risk factors.
      .criterion("history.iron_deficiency", 2.0, 1.0, Source.expertEstimate(
          "low iron stores are the best-known secondary cause (seed: \"Impaired iron storage ... is also "
              + "implicated\"; IRLSSG iron guideline 2018); a conservative doubling of the odds"))
      .criterion("history.pregnancy", 2.0, 1.0, Source.unverified(Source.Kind.PAPER,
          "RLS affects roughly one pregnant woman in five, two to three times the general rate (Chen et "
              + "al., Sleep Med Rev 2018 meta-analysis); LR 2.0 is conservative"))
      .criterion("history.kidney_disease", 2.0, 1.0, Source.expertEstimate(
          "RLS is reported in a fifth to a third of people on dialysis; conservative doubling"))
      .criterion("history.family_rls", 2.5, 1.0, Source.expertEstimate(
          "about half of people with primary RLS have an affected first-degree relative"))
      .criterion("history.antidepressants_antihistamines", 1.5, 1.0, Source.expertEstimate(
          "serotonergic antidepressants and sedating antihistamines can provoke or worsen RLS; weak"))

      // Criterion 5: the mimics. Each points to a better explanation and lowers RLS.
      .criterion("quality.muscle_tightening", 0.2, 1.0, Source.expertEstimate(
          "a muscle that hardens and will not let go is a leg cramp, the commonest RLS mimic (IRLSSG "
              + "criterion 5; sleepeducation.org and NSF cramp definitions, clinical-sources.md 3.6)"))
      .criterion("timing.sudden_episodes", 0.5, 1.0, Source.expertEstimate(
          "sudden attacks lasting seconds to minutes fit cramps better than the build-up of RLS at rest"))
      .anyOf(0.5, 1.0, Source.expertEstimate(
              "arthritis and positional discomfort at a joint are IRLSSG criterion-5 mimics"),
          "aggravator.lying_on_side_joint", "location.hip_knee_joint")
      .criterion("relief.changing_position", 0.7, 1.0, Source.expertEstimate(
          "relief by simply shifting position, without needing to keep moving, is positional discomfort "
              + "(IRLSSG criterion-5 mimic); mild, because people with RLS also shift about"))
      .anyOf(0.6, 1.0, Source.expertEstimate(
              "venous stasis and leg oedema are IRLSSG criterion-5 mimics; relief by raising the legs "
                  + "points to venous pooling"),
          "sign.ankle_swelling", "sign.brown_skin_near_ankles", "relief.elevating_legs")
      .criterion("relief.dangling_legs", 0.5, 1.0, Source.expertEstimate(
          "relief by sitting still with the legs hanging down is the pattern of arterial rest pain and "
              + "runs against criterion 3 (relief needs movement)"))
      .anyOf(0.7, 1.0, Source.expertEstimate(
              "numbness, pain from the touch of the sheets and a sock-like pattern are signs of nerve "
                  + "damage, a common mimic of RLS"),
          "quality.numbness", "aggravator.bedclothes_touch", "location.stocking_distribution")
      .anyOf(0.8, 1.0, Source.expertEstimate(
              "burning and electric pain are DN4 neuropathic descriptors; some people with RLS use them, "
                  + "so only a mild effect"),
          "quality.burning", "quality.stabbing_electric")
      .criterion("quality.radiating_from_back", 0.4, 1.0, Source.expertEstimate(
          "pain running from the back down the leg is nerve-root pain (sciatica), a better explanation"))
      .criterion("timing.constant", 0.7, 1.0, Source.expertEstimate(
          "RLS comes on with rest and eases with movement; constant pain fits it poorly"))
      .build();

  private RlsModel() {}
}
