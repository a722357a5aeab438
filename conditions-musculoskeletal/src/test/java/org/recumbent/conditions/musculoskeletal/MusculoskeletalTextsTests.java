package org.recumbent.conditions.musculoskeletal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.tck.PluginTextsCheck;

@DisplayName("The texts of the musculoskeletal plugin")
class MusculoskeletalTextsTests {

  @Test
  @DisplayName("every text the descriptor shows a person is its key's value in musculoskeletal.properties, and every key is used")
  void everyTextComesFromTheFile() {
    PluginTextsCheck.assertTextsFromFile(new MusculoskeletalConditionPlugin().descriptor(),
        MusculoskeletalTextsTests.class.getResourceAsStream("musculoskeletal.properties"));
  }

  @Test
  @DisplayName("the loader sees the same keys as the file, and fails loudly on a missing key")
  void loaderFailsOnMissingKey() {
    assertEquals(PluginTextsCheck.read(MusculoskeletalTextsTests.class.getResourceAsStream("musculoskeletal.properties")).stringPropertyNames(),
        MusculoskeletalTexts.keys());
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> MusculoskeletalTexts.text("no.such.key"));
    assertTrue(e.getMessage().contains("no.such.key"), e.getMessage());
  }
}
