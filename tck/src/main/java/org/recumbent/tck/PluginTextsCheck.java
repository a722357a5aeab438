package org.recumbent.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.recumbent.core.Feature;
import org.recumbent.spi.ConditionDescriptor;
import org.recumbent.spi.PluginDescriptor;
import org.recumbent.spi.ReliefStrategy;
import org.recumbent.spi.WarningSign;

/**
 * Check that every text a plugin shows people comes from its properties file (read with
 * {@link org.recumbent.spi.support.PluginTexts}), under the key convention the built-in plugins use,
 * and that the file holds no unused key.
 *
 * <p>Keys are named after ids without the plugin prefix: {@code plugin.name};
 * {@code feature.<name>.question} and {@code .description}; {@code <condition>.name},
 * {@code .summary} and {@code .unsafe.<tag>}; {@code relief.<name>} and
 * {@code relief.<name>.unsafe.<condition id>}; {@code warning.<name>.message}, {@code .watchFor} and
 * {@code .unsafe.<tag>}.
 *
 * <pre>{@code
 * PluginTextsCheck.assertTextsFromFile(new MyConditionPlugin().descriptor(),
 *     MyTextsTests.class.getResourceAsStream("my.properties"));
 * }</pre>
 *
 * @since 0.1
 */
public final class PluginTextsCheck {

  private PluginTextsCheck() {}

  /**
   * Assert that every text the descriptor shows is non-blank and equals its key's value in the
   * file, and that every key in the file is shown somewhere in the descriptor.
   *
   * @param descriptor the plugin's descriptor; never {@code null}
   * @param file the properties file, read in UTF-8 and closed; {@code null} fails the check
   */
  public static void assertTextsFromFile(PluginDescriptor descriptor, @Nullable InputStream file) {
    Properties texts = read(file);
    Map<String, String> shown = textsByKey(descriptor);
    assertFalse(shown.isEmpty(), "the descriptor shows no text");
    shown.forEach((key, text) -> {
      assertFalse(text.isBlank(), key);
      assertEquals(texts.getProperty(key), text, key);
    });
    assertEquals(new TreeSet<>(texts.stringPropertyNames()), new TreeSet<>(shown.keySet()),
        "the file's keys and the keys the descriptor shows differ");
  }

  /**
   * Map each key the descriptor's ids name, by the convention above, to the text it shows.
   *
   * @param d the plugin's descriptor; never {@code null}
   * @return key to text, unmodifiable; never {@code null}
   */
  public static Map<String, String> textsByKey(PluginDescriptor d) {
    String prefix = d.id() + ".";
    Map<String, String> texts = new LinkedHashMap<>();
    put(texts, "plugin.name", d.displayName());
    for (Feature f : d.features()) {
      put(texts, "feature." + local(prefix, f.id()) + ".question", f.question());
      put(texts, "feature." + local(prefix, f.id()) + ".description", f.description());
    }
    for (ConditionDescriptor c : d.conditions()) {
      put(texts, local(prefix, c.id()) + ".name", c.name());
      put(texts, local(prefix, c.id()) + ".summary", c.summary());
      c.unsafeReliefTags().forEach((tag, reason) -> put(texts, local(prefix, c.id()) + ".unsafe." + tag, reason));
    }
    for (ReliefStrategy r : d.reliefStrategies()) {
      put(texts, "relief." + local(prefix, r.id()), r.text());
      r.unsafeWith().forEach((condition, reason) ->
          put(texts, "relief." + local(prefix, r.id()) + ".unsafe." + condition, reason));
    }
    for (WarningSign w : d.warningSigns()) {
      put(texts, "warning." + local(prefix, w.id()) + ".message", w.message());
      put(texts, "warning." + local(prefix, w.id()) + ".watchFor", w.watchFor());
      w.unsafeReliefTags().forEach((tag, reason) ->
          put(texts, "warning." + local(prefix, w.id()) + ".unsafe." + tag, reason));
    }
    return Collections.unmodifiableMap(texts);
  }

  /**
   * Read a properties file in UTF-8 and close it.
   *
   * @param file the file; {@code null} fails with a message saying it is missing
   * @return the properties; never {@code null}
   */
  public static Properties read(@Nullable InputStream file) {
    assertNotNull(file, "the texts file is missing: is it beside the class that reads it?");
    Properties p = new Properties();
    try (InputStream in = file) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  private static void put(Map<String, String> texts, String key, String text) {
    assertNull(texts.put(key, text), "two texts under one key: " + key);
  }

  private static String local(String prefix, String id) {
    assertTrue(id.startsWith(prefix), id);
    return id.substring(prefix.length());
  }
}
