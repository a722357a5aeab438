package org.example.statin;

import org.recumbent.spi.ConditionPlugin;
import org.recumbent.tck.ConditionPluginContract;

class StatinConditionPluginContractTests implements ConditionPluginContract {
  @Override public ConditionPlugin createPlugin() { return new StatinConditionPlugin(); }
}
