package org.recumbent.conditions.musculoskeletal;

import static org.recumbent.conditions.musculoskeletal.MusculoskeletalSources.AASM_CRAMPS;
import static org.recumbent.conditions.musculoskeletal.MusculoskeletalSources.CKS_LEG_CRAMPS;
import static org.recumbent.conditions.musculoskeletal.MusculoskeletalSources.NICE_NG226;
import static org.recumbent.conditions.musculoskeletal.MusculoskeletalSources.NICE_NG59;
import static org.recumbent.conditions.musculoskeletal.MusculoskeletalSources.SEED_ARTHRITIS;
import static org.recumbent.conditions.musculoskeletal.MusculoskeletalSources.SEED_CRAMPS_DEHYDRATION;
import static org.recumbent.conditions.musculoskeletal.MusculoskeletalSources.SEED_HEAT;
import static org.recumbent.conditions.musculoskeletal.MusculoskeletalSources.SEED_POSITION;
import static org.recumbent.conditions.musculoskeletal.MusculoskeletalSources.SEED_STRETCHES;

import java.util.List;
import org.recumbent.spi.ReliefStrategy;
import org.recumbent.spi.ReliefTags;

/**
 * Relief for cramps, arthritis and sciatica: the seed's strategies, cited by the sentence they come
 * from, and the well-established ones a clinician would add. Each is tagged with what it does to
 * the leg, so another plugin's condition can declare it unsafe (heat, for example, with poor blood
 * flow or numb feet). The texts people read are in {@code musculoskeletal.properties}.
 */
final class MusculoskeletalRelief {

  private static final String CRAMPS = CrampModel.ID;
  private static final String ARTHRITIS = ArthritisModel.ID;
  private static final String SCIATICA = SciaticaModel.ID;

  static final ReliefStrategy STRETCHES_BEFORE_BED = strategy("musculoskeletal.stretches_before_bed")
      .forConditions(CRAMPS)
      .tags(ReliefTags.STRETCHING)
      .source(SEED_STRETCHES)
      .build();

  static final ReliefStrategy WARMTH = strategy("musculoskeletal.warm_bath_or_heat")
      .forConditions(CRAMPS, ARTHRITIS, SCIATICA)
      .tags(ReliefTags.HEAT)
      .source(SEED_HEAT)
      .build();

  static final ReliefStrategy STRETCH_THE_CRAMP = strategy("musculoskeletal.stretch_the_cramp")
      .forConditions(CRAMPS)
      .tags(ReliefTags.STRETCHING, ReliefTags.WALKING, ReliefTags.MASSAGE)
      .source(AASM_CRAMPS)
      .build();

  static final ReliefStrategy FLUIDS = strategy("musculoskeletal.drink_fluids")
      .forConditions(CRAMPS)
      .tags(ReliefTags.HYDRATION)
      .source(SEED_CRAMPS_DEHYDRATION)
      .build();

  static final ReliefStrategy MEDICINE_REVIEW = strategy("musculoskeletal.review_medicines")
      .forConditions(CRAMPS)
      .tags(ReliefTags.MEDICAL_REVIEW)
      .source(CKS_LEG_CRAMPS)
      .build();

  static final ReliefStrategy SCIATICA_POSITION = strategy("musculoskeletal.sciatica_sleep_position")
      .forConditions(SCIATICA)
      .tags(ReliefTags.POSITIONING)
      .source(SEED_POSITION)
      .build();

  static final ReliefStrategy PILLOW_BETWEEN_KNEES = strategy("musculoskeletal.pillow_between_knees")
      .forConditions(ARTHRITIS, SCIATICA)
      .tags(ReliefTags.POSITIONING)
      .source(SEED_POSITION)
      .build();

  static final ReliefStrategy AVOID_SORE_SIDE = strategy("musculoskeletal.avoid_sore_side")
      .forConditions(ARTHRITIS)
      .tags(ReliefTags.POSITIONING)
      .source(SEED_ARTHRITIS)
      .build();

  static final ReliefStrategy STAY_ACTIVE_SCIATICA = strategy("musculoskeletal.stay_active_sciatica")
      .forConditions(SCIATICA)
      .tags(ReliefTags.WALKING)
      .source(NICE_NG59)
      .build();

  static final ReliefStrategy EXERCISE_ARTHRITIS = strategy("musculoskeletal.joint_exercise")
      .forConditions(ARTHRITIS)
      .tags(ReliefTags.WALKING)
      .source(NICE_NG226)
      .build();

  /** Every strategy, in the order a person should read them within one condition. */
  static final List<ReliefStrategy> ALL = List.of(
      STRETCH_THE_CRAMP, STRETCHES_BEFORE_BED, FLUIDS, MEDICINE_REVIEW,
      AVOID_SORE_SIDE, PILLOW_BETWEEN_KNEES, SCIATICA_POSITION, WARMTH,
      STAY_ACTIVE_SCIATICA, EXERCISE_ARTHRITIS);

  private MusculoskeletalRelief() {}

  /**
   * Start a strategy whose text is {@code relief.<name>} in {@code musculoskeletal.properties}, where
   * the id is {@code <plugin>.<name>}.
   */
  private static ReliefStrategy.Builder strategy(String id) {
    String name = id.substring(id.indexOf('.') + 1);
    return ReliefStrategy.builder(id).text(MusculoskeletalTexts.text("relief." + name));
  }
}
