package org.recumbent.core;

import org.recumbent.internal.Messages;

/** The texts an interview adds to an assessment. */
final class InterviewTexts {

  private InterviewTexts() {}

  static String unresolvedGroup(String question) {
    return "You answered yes to: \"" + question + "\" but not which part applies. To be safe, the advice "
        + "treats it as urgent. If any of it is happening now, get medical help now.";
  }

  static String triage(Triage triage) {
    return Messages.text("triage." + triage.name());
  }
}
