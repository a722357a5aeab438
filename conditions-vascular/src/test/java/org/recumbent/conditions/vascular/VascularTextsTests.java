package org.recumbent.conditions.vascular;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.conditions.vascular.internal.VascularTexts;
import org.recumbent.tck.PluginTextsCheck;

@DisplayName("The texts of the vascular plugin")
class VascularTextsTests {

  @Test
  @DisplayName("every text the descriptor shows a person is its key's value in vascular.properties, and every key is used")
  void everyTextComesFromTheFile() {
    PluginTextsCheck.assertTextsFromFile(new VascularConditionPlugin().descriptor(),
        VascularTexts.class.getResourceAsStream("vascular.properties"));
  }
}
