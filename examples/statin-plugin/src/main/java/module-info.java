/**
 * An example third-party condition plugin: muscle aches linked to statin medicines.
 *
 * <p>It depends only on {@code recumbent-core} and is reached only through the SPI, so it
 * exports nothing.
 */
module org.example.statin {
  requires org.recumbent.core;
  requires static org.jspecify;

  provides org.recumbent.spi.ConditionPlugin with org.example.statin.StatinConditionPlugin;
}
