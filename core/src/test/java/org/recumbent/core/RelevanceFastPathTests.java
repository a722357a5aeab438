package org.recumbent.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.internal.FeatureRelevance;
import org.recumbent.internal.PluginRegistry;
import org.recumbent.spi.ConditionPlugin;

/**
 * The probe that finds which plugins read which features takes a plain rule-based plugin's word
 * for what it reads and runs only its triggers; the same plugins behind a wrapper (not rule-based)
 * are probed in full. Both must find the same readers, escalations and warning groups.
 */
@DisplayName("The relevance probe's shortcut for rule-based plugins")
class RelevanceFastPathTests {

  @Test
  @DisplayName("finds the same readers, escalations and warning groups as probing every plugin in full")
  void sameAsGeneralPath() {
    List<ConditionPlugin> plugins = new ArrayList<>(PlainPlugins.all());
    List<ConditionPlugin> wrapped = new ArrayList<>();
    for (ConditionPlugin p : plugins) {
      wrapped.add(new PlainPlugins.Wrapped(p));
    }
    FeatureRelevance fast = FeatureRelevance.probe(PluginRegistry.of(plugins, List.of()));
    FeatureRelevance general = FeatureRelevance.probe(PluginRegistry.of(wrapped, List.of()));
    assertEquals(general.features(), fast.features());
    int read = 0;
    int escalating = 0;
    for (int i = 0; i < fast.features().size(); i++) {
      String id = fast.features().get(i).id();
      assertArrayEquals(general.readers(i), fast.readers(i), id);
      assertEquals(general.escalation(i), fast.escalation(i), id);
      read += fast.isRelevant(i) ? 1 : 0;
      escalating += fast.escalation(i) != null ? 1 : 0;
    }
    assertEquals(general.warningGroups().size(), fast.warningGroups().size());
    for (int g = 0; g < fast.warningGroups().size(); g++) {
      assertArrayEquals(general.warningGroups().get(g), fast.warningGroups().get(g), "group " + g);
    }
    // The fixtures reach every part of the table.
    assertTrue(read > 20, "features read: " + read);
    assertTrue(escalating > 3, "features that escalate: " + escalating);
    assertTrue(!fast.warningGroups().isEmpty(), "no warning group");
  }
}
