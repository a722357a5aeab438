package org.recumbent.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recumbent.core.Advice;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.AvoidedAdvice;
import org.recumbent.core.ConditionAggregator;
import org.recumbent.core.Feature;
import org.recumbent.core.PluginFailure;
import org.recumbent.core.RankedCondition;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Triage;
import org.recumbent.core.Vocabulary;
import org.recumbent.core.Warning;
import org.recumbent.core.WatchFor;

/**
 * Writes an assessment as a short, calm summary for a person: the level of care first, in
 * words; then any warning sign found; the likely causes, each with one line of why; what may
 * help; what to avoid and why; what to watch for; notes; and the disclaimer.
 *
 * @since 0.1
 */
final class TextReport {

  private static final String NL = System.lineSeparator();

  /** How a piece of advice that is unsafe for this person is introduced, so nobody reads it as an instruction. */
  static final String NOT_SAFE = "Not safe for you: ";
  /** How a kind of relief to avoid ("avoid.heat") is introduced. */
  static final String AVOID = "Avoid: ";
  /** How the likely causes behind the level of care are introduced, when no warning sign set it. */
  static final String BECAUSE = "This is because of a likely cause: ";

  private final ConditionAggregator aggregator;
  private final Vocabulary vocabulary;
  private final double likely;
  private final double possible;

  TextReport(ConditionAggregator aggregator) {
    this.aggregator = aggregator;
    this.vocabulary = aggregator.vocabulary();
    this.likely = aggregator.likelyThreshold();
    this.possible = aggregator.cautionThreshold();
  }

  /**
   * Render an assessment.
   *
   * @param a the assessment; never {@code null}
   * @param report the report it answers, to tell findings present from absent; never {@code null}
   * @return the text, ending with a line break; never {@code null}
   */
  String render(AggregatedAssessment a, SymptomReport report) {
    StringBuilder s = new StringBuilder();
    s.append(a.triageMessage()).append(NL);
    // Say why, when a likely cause and no warning sign set the level: "see a doctor within 24
    // hours" alone leaves a person guessing.
    boolean byWarning = a.warnings().stream().anyMatch(w -> w.triage() == a.triage());
    if (!byWarning && a.triage().isAtLeast(Triage.CONSULTATION_24)) {
      List<String> causes = new ArrayList<>();
      for (RankedCondition c : a.differential()) {
        if (c.probability() >= likely && aggregator.condition(c.condition())
            .filter(d -> d.triageWhenLikely() == a.triage()).isPresent()) {
          causes.add(c.name());
        }
      }
      if (!causes.isEmpty()) {
        s.append(BECAUSE).append(String.join("; ", causes)).append('.').append(NL);
      }
    }

    if (!a.warnings().isEmpty()) {
      heading(s, "Warning signs in what you told us");
      for (Warning w : a.warnings()) {
        item(s, w.message());
      }
    }

    List<RankedCondition> likelyCauses = new ArrayList<>();
    List<RankedCondition> possibleCauses = new ArrayList<>();
    for (RankedCondition c : a.differential()) {
      if (c.probability() >= likely) {
        likelyCauses.add(c);
      } else if (c.probability() >= possible) {
        possibleCauses.add(c);
      }
    }
    heading(s, "What may be causing this");
    if (likelyCauses.isEmpty()) {
      item(s, "Nothing stands out clearly from what you told us.");
    }
    for (RankedCondition c : likelyCauses) {
      cause(s, c, "likely", report);
    }
    for (RankedCondition c : possibleCauses) {
      cause(s, c, "possible", report);
    }

    if (a.triage().isAtLeast(Triage.EMERGENCY)) {
      heading(s, "What may help");
      item(s, "Get help first, as above. Relief can wait until you have been seen.");
    } else if (!a.advice().isEmpty()) {
      heading(s, "What may help");
      for (Advice adv : a.advice()) {
        item(s, adv.text());
      }
    }
    if (!a.avoid().isEmpty()) {
      heading(s, "What to avoid, and why");
      for (AvoidedAdvice av : a.avoid()) {
        // A kind of relief ("avoid.heat") is named as a thing to avoid; a piece of advice that would
        // otherwise have been given is marked plainly, so nobody reads it as an instruction.
        item(s, (av.id().startsWith("avoid.") ? AVOID : NOT_SAFE) + av.text());
        detail(s, "Why: " + av.reason());
      }
    }
    if (!a.watchFor().isEmpty()) {
      heading(s, "Warning signs to watch for");
      for (WatchFor w : a.watchFor()) {
        item(s, w.text());
      }
    }
    if (!a.notes().isEmpty() || !a.failedPlugins().isEmpty()) {
      heading(s, "Notes");
      for (String note : a.notes()) {
        item(s, note);
      }
      for (PluginFailure f : a.failedPlugins()) {
        item(s, "Part of the check (" + f.plugin() + ") could not run, so this answer may be incomplete.");
      }
    }
    s.append(NL).append(a.disclaimer()).append(NL);
    return s.toString();
  }

  private void cause(StringBuilder s, RankedCondition c, String howLikely, SymptomReport report) {
    item(s, c.name() + " (" + howLikely + ")");
    List<String> present = new ArrayList<>();
    List<String> absent = new ArrayList<>();
    for (String id : c.supporting()) {
      String text = vocabulary.feature(id).map(Feature::description).map(TextReport::clause).orElse(id);
      // A finding supports a condition when present, or, for a finding that speaks against it,
      // when absent: say which, so "no urge to move" is never shown as "urge to move".
      (report.isAbsent(id) ? absent : present).add(text);
    }
    StringBuilder why = new StringBuilder("Why: ");
    if (present.isEmpty() && absent.isEmpty()) {
      why.append("no single thing you reported; it is listed because it is common.");
    } else {
      why.append(String.join("; ", present));
      if (!absent.isEmpty()) {
        why.append(present.isEmpty() ? "you do not have " : "; and you do not have ");
        why.append(String.join("; or ", absent));
      }
      why.append('.');
    }
    detail(s, why.toString());
  }

  /** Turn a description sentence into a clause: no final period, first letter lower case. */
  private static String clause(String description) {
    String d = description.strip();
    if (d.endsWith(".")) {
      d = d.substring(0, d.length() - 1);
    }
    if (d.length() > 1 && Character.isUpperCase(d.charAt(0)) && !Character.isUpperCase(d.charAt(1))) {
      d = d.substring(0, 1).toLowerCase(Locale.ROOT) + d.substring(1);
    }
    return d;
  }

  private static void heading(StringBuilder s, String title) {
    s.append(NL).append(title).append(':').append(NL);
  }

  private static void item(StringBuilder s, String text) {
    s.append("  - ").append(text).append(NL);
  }

  private static void detail(StringBuilder s, String text) {
    s.append("    ").append(text).append(NL);
  }
}
