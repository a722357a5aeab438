package org.recumbent.tck;

import org.junit.jupiter.api.DisplayName;
import org.recumbent.spi.ConditionPlugin;

@DisplayName("A plugin that keeps the contract")
class WellBehavedPluginContractTests implements ConditionPluginContract {
  @Override
  public ConditionPlugin createPlugin() {
    return new WellBehavedPlugin();
  }
}
