package org.recumbent.conditions.vascular;

import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.ConditionAggregator;
import org.recumbent.core.RankedCondition;
import org.recumbent.core.SymptomReport;
import org.recumbent.spi.Assessment;
import org.recumbent.spi.ConditionScore;

/** Shared helpers for the story tests: one plugin, one aggregator built with only that plugin. */
final class Stories {

  static final VascularConditionPlugin PLUGIN = new VascularConditionPlugin();
  static final ConditionAggregator AGGREGATOR = ConditionAggregator.builder().addPlugin(PLUGIN).build();

  static final String PAD = "vascular.pad";
  static final String CVI = "vascular.cvi";

  private Stories() {}

  /** Return this plugin's probability for a condition. */
  static double probability(SymptomReport report, String conditionId) {
    Assessment a = PLUGIN.evaluate(report);
    for (ConditionScore s : a.scores()) {
      if (s.conditionId().equals(conditionId)) {
        return s.probability();
      }
    }
    throw new AssertionError("no score for " + conditionId + " in " + a);
  }

  /** Return the id of this plugin's most likely condition. */
  static String top(SymptomReport report) {
    ConditionScore best = null;
    for (ConditionScore s : PLUGIN.evaluate(report).scores()) {
      if (best == null || s.probability() > best.probability()) {
        best = s;
      }
    }
    if (best == null) {
      throw new AssertionError("no scores");
    }
    return best.conditionId();
  }

  /** Assess through the aggregator. */
  static AggregatedAssessment assess(SymptomReport report) {
    return AGGREGATOR.assess(report);
  }

  /** Describe an assessment's differential for failure messages. */
  static String describe(AggregatedAssessment a) {
    StringBuilder sb = new StringBuilder("triage " + a.triage() + ";");
    for (RankedCondition c : a.differential()) {
      sb.append(' ').append(c.condition()).append('=').append(c.probability());
    }
    a.warnings().forEach(w -> sb.append(" warning ").append(w.id()));
    return sb.toString();
  }
}
