/**
 * Musculoskeletal condition plugin for Recumbent: night-time leg cramps, hip and knee
 * arthritis and sciatica, with the warning signs of cauda equina syndrome, nerve-root
 * compression, joint infection and injury.
 *
 * <p>The module exports nothing: it is reached only through the
 * {@link org.recumbent.spi.ConditionPlugin} service.
 *
 * @provides org.recumbent.spi.ConditionPlugin
 */
module org.recumbent.conditions.musculoskeletal {
  requires org.recumbent.core;

  provides org.recumbent.spi.ConditionPlugin
      with org.recumbent.conditions.musculoskeletal.MusculoskeletalConditionPlugin;
}
