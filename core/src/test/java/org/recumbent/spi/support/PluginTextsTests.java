package org.recumbent.spi.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PluginTextsTests {

  private static final Map<String, String> FILES = Map.of(
      "t.properties", "greeting=Hello\nfarewell=Goodbye, café\nblank= \n",
      "t_fr.properties", "greeting=Bonjour\n",
      "t_fr_CA.properties", "farewell=Salut\n");

  /** Serves the in-memory files above, as a plugin's class serves its own resources. */
  private static PluginTexts.Opener files() {
    return name -> {
      String content = FILES.get(name);
      return content == null ? null : new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    };
  }

  @Test
  @DisplayName("reads the base file in UTF-8")
  void base() {
    PluginTexts t = PluginTexts.load("test", "t", files());
    assertEquals("Hello", t.text("greeting"));
    assertEquals("Goodbye, café", t.text("farewell"));
    assertEquals(Set.of("greeting", "farewell", "blank"), t.keys());
  }

  @Test
  @DisplayName("a translation overrides the base file key by key, the country file last")
  void translation() {
    PluginTexts fr = PluginTexts.load("test", "t", Locale.FRENCH, files());
    assertEquals("Bonjour", fr.text("greeting"));
    assertEquals("Goodbye, café", fr.text("farewell"));
    PluginTexts ca = PluginTexts.load("test", "t", Locale.CANADA_FRENCH, files());
    assertEquals("Bonjour", ca.text("greeting"));
    assertEquals("Salut", ca.text("farewell"));
    assertEquals("Hello", PluginTexts.load("test", "t", Locale.GERMAN, files()).text("greeting"));
  }

  @Test
  @DisplayName("a missing or blank text, or a missing file, fails naming the plugin, key and file")
  void failsLoudly() {
    PluginTexts t = PluginTexts.load("test", "t", files());
    IllegalStateException missing = assertThrows(IllegalStateException.class, () -> t.text("nothing"));
    assertTrue(missing.getMessage().contains("test plugin") && missing.getMessage().contains("'nothing'")
        && missing.getMessage().contains("t.properties"), missing.getMessage());
    assertThrows(IllegalStateException.class, () -> t.text("blank"));
    IllegalStateException noFile = assertThrows(IllegalStateException.class,
        () -> PluginTexts.load("test", "absent", files()));
    assertTrue(noFile.getMessage().contains("absent.properties"), noFile.getMessage());
  }
}
