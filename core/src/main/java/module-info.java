/**
 * Recumbent core: the symptom model, the standard vocabulary, the condition-plugin SPI, the
 * aggregator that turns a report into one assessment, the interview and the JSON wire format.
 *
 * @uses org.recumbent.spi.ConditionPlugin
 */
module org.recumbent.core {
  requires static transitive org.jspecify;
  requires com.google.common;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;

  exports org.recumbent.core;
  exports org.recumbent.spi;
  exports org.recumbent.spi.support;
  exports org.recumbent.json;

  uses org.recumbent.spi.ConditionPlugin;
}
