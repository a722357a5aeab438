package org.recumbent.core;

/**
 * A person's answer to an interview {@link Question}.
 *
 * @since 0.1
 */
public enum Answer {
  /** Yes: the feature is present (for a grouped question: at least one of its features is). */
  YES(FindingState.PRESENT),
  /** No: the feature is absent (for a grouped question: every one of its features is). */
  NO(FindingState.ABSENT),
  /** Don't know: the feature stays unknown for scoring and is never asked again. */
  DONT_KNOW(FindingState.UNKNOWN);

  private final FindingState state;

  Answer(FindingState state) {
    this.state = state;
  }

  /**
   * Return the finding state this answer gives a single feature.
   *
   * @return the state; never {@code null}
   */
  public FindingState state() {
    return state;
  }

  /**
   * Return the answer that reports a finding state.
   *
   * @param state the state; never {@code null}
   * @return {@link #YES} for present, {@link #NO} for absent, {@link #DONT_KNOW} for unknown
   */
  public static Answer of(FindingState state) {
    switch (state) {
      case PRESENT:
        return YES;
      case ABSENT:
        return NO;
      default:
        return DONT_KNOW;
    }
  }
}
