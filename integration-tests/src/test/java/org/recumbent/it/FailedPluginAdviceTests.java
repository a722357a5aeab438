package org.recumbent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.ConditionAggregator;
import org.recumbent.core.SymptomReport;
import org.recumbent.spi.ConditionPlugin;
import org.recumbent.spi.ReliefTags;

/**
 * Regression: the aggregator once listed relief strategies in "avoid" from every loaded plugin's
 * catalogue, including plugins that failed on this report and plugins none of whose conditions is
 * likely. Found by the isolation and independence properties; the shrunk report is a child with
 * only {@code quality.burning} present (neuropathy reaches the caution threshold, and forbids heat).
 */
@DisplayName("Advice from a failed or unrelated plugin never appears under avoid")
class FailedPluginAdviceTests {

  private static final SymptomReport BURNING = SymptomReport.builder().age(0)
      .sex(org.recumbent.core.Sex.FEMALE).present("quality.burning").build();

  @Test
  @DisplayName("a plugin that failed leaves avoid unchanged")
  void failedPluginLeavesAvoidUnchanged() {
    List<ConditionPlugin> all = new ArrayList<>(ItAccess.installed());
    all.add(ItAccess.throwingWithForbiddenAdvice());
    ConditionAggregator withFaulty = ConditionAggregator.builder().addPlugins(all).build();
    AggregatedAssessment clean = ItAccess.aggregator().assess(BURNING);
    assertEquals(clean.avoid(), withFaulty.assess(BURNING).avoid());
  }

  @Test
  @DisplayName("an unrelated plugin leaves avoid unchanged for reports that do not use its feature")
  void unrelatedPluginLeavesAvoidUnchanged() {
    List<ConditionPlugin> all = new ArrayList<>(ItAccess.installed());
    all.add(ItAccess.unrelated(ReliefTags.HEAT));
    ConditionAggregator extended = ConditionAggregator.builder().addPlugins(all).build();
    assertEquals(ItAccess.aggregator().assess(BURNING).avoid(), extended.assess(BURNING).avoid());
  }
}
