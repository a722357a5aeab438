package org.recumbent.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.recumbent.core.ConditionAggregator;
import org.recumbent.spi.ConditionPlugin;
import org.recumbent.spi.support.EvidenceModel;
import org.recumbent.spi.support.RuleBasedPlugin;

/**
 * The aggregators and evidence models every benchmark measures: the built-in plugins, found the
 * way an embedding application finds them.
 */
public final class Fixtures {

  /** The seven conditions of DESIGN.md that the built-in plugins judge. */
  public static final List<String> BUILT_IN_CONDITIONS = List.of(
      "vascular.pad", "vascular.cvi", "neuro.rls", "neuro.neuropathy",
      "musculoskeletal.cramps", "musculoskeletal.arthritis", "musculoskeletal.sciatica");

  private Fixtures() {}

  /**
   * Build an aggregator with every discovered plugin, as an application would.
   *
   * @param nextQuestions how many next questions each assessment carries
   * @return the aggregator; never {@code null}
   */
  public static ConditionAggregator aggregator(int nextQuestions) {
    return ConditionAggregator.builder().discoverPlugins().nextQuestions(nextQuestions).build();
  }

  /**
   * Build an aggregator with the default number of next questions.
   *
   * @return the aggregator; never {@code null}
   */
  public static ConditionAggregator defaultAggregator() {
    return ConditionAggregator.builder().discoverPlugins().build();
  }

  /**
   * Return the built-in conditions that no discovered plugin judges.
   *
   * @param aggregator the aggregator; never {@code null}
   * @return the missing condition ids; never {@code null}, empty when all seven are present
   */
  public static List<String> missingConditions(ConditionAggregator aggregator) {
    List<String> missing = new ArrayList<>();
    for (String id : BUILT_IN_CONDITIONS) {
      if (aggregator.condition(id).isEmpty()) {
        missing.add(id);
      }
    }
    return missing;
  }

  /**
   * Return the evidence model of every condition of every discovered rule-based plugin, in
   * plugin-id then descriptor order: the tables the floor scorer is built from.
   *
   * @return condition id to model; never {@code null}
   * @throws IllegalStateException if a discovered plugin is not rule-based, so has no tables to copy
   */
  public static Map<String, EvidenceModel> evidenceModels() {
    List<ConditionPlugin> plugins = new ArrayList<>();
    ServiceLoader.load(ConditionPlugin.class).forEach(plugins::add);
    plugins.sort((a, b) -> a.descriptor().id().compareTo(b.descriptor().id()));
    Map<String, EvidenceModel> out = new LinkedHashMap<>();
    for (ConditionPlugin p : plugins) {
      if (!(p instanceof RuleBasedPlugin rb)) {
        throw new IllegalStateException("plugin '" + p.descriptor().id()
            + "' is not a RuleBasedPlugin; the floor scorer can only copy evidence-model tables");
      }
      for (EvidenceModel m : rb.models()) {
        out.put(m.conditionId(), m);
      }
    }
    return out;
  }

  /**
   * Describe which built-in conditions are measured, for the benchmark logs.
   *
   * @param aggregator the aggregator; never {@code null}
   * @return a one-line summary; never {@code null}
   */
  public static String describe(ConditionAggregator aggregator) {
    List<String> missing = missingConditions(aggregator);
    return "plugins " + aggregator.plugins().size() + ", features " + aggregator.vocabulary().ids().size()
        + (missing.isEmpty() ? ", all 7 built-in conditions" : ", MISSING conditions " + missing);
  }
}
