package org.recumbent.conditions.vascular;

import org.recumbent.spi.ConditionPlugin;
import org.recumbent.tck.ConditionPluginContract;

class VascularConditionPluginContractTests implements ConditionPluginContract {
  @Override public ConditionPlugin createPlugin() { return new VascularConditionPlugin(); }
}
