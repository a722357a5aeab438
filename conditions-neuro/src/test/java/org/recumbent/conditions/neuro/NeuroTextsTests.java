package org.recumbent.conditions.neuro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.tck.PluginTextsCheck;

@DisplayName("The texts of the neuro plugin")
class NeuroTextsTests {

  @Test
  @DisplayName("every text the descriptor shows a person is its key's value in neuro.properties, and every key is used")
  void everyTextComesFromTheFile() {
    PluginTextsCheck.assertTextsFromFile(new NeuroConditionPlugin().descriptor(),
        NeuroTextsTests.class.getResourceAsStream("neuro.properties"));
  }

  @Test
  @DisplayName("the loader sees the same keys as the file, and fails loudly on a missing key")
  void loaderFailsOnMissingKey() {
    assertEquals(PluginTextsCheck.read(NeuroTextsTests.class.getResourceAsStream("neuro.properties")).stringPropertyNames(),
        NeuroTexts.keys());
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> NeuroTexts.text("no.such.key"));
    assertTrue(e.getMessage().contains("no.such.key"), e.getMessage());
  }
}
