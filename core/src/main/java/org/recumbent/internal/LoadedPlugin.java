package org.recumbent.internal;

import java.util.HashSet;
import java.util.Set;
import org.recumbent.spi.ConditionDescriptor;
import org.recumbent.spi.ConditionPlugin;
import org.recumbent.spi.PluginDescriptor;
import org.recumbent.spi.WarningSign;

/** A plugin that loaded, with its descriptor read once and its id sets precomputed. */
public final class LoadedPlugin {
  final ConditionPlugin plugin;
  final PluginDescriptor descriptor;
  final Set<String> conditionIds = new HashSet<>();
  final Set<String> warningIds = new HashSet<>();

  LoadedPlugin(ConditionPlugin plugin, PluginDescriptor descriptor) {
    this.plugin = plugin;
    this.descriptor = descriptor;
    for (ConditionDescriptor c : descriptor.conditions()) {
      conditionIds.add(c.id());
    }
    for (WarningSign w : descriptor.warningSigns()) {
      warningIds.add(w.id());
    }
  }

  /** @return the plugin */
  public ConditionPlugin plugin() {
    return plugin;
  }

  /** @return the descriptor */
  public PluginDescriptor descriptor() {
    return descriptor;
  }

  /** @return the plugin id */
  public String id() {
    return descriptor.id();
  }
}
