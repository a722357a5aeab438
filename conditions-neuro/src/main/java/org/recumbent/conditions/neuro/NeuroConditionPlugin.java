package org.recumbent.conditions.neuro;

import java.util.List;
import org.recumbent.spi.PluginDescriptor;
import org.recumbent.spi.support.RuleBasedPlugin;

/**
 * The neurological condition plugin (id {@value #ID}): restless legs syndrome
 * ({@value #RLS}) and peripheral neuropathy ({@value #NEUROPATHY}), their warning signs (sudden
 * weakness or paralysis, new weakness with numbness, a foot wound that is not felt) and their
 * relief advice.
 *
 * <h2>Registration</h2>
 * Found by {@link java.util.ServiceLoader} through
 * {@code META-INF/services/org.recumbent.spi.ConditionPlugin} on the class path and through
 * {@code provides} in {@code module-info.java} on the module path; it can also be passed to
 * {@code ConditionAggregator.builder().addPlugin(new NeuroConditionPlugin())}.
 *
 * <h2>Threading</h2>
 * Stateless and immutable: one instance serves every report, from any number of threads.
 *
 * @since 0.1
 */
public final class NeuroConditionPlugin extends RuleBasedPlugin {

  /** The plugin id. */
  public static final String ID = "neuro";

  /** The condition id of restless legs syndrome. */
  public static final String RLS = RlsModel.ID;

  /** The condition id of peripheral neuropathy. */
  public static final String NEUROPATHY = NeuropathyModel.ID;

  /** The plugin version. */
  public static final String VERSION = "0.1.0";

  private static final PluginDescriptor DESCRIPTOR = describe();

  /** Create the plugin; called by {@link java.util.ServiceLoader}. */
  public NeuroConditionPlugin() {
    super(DESCRIPTOR, List.of(RlsModel.MODEL, NeuropathyModel.MODEL), NeuroWarnings.triggers());
  }

  private static PluginDescriptor describe() {
    PluginDescriptor.Builder b = PluginDescriptor.builder(ID)
        .displayName(NeuroTexts.text("plugin.name"))
        .version(VERSION)
        .condition(RlsModel.DESCRIPTOR)
        .condition(NeuropathyModel.DESCRIPTOR);
    NeuroRelief.ALL.forEach(b::reliefStrategy);
    NeuroWarnings.ALL.forEach(b::warningSign);
    return b.build();
  }
}
