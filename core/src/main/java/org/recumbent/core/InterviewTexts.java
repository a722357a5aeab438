package org.recumbent.core;

import org.recumbent.internal.Messages;

/** The texts an interview adds to an assessment. */
final class InterviewTexts {

  private InterviewTexts() {}

  static String unresolvedGroup(String question) {
    return Messages.text("interview.unresolvedGroup").replace("{0}", question);
  }

  static String triage(Triage triage) {
    return Messages.text("triage." + triage.name());
  }
}
