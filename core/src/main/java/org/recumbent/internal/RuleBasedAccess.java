package org.recumbent.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Vocabulary;
import org.recumbent.spi.ConditionPlugin;
import org.recumbent.spi.FiredWarning;

/**
 * Lets the interview planner score a {@link org.recumbent.spi.support.RuleBasedPlugin} without
 * building its {@link org.recumbent.spi.Assessment}: the planner needs only each condition's
 * probability and which warnings fire, for two hypothetical answers per candidate question. Set
 * once by {@code RuleBasedPlugin} when that class is initialised (so it is set whenever such a
 * plugin exists); this package is not exported. The assessment engine uses it too, to take a plain
 * plugin's results straight into the differential without the plugin's own result objects.
 */
public abstract class RuleBasedAccess {

  private static volatile @Nullable RuleBasedAccess instance;

  /**
   * Install the access; only the first call counts.
   *
   * @param access the access
   */
  public static synchronized void install(RuleBasedAccess access) {
    if (instance == null) {
      instance = access;
    }
  }

  static @Nullable RuleBasedAccess get() {
    return instance;
  }

  /**
   * Return whether a plugin can be scored through {@link #assess} and {@link #toggles}: a
   * rule-based plugin that does not override {@code evaluate}, whose models read only features of
   * the vocabulary (so its assessments always pass the aggregator's checks).
   *
   * @param plugin the plugin
   * @param vocabulary the merged vocabulary
   * @return {@code true} if {@link #assess} and {@link #toggles} give what {@code plugin.evaluate}
   *     would
   */
  public abstract boolean isPlain(ConditionPlugin plugin, Vocabulary vocabulary);

  /**
   * Return whether a loaded plugin is {@link #isPlain plain} and every condition and warning sign
   * it declares is the registry's: what the assessment engine's and the relevance probe's
   * shortcuts require.
   *
   * @param lp the plugin, loaded into {@code registry}
   * @param registry the registry
   * @return {@code true} if both shortcuts may take it
   */
  public final boolean isPlainIn(LoadedPlugin lp, PluginRegistry registry) {
    for (var c : lp.descriptor.conditions()) {
      if (!registry.conditions().containsKey(c.id())) {
        return false;
      }
    }
    for (var w : lp.descriptor.warningSigns()) {
      if (!registry.warnings().containsKey(w.id())) {
        return false;
      }
    }
    return isPlain(lp.plugin, registry.vocabulary());
  }

  /**
   * Score a plain plugin with its explanations, as its {@code evaluate} would, handing each result
   * to a sink instead of building {@link org.recumbent.spi.ConditionScore}s and an assessment.
   *
   * @param plugin a plugin for which {@link #isPlain} is {@code true}
   * @param report the report
   * @param sink receives every condition (in descriptor order) and every warning that fires (in
   *     descriptor order)
   */
  public abstract void assess(ConditionPlugin plugin, SymptomReport report, Sink sink);

  /**
   * Return the warnings a plain plugin's {@code evaluate} would give on a report (the same list, in
   * the same order), without scoring its conditions.
   *
   * @param plugin a plugin for which {@link #isPlain} is {@code true}
   * @param report the report
   * @return the fired warnings, in descriptor order
   */
  public abstract List<FiredWarning> warnings(ConditionPlugin plugin, SymptomReport report);

  /**
   * Build, once, the tables with which {@link Toggles} scores a plain plugin for one answer more
   * without evaluating it again in full.
   *
   * @param plugin a plugin for which {@link #isPlain} is {@code true}
   * @param featureNumbers the {@link FeatureIndex} number of each feature the caller will toggle
   *     (by the caller's index), or -1 for an id that has none
   * @return the tables
   */
  public abstract Toggles toggles(ConditionPlugin plugin, int[] featureNumbers);

  /**
   * Scores a plain plugin on a report and then on that report with one more answer, exactly as
   * the plugin's {@code evaluate} would score each (the same numbers, bit for bit), recomputing
   * only the criteria and triggers that read the answered feature. Immutable tables, built once; the
   * per-report state lives in the caller's arrays.
   */
  public abstract static class Toggles {

    /**
     * Return how many doubles of working space {@link #base} keeps for one report.
     *
     * @return the size
     */
    public abstract int workSize();

    /**
     * Return how many bytes of working space {@link #base} keeps for one report.
     *
     * @return the size
     */
    public abstract int kindsSize();

    /**
     * Return the ids of every feature the plugin reads, its models' and its triggers'.
     *
     * @return the ids; the caller must not change the array
     */
    public abstract String[] ids();

    /**
     * Return the {@link FeatureIndex} numbers of {@link #ids}, in the same order.
     *
     * @return the numbers; the caller must not change the array
     */
    public abstract int[] numbers();

    /**
     * Return the conditions (by their place in the descriptor) whose model reads a feature.
     *
     * @param feature the caller's index of the feature
     * @return the places, ascending; the caller must not change the array
     */
    public abstract int[] models(int feature);

    /**
     * Return the warning signs (by their place in the descriptor) whose trigger reads a feature.
     *
     * @param feature the caller's index of the feature
     * @return the places, ascending; the caller must not change the array
     */
    public abstract int[] triggers(int feature);

    /**
     * Score a report as the plugin's {@code evaluate} does, keeping what each criterion contributed.
     *
     * @param report the report
     * @param states the report's answers by feature number ({@link ReportStates#PRESENT},
     *     {@link ReportStates#ABSENT}, anything else unknown), at least at every one of {@link #numbers}
     * @param work out: {@link #workSize} doubles from {@code offset}
     * @param offset where this plugin's working space starts
     * @param kinds out: {@link #kindsSize} bytes from {@code kindsOffset}
     * @param kindsOffset where this plugin's working bytes start
     * @param probabilities out: one per condition
     * @param fired out: one per warning sign
     */
    public abstract void base(SymptomReport report, byte[] states, double[] work, int offset, byte[] kinds,
        int kindsOffset, double[] probabilities, boolean[] fired);

    /**
     * Score the report of the last {@link #base} with {@code states} changed at one feature only.
     *
     * @param feature the caller's index of the changed feature
     * @param report the report of {@link #base}, to read any feature the states do not have
     * @param states as given to {@link #base}, changed at that feature's number only
     * @param work as {@link #base} left it
     * @param offset as given to {@link #base}
     * @param kinds as {@link #base} left it
     * @param kindsOffset as given to {@link #base}
     * @param probabilities out: the probability of each condition of {@link #models}{@code (feature)}, in that order
     * @param fired out: whether each warning sign of {@link #triggers}{@code (feature)} fires, in that order
     */
    public abstract void toggle(int feature, SymptomReport report, byte[] states, double[] work, int offset,
        byte[] kinds, int kindsOffset, double[] probabilities, boolean[] fired);
  }

  /** Receives a plain plugin's results, in the order and with the values its assessment would hold. */
  public interface Sink {
    /**
     * Take one condition's score.
     *
     * @param index the condition's place in the plugin's descriptor
     * @param probability the probability, as its {@code ConditionScore} would hold it
     * @param supporting the supporting findings, an immutable list
     * @param conflicting the conflicting findings, an immutable list
     */
    void condition(int index, double probability, List<String> supporting, List<String> conflicting);

    /**
     * Take one warning that fired.
     *
     * @param index the warning sign's place in the plugin's descriptor
     * @param firedBy the present findings that fired it, an immutable list
     */
    void warning(int index, List<String> firedBy);
  }
}
