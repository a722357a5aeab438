package org.recumbent.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Vocabulary;
import org.recumbent.spi.ConditionPlugin;

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
   * Return whether a plugin can be scored through {@link #evaluate}: a rule-based plugin that does
   * not override {@code evaluate}, whose models read only features of the vocabulary (so its
   * assessments always pass the aggregator's checks).
   *
   * @param plugin the plugin
   * @param vocabulary the merged vocabulary
   * @return {@code true} if {@link #evaluate} gives what {@code plugin.evaluate} would
   */
  public abstract boolean isPlain(ConditionPlugin plugin, Vocabulary vocabulary);

  /**
   * Score a plain plugin: each condition's probability, in descriptor order, exactly as its
   * {@code evaluate} would report it, and whether each warning sign (in descriptor order) fires.
   *
   * @param plugin a plugin for which {@link #isPlain} is {@code true}
   * @param report the report
   * @param probabilities out: one per condition
   * @param fired out: one per warning sign
   */
  public abstract void evaluate(ConditionPlugin plugin, SymptomReport report, double[] probabilities, boolean[] fired);

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
