package org.recumbent.core;

/**
 * Why an {@link InterviewSession} stopped asking.
 *
 * @since 0.1
 */
public enum StopReason {
  /**
   * Every applicable red flag has been asked, and no remaining question could change the top
   * condition or the level of care.
   */
  CONFIDENT,
  /** Every question that could change the assessment has been answered. */
  NO_MORE_QUESTIONS,
  /** The caller's limit on the number of questions was reached. */
  CAP_REACHED,
  /**
   * The assessment already calls for emergency care ({@link Triage#EMERGENCY} or more urgent):
   * stop asking and give the answer now.
   */
  EMERGENCY,
  /** The person stopped the interview. */
  USER_QUIT
}
