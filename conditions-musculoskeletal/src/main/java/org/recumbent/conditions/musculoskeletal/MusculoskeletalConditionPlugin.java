package org.recumbent.conditions.musculoskeletal;

import java.util.List;
import org.recumbent.spi.ConditionPlugin;
import org.recumbent.spi.PluginDescriptor;
import org.recumbent.spi.support.RuleBasedPlugin;

/**
 * Judge the musculoskeletal causes of legs that ache when lying down: night-time leg cramps
 * ({@code musculoskeletal.cramps}), hip or knee arthritis ({@code musculoskeletal.arthritis}) and
 * sciatica ({@code musculoskeletal.sciatica}), and watch for cauda equina syndrome, nerve-root
 * weakness, an infected joint, infection, serious back pain and injury.
 *
 * <h2>Construction and registration</h2>
 * Found by {@link java.util.ServiceLoader} through both
 * {@code META-INF/services/org.recumbent.spi.ConditionPlugin} and the {@code provides} clause of
 * this module; it can also be passed to
 * {@link org.recumbent.core.ConditionAggregator.Builder#addPlugin(ConditionPlugin)}.
 *
 * <h2>Threading</h2>
 * Stateless and immutable: one instance serves any number of threads.
 *
 * @since 0.1
 */
public final class MusculoskeletalConditionPlugin extends RuleBasedPlugin {

  /** The plugin id; every id this plugin owns starts with it and a dot. */
  public static final String ID = "musculoskeletal";

  /** The version of this plugin's medical content. */
  public static final String VERSION = "0.1.0";

  private static final PluginDescriptor DESCRIPTOR = describe();

  /** Create the plugin; called by {@link java.util.ServiceLoader}. */
  public MusculoskeletalConditionPlugin() {
    super(DESCRIPTOR,
        List.of(CrampModel.MODEL, ArthritisModel.MODEL, SciaticaModel.MODEL),
        MusculoskeletalWarnings.triggers());
  }

  private static PluginDescriptor describe() {
    PluginDescriptor.Builder b = PluginDescriptor.builder(ID)
        .displayName(MusculoskeletalTexts.text("plugin.name"))
        .version(VERSION)
        .feature(MusculoskeletalWarnings.UNEXPLAINED_WEIGHT_LOSS)
        .condition(CrampModel.DESCRIPTOR)
        .condition(ArthritisModel.DESCRIPTOR)
        .condition(SciaticaModel.DESCRIPTOR);
    MusculoskeletalRelief.ALL.forEach(b::reliefStrategy);
    MusculoskeletalWarnings.ALL.forEach(b::warningSign);
    return b.build();
  }
}
