package org.recumbent.internal;

import java.util.List;

/**
 * The standard red flags, asked as one checklist question before anything else.
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

  /**
   * The standard group: every standard red flag in one checklist question, asked first. Most people
   * have none, and one "no" then clears them all; a "yes" asks each one next, in vocabulary order.
   */
  public static final List<Group> STANDARD = List.of(
      new Group(List.of("redflag.sudden_cold_pale_painful_leg", "redflag.sudden_weakness_or_paralysis",
          "redflag.saddle_numbness", "redflag.bladder_bowel_change", "redflag.one_leg_swollen_warm_red",
          "redflag.chest_pain_breathless", "redflag.fever", "redflag.hot_swollen_joint", "redflag.recent_trauma"),
          Messages.text("interview.group.red_flags")));

  private RedFlagGroups() {}
}
