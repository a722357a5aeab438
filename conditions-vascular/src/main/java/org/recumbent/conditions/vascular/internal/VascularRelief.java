package org.recumbent.conditions.vascular.internal;

import java.util.List;
import org.recumbent.spi.ReliefStrategy;
import org.recumbent.spi.ReliefTags;
import org.recumbent.spi.Source;

/**
 * The vascular relief strategies: the seed's sleeping positions for arterial and venous disease,
 * and the well-established measures a clinician would add.
 *
 * <p>Each strategy is tagged with {@link ReliefTags}, so that a condition of any plugin can declare
 * it unsafe; peripheral artery disease itself declares leg elevation, heat and compression unsafe
 * ({@link PadModel#descriptor()}).
 *
 * @since 0.1
 */
public final class VascularRelief {

  /** Hang the feet over the edge of the bed. */
  public static final String HANG_FEET_DOWN = "vascular.hang_feet_down";
  /** Raise the head end of the bed. */
  public static final String HEAD_OF_BED_RAISED = "vascular.head_of_bed_raised";
  /** Raise the legs slightly above the heart before sleep. */
  public static final String RAISE_LEGS_ABOVE_HEART = "vascular.raise_legs_above_heart";
  /** Compression stockings, once a clinician has checked the arteries. */
  public static final String COMPRESSION_AFTER_CHECK = "vascular.compression_after_check";
  /** Use the calf muscle pump during the day. */
  public static final String CALF_MUSCLE_PUMP = "vascular.calf_muscle_pump";
  /** Check and protect the feet. */
  public static final String FOOT_CARE = "vascular.foot_care";
  /** Stop smoking. */
  public static final String STOP_SMOKING = "vascular.stop_smoking";
  /** A walking programme, as a clinician advises. */
  public static final String WALKING_PROGRAMME = "vascular.walking_programme";

  private VascularRelief() {}

  /**
   * Return the strategies.
   *
   * @return the strategies; never {@code null}
   */
  public static List<ReliefStrategy> strategies() {
    return List.of(
        strategy(HANG_FEET_DOWN)
            .forConditions(PadModel.ID)
            .tags(ReliefTags.LEG_DEPENDENCY, ReliefTags.POSITIONING)
            .source(Source.seed(SeedText.DANGLING_RELIEF))
            .build(),
        strategy(HEAD_OF_BED_RAISED)
            .forConditions(PadModel.ID)
            .tags(ReliefTags.LEG_DEPENDENCY, ReliefTags.POSITIONING)
            .source(Source.seed(SeedText.PAD_SLEEP_POSITION))
            .build(),
        strategy(RAISE_LEGS_ABOVE_HEART)
            .forConditions(CviModel.ID)
            .tags(ReliefTags.LEG_ELEVATION, ReliefTags.POSITIONING)
            .source(Source.seed(SeedText.VENOUS_ELEVATION))
            .build(),
        strategy(COMPRESSION_AFTER_CHECK)
            .forConditions(CviModel.ID)
            .tags(ReliefTags.COMPRESSION, ReliefTags.MEDICAL_REVIEW)
            .source(Source.unverified(Source.Kind.GUIDELINE, "Compression therapy for symptomatic chronic "
                + "venous disease after the ankle-brachial pressure index has excluded significant arterial "
                + "disease (NICE CG168 and ESVS 2022 venous guidelines; not checked against the originals)"))
            .build(),
        strategy(CALF_MUSCLE_PUMP)
            .forConditions(CviModel.ID)
            .tags(ReliefTags.WALKING)
            .source(Source.expertEstimate("the calf muscle pump empties the leg veins; walking and ankle "
                + "exercises are standard advice for venous disease"))
            .build(),
        strategy(FOOT_CARE)
            .forConditions(PadModel.ID, CviModel.ID)
            .tags(ReliefTags.FOOT_CARE)
            .source(Source.expertEstimate("daily foot checks and protection find wounds early in poor "
                + "circulation, where small injuries heal slowly (seed: non-healing sores need attention)"))
            .build(),
        strategy(STOP_SMOKING)
            .forConditions(PadModel.ID)
            .tags(ReliefTags.MEDICAL_REVIEW)
            .source(Source.seed(SeedText.LIFESTYLE))
            .build(),
        strategy(WALKING_PROGRAMME)
            .forConditions(PadModel.ID)
            .tags(ReliefTags.WALKING, ReliefTags.MEDICAL_REVIEW)
            .source(Source.unverified(Source.Kind.GUIDELINE, "Structured or supervised exercise therapy for "
                + "peripheral artery disease (2016 AHA/ACC lower extremity PAD guideline; not checked against "
                + "the original); for rest pain, only after a clinician has assessed the circulation"))
            .build());
  }

  private static ReliefStrategy.Builder strategy(String id) {
    return ReliefStrategy.builder(id).text(VascularTexts.text("relief." + id.substring("vascular.".length())));
  }
}
