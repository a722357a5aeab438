/**
 * Recumbent condition plugin for the neurological causes of legs that ache when lying down:
 * restless legs syndrome and peripheral neuropathy.
 *
 * <p>Reached only through the SPI: no package is exported.
 *
 * @provides org.recumbent.spi.ConditionPlugin
 */
module org.recumbent.conditions.neuro {
  requires org.recumbent.core;

  provides org.recumbent.spi.ConditionPlugin
      with org.recumbent.conditions.neuro.NeuroConditionPlugin;
}
