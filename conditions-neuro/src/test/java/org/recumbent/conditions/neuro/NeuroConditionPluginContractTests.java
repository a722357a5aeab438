package org.recumbent.conditions.neuro;

import org.recumbent.spi.ConditionPlugin;
import org.recumbent.tck.ConditionPluginContract;

class NeuroConditionPluginContractTests implements ConditionPluginContract {
  @Override public ConditionPlugin createPlugin() { return new NeuroConditionPlugin(); }
}
