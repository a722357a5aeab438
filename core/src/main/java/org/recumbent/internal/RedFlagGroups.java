package org.recumbent.internal;

import java.util.List;

/**
 * The standard red flags that read naturally as one question, because they point to the same
 * emergency or are checked in the same breath by a clinician.
 *
 * <p>Every standard red flag is in exactly one group; red flags a plugin adds are asked one by one.
 * The interview asks a group only when every one of its red flags is unanswered and read by an
 * installed plugin; otherwise it asks the remaining ones one by one, so no red flag is ever left out.
 *
 * <p>Answers to a group: "no" marks every red flag of the group absent; "don't know" marks every
 * one of them answered "unknown"; "yes" marks nothing, and the group's red flags are asked one by one
 * next, before any other question (so the warning that fires names the finding that is really
 * present). Until one of them is answered "yes" or all of them "no", the session treats the group as
 * urgent (see {@code InterviewSession}).
 */
public final class RedFlagGroups {

  /**
   * One group.
   *
   * @param features the red flags, in the order they are asked one by one
   * @param question the plain question covering all of them
   */
  public record Group(List<String> features, String question) {
    /** Create a group, copying the list. */
    public Group {
      features = List.copyOf(features);
    }
  }

  /** The standard groups, in the order they are asked. */
  public static final List<Group> STANDARD = List.of(
      // A leg that suddenly changes (acute limb ischaemia, acute nerve or cord compromise), deep vein
      // thrombosis and pulmonary embolism: the emergencies of the leg and the chest.
      new Group(List.of("redflag.sudden_cold_pale_painful_leg", "redflag.sudden_weakness_or_paralysis",
          "redflag.one_leg_swollen_warm_red", "redflag.chest_pain_breathless"), Messages.text("interview.group.leg_chest")),
      // Cauda equina syndrome, infection and injury.
      new Group(List.of("redflag.saddle_numbness", "redflag.bladder_bowel_change", "redflag.fever",
          "redflag.hot_swollen_joint", "redflag.recent_trauma"), Messages.text("interview.group.back_infection_injury")));

  private RedFlagGroups() {}
}
