package org.recumbent.it;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ServiceLoader;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.ConditionAggregator;
import org.recumbent.spi.ConditionPlugin;

/** The plugins installed on the test class path, and aggregators built from them in any order. */
final class Installed {

  /** Red flags that DESIGN.md says need emergency care, at least. */
  static final List<String> EMERGENCY_RED_FLAGS = List.of(
      "redflag.sudden_cold_pale_painful_leg", "redflag.sudden_weakness_or_paralysis", "redflag.saddle_numbness",
      "redflag.bladder_bowel_change", "redflag.chest_pain_breathless", "redflag.one_leg_swollen_warm_red",
      "redflag.hot_swollen_joint");

  /** Discovered once; every plugin is stateless, so the instances are shared. */
  static final ConditionAggregator AGGREGATOR = ConditionAggregator.builder().discoverPlugins().build();
  /** The same, without ranking next questions, for properties that do not look at them (faster). */
  static final ConditionAggregator QUICK = ConditionAggregator.builder().discoverPlugins().nextQuestions(0).build();

  private Installed() {}

  static List<ConditionPlugin> plugins() {
    List<ConditionPlugin> out = new ArrayList<>();
    ServiceLoader.load(ConditionPlugin.class).forEach(out::add);
    return out;
  }

  static ConditionAggregator aggregator(List<? extends ConditionPlugin> plugins) {
    return ConditionAggregator.builder().addPlugins(plugins).build();
  }

  static List<ConditionPlugin> reversed(List<ConditionPlugin> plugins) {
    List<ConditionPlugin> out = new ArrayList<>(plugins);
    Collections.reverse(out);
    return out;
  }

  /** Every part of an assessment except the failed plugins. */
  static List<Object> withoutFailures(AggregatedAssessment a) {
    return List.of(a.triage(), a.triageMessage(), a.outOfScope(), a.differential(), a.warnings(), a.advice(),
        a.avoid(), a.watchFor(), a.nextQuestions(), a.notes(), a.disclaimer());
  }
}
