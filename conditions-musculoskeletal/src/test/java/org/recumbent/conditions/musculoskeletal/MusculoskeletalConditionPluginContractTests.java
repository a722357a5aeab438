package org.recumbent.conditions.musculoskeletal;

import org.recumbent.spi.ConditionPlugin;
import org.recumbent.tck.ConditionPluginContract;

class MusculoskeletalConditionPluginContractTests implements ConditionPluginContract {
  @Override public ConditionPlugin createPlugin() { return new MusculoskeletalConditionPlugin(); }
}
