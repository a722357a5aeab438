package org.recumbent.it;

import java.util.List;
import org.recumbent.core.ConditionAggregator;
import org.recumbent.spi.ConditionPlugin;

/** Gives the {@code tofix} tests the shared fixtures of this package. */
public final class ItAccess {

  private ItAccess() {}

  /** @return the installed plugins, discovered */
  public static List<ConditionPlugin> installed() {
    return Installed.plugins();
  }

  /** @return the aggregator of every installed plugin */
  public static ConditionAggregator aggregator() {
    return Installed.AGGREGATOR;
  }

  /** @return a plugin that throws, with advice tagged heat and leg elevation */
  public static ConditionPlugin throwingWithForbiddenAdvice() {
    return TestPlugins.throwing(true);
  }

  /**
   * @param adviceTag the tag of its one piece of advice
   * @return a well-behaved plugin about a feature no one else reads
   */
  public static ConditionPlugin unrelated(String adviceTag) {
    return new TestPlugins.Unrelated(adviceTag);
  }
}
