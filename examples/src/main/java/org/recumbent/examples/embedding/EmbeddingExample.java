package org.recumbent.examples.embedding;

import java.io.PrintStream;
import org.recumbent.core.Advice;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.ConditionAggregator;
import org.recumbent.core.RankedCondition;
import org.recumbent.core.Sex;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Triage;

/**
 * Embedding Recumbent in a health app: build a report, assess it, read the level of care, the
 * most likely cause and the advice. Copy this class and adapt it.
 *
 * <p>Dependencies: {@code org.recumbent:recumbent-core} plus the condition modules you want
 * (for example {@code recumbent-conditions-vascular}); the aggregator finds them with
 * {@link java.util.ServiceLoader}.
 *
 * @since 0.1
 */
public final class EmbeddingExample {

  // 1. Build the aggregator once, when the app starts, and share it: it is immutable and
  //    thread-safe, and loading the plugins is the only slow part.
  private static final ConditionAggregator AGGREGATOR =
      ConditionAggregator.builder().discoverPlugins().build();

  private EmbeddingExample() {}

  /**
   * Assess an example report and print what an app would show.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    explain(assessExample(), System.out);
  }

  /**
   * Assess the story of a 67-year-old man who smokes: burning pain in the toes at night that
   * eases when he hangs his legs over the side of the bed.
   *
   * @return the assessment; never {@code null}
   */
  public static AggregatedAssessment assessExample() {
    // 2. Build a report from what the person told you. Anything you did not ask about stays
    //    unknown; "absent" is information, so record "no" answers too.
    SymptomReport report = SymptomReport.builder()
        .age(67)
        .sex(Sex.MALE)
        .present("timing.worse_lying_down", "relief.dangling_legs", "quality.burning",
            "location.feet_toes", "history.smoking")
        .absent("relief.walking_moving")
        .build();

    // 3. Assess it. This never throws because of a faulty plugin: a plugin that fails is left
    //    out and named in failedPlugins().
    return AGGREGATOR.assess(report);
  }

  /**
   * Print the parts of an assessment an app shows first.
   *
   * @param a the assessment; never {@code null}
   * @param out where to print; never {@code null}
   */
  public static void explain(AggregatedAssessment a, PrintStream out) {
    // 4. The level of care comes first, in the library's own plain words. Act on it before
    //    anything else: an emergency is never hidden behind advice.
    out.println("Level of care: " + a.triage() + " - " + a.triageMessage());
    if (a.triage().isAtLeast(Triage.EMERGENCY)) {
      out.println("Show the emergency message and a call button, and stop here.");
    }

    // 5. The most likely cause, with the findings that point to it (feature ids; the
    //    vocabulary has a plain description for each).
    a.topCondition().ifPresent((RankedCondition top) -> out.printf("Most likely: %s (%.0f%%), because of %s%n",
        top.name(), top.probability() * 100, top.supporting()));

    // 6. Advice that is safe for this person. Advice that a likely condition makes unsafe is
    //    never here: it is in avoid(), with the reason to show.
    for (Advice advice : a.advice()) {
      out.println("May help: " + advice.text());
    }
    a.avoid().forEach(av -> out.println("Avoid: " + av.text() + " Why: " + av.reason()));

    // 7. If a plugin failed, say that the answer may be incomplete.
    if (!a.failedPlugins().isEmpty()) {
      out.println("Some checks could not run: " + a.failedPlugins());
    }
    out.println(a.disclaimer());
  }
}
