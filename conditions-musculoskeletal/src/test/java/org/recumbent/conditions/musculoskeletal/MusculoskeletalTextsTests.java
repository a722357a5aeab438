package org.recumbent.conditions.musculoskeletal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.core.Feature;
import org.recumbent.spi.ConditionDescriptor;
import org.recumbent.spi.PluginDescriptor;
import org.recumbent.spi.ReliefStrategy;
import org.recumbent.spi.WarningSign;

@DisplayName("The texts of the musculoskeletal plugin")
class MusculoskeletalTextsTests {

  private static final String PREFIX = MusculoskeletalConditionPlugin.ID + ".";

  private final PluginDescriptor descriptor = new MusculoskeletalConditionPlugin().descriptor();

  @Test
  @DisplayName("every text the descriptor shows a person is the value of its key in musculoskeletal.properties")
  void everyTextComesFromTheFile() throws IOException {
    Properties file = readFile();
    Map<String, String> shown = textsByKey(descriptor);
    assertFalse(shown.isEmpty());
    shown.forEach((key, text) -> {
      assertFalse(text.isBlank(), key);
      assertEquals(file.getProperty(key), text, key);
    });
  }

  @Test
  @DisplayName("every key in musculoskeletal.properties is shown somewhere in the descriptor")
  void everyKeyIsUsed() throws IOException {
    assertEquals(new TreeSet<>(readFile().stringPropertyNames()),
        new TreeSet<>(textsByKey(descriptor).keySet()));
  }

  @Test
  @DisplayName("the loader sees the same keys as the file, and fails loudly on a missing key")
  void loaderFailsOnMissingKey() throws IOException {
    assertEquals(readFile().stringPropertyNames(), MusculoskeletalTexts.keys());
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> MusculoskeletalTexts.text("no.such.key"));
    assertTrue(e.getMessage().contains("no.such.key"), e.getMessage());
  }

  /** Map each key the descriptor's ids name to the text the descriptor shows for it. */
  private static Map<String, String> textsByKey(PluginDescriptor d) {
    Map<String, String> texts = new LinkedHashMap<>();
    put(texts, "plugin.name", d.displayName());
    for (Feature f : d.features()) {
      put(texts, "feature." + local(f.id()) + ".question", f.question());
      put(texts, "feature." + local(f.id()) + ".description", f.description());
    }
    for (ConditionDescriptor c : d.conditions()) {
      put(texts, local(c.id()) + ".name", c.name());
      put(texts, local(c.id()) + ".summary", c.summary());
      c.unsafeReliefTags().forEach((tag, reason) -> put(texts, local(c.id()) + ".unsafe." + tag, reason));
    }
    for (ReliefStrategy r : d.reliefStrategies()) {
      put(texts, "relief." + local(r.id()), r.text());
      r.unsafeWith().forEach((condition, reason) ->
          put(texts, "relief." + local(r.id()) + ".unsafe." + condition, reason));
    }
    for (WarningSign w : d.warningSigns()) {
      put(texts, "warning." + local(w.id()) + ".message", w.message());
      put(texts, "warning." + local(w.id()) + ".watchFor", w.watchFor());
    }
    return texts;
  }

  private static void put(Map<String, String> texts, String key, String text) {
    assertNull(texts.put(key, text), "two texts under one key: " + key);
  }

  private static String local(String id) {
    assertTrue(id.startsWith(PREFIX), id);
    return id.substring(PREFIX.length());
  }

  private static Properties readFile() throws IOException {
    Properties p = new Properties();
    try (InputStream in = MusculoskeletalTextsTests.class.getResourceAsStream("musculoskeletal.properties")) {
      assertNotNull(in, "musculoskeletal.properties is not beside MusculoskeletalTexts");
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
