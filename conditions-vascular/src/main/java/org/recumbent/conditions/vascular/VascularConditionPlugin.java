package org.recumbent.conditions.vascular;

import java.util.List;
import org.recumbent.conditions.vascular.internal.CviModel;
import org.recumbent.conditions.vascular.internal.PadModel;
import org.recumbent.conditions.vascular.internal.VascularRelief;
import org.recumbent.conditions.vascular.internal.VascularTexts;
import org.recumbent.conditions.vascular.internal.VascularWarnings;
import org.recumbent.spi.ConditionPlugin;
import org.recumbent.spi.PluginDescriptor;
import org.recumbent.spi.support.RuleBasedPlugin;

/**
 * The vascular condition plugin (id {@code vascular}): peripheral artery disease with ischemic
 * rest pain ({@code vascular.pad}) and chronic venous insufficiency ({@code vascular.cvi}), with
 * the warning signs of acute and critical limb ischemia, black tissue, deep vein thrombosis,
 * pulmonary embolism and a venous ulcer that does not heal.
 *
 * <p>Peripheral artery disease declares leg elevation, heat and compression unsafe, so that advice
 * of that kind from any plugin is withheld when arterial disease is possible.
 *
 * <h2>Construction and registration</h2>
 * Found by {@link java.util.ServiceLoader} through both {@code META-INF/services} and the module
 * descriptor; it can also be passed to
 * {@link org.recumbent.core.ConditionAggregator.Builder#addPlugin(ConditionPlugin)}.
 *
 * <h2>Threading</h2>
 * Immutable and stateless: one instance serves every report, from any thread.
 *
 * @since 0.1
 */
public final class VascularConditionPlugin extends RuleBasedPlugin {

  /** The plugin id. */
  public static final String ID = "vascular";

  /** The plugin version. */
  public static final String VERSION = "0.1.0";

  /** Create the plugin; its catalogue is built and validated here, once. */
  public VascularConditionPlugin() {
    super(descriptorOf(), List.of(PadModel.evidence(), CviModel.evidence()), VascularWarnings.triggers());
  }

  private static PluginDescriptor descriptorOf() {
    PluginDescriptor.Builder b = PluginDescriptor.builder(ID)
        .displayName(VascularTexts.text("plugin.name"))
        .version(VERSION)
        .spiVersion(ConditionPlugin.SPI_VERSION)
        .condition(PadModel.descriptor())
        .condition(CviModel.descriptor());
    VascularRelief.strategies().forEach(b::reliefStrategy);
    VascularWarnings.signs().forEach(b::warningSign);
    return b.build();
  }
}
