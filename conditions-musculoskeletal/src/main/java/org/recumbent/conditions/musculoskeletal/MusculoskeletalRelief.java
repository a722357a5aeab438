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
 * flow or numb feet).
 */
final class MusculoskeletalRelief {

  private static final String CRAMPS = CrampModel.ID;
  private static final String ARTHRITIS = ArthritisModel.ID;
  private static final String SCIATICA = SciaticaModel.ID;

  static final ReliefStrategy STRETCHES_BEFORE_BED = ReliefStrategy.builder("musculoskeletal.stretches_before_bed")
      .text("Before bed, do gentle calf and hamstring stretches. For the calf, stand facing a wall with "
          + "one leg behind the other and lean forward, keeping the back heel down. Hold each stretch for "
          + "about 30 seconds, without bouncing.")
      .forConditions(CRAMPS)
      .tags(ReliefTags.STRETCHING)
      .source(SEED_STRETCHES)
      .build();

  static final ReliefStrategy WARMTH = ReliefStrategy.builder("musculoskeletal.warm_bath_or_heat")
      .text("A warm bath, or a warm (not hot) heat pad on the sore area before bed, can relax tight "
          + "muscles and ease a stiff joint or back. Check the temperature with your hand first.")
      .forConditions(CRAMPS, ARTHRITIS, SCIATICA)
      .tags(ReliefTags.HEAT)
      .source(SEED_HEAT)
      .build();

  static final ReliefStrategy STRETCH_THE_CRAMP = ReliefStrategy.builder("musculoskeletal.stretch_the_cramp")
      .text("When a cramp starts, straighten the leg and pull your toes up towards your knee, or stand "
          + "up and put your weight on that leg. Walking about or rubbing the muscle can help it let go. "
          + "The soreness afterwards usually fades within a day.")
      .forConditions(CRAMPS)
      .tags(ReliefTags.STRETCHING, ReliefTags.WALKING, ReliefTags.MASSAGE)
      .source(AASM_CRAMPS)
      .build();

  static final ReliefStrategy FLUIDS = ReliefStrategy.builder("musculoskeletal.drink_fluids")
      .text("Drink enough fluids through the day, especially after exercise or in hot weather. If a "
          + "doctor has told you to limit fluids, keep to their advice.")
      .forConditions(CRAMPS)
      .tags(ReliefTags.HYDRATION)
      .source(SEED_CRAMPS_DEHYDRATION)
      .build();

  static final ReliefStrategy MEDICINE_REVIEW = ReliefStrategy.builder("musculoskeletal.review_medicines")
      .text("Ask a doctor or pharmacist to look at your medicines. Some, such as water tablets "
          + "(diuretics), can cause cramps. Do not stop a medicine on your own.")
      .forConditions(CRAMPS)
      .tags(ReliefTags.MEDICAL_REVIEW)
      .source(CKS_LEG_CRAMPS)
      .build();

  static final ReliefStrategy SCIATICA_POSITION = ReliefStrategy.builder("musculoskeletal.sciatica_sleep_position")
      .text("Find a sleeping position that keeps your back in a gentle, natural curve. On your back, put "
          + "a pillow under your knees. On your side, bend your knees a little and put a pillow between "
          + "them. Avoid positions that twist your back.")
      .forConditions(SCIATICA)
      .tags(ReliefTags.POSITIONING)
      .source(SEED_POSITION)
      .build();

  static final ReliefStrategy PILLOW_BETWEEN_KNEES = ReliefStrategy.builder("musculoskeletal.pillow_between_knees")
      .text("If you sleep on your side, put a pillow between your knees. It keeps your hips and knees "
          + "lined up and stops the knees pressing on each other.")
      .forConditions(ARTHRITIS, SCIATICA)
      .tags(ReliefTags.POSITIONING)
      .source(SEED_POSITION)
      .build();

  static final ReliefStrategy AVOID_SORE_SIDE = ReliefStrategy.builder("musculoskeletal.avoid_sore_side")
      .text("Try not to lie on the sore hip or knee. Sleep on your back or on the other side, and a "
          + "softer mattress topper can take pressure off the joint.")
      .forConditions(ARTHRITIS)
      .tags(ReliefTags.POSITIONING)
      .source(SEED_ARTHRITIS)
      .build();

  static final ReliefStrategy STAY_ACTIVE_SCIATICA = ReliefStrategy.builder("musculoskeletal.stay_active_sciatica")
      .text("Keep gently active during the day, with short walks and your usual activities as far as the "
          + "pain allows. Resting in bed for long tends to slow recovery.")
      .forConditions(SCIATICA)
      .tags(ReliefTags.WALKING)
      .source(NICE_NG59)
      .build();

  static final ReliefStrategy EXERCISE_ARTHRITIS = ReliefStrategy.builder("musculoskeletal.joint_exercise")
      .text("Regular gentle exercise during the day, such as walking, cycling or swimming, and exercises "
          + "that strengthen the thigh muscles, ease arthritis pain over time.")
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
}
