package org.recumbent.conditions.vascular.internal;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The plain texts people read, from {@code vascular.properties} beside this class.
 *
 * <p>Texts live in a resource file rather than in code so that translators work on one file; the
 * file is read once, in UTF-8, when the class loads.
 *
 * @since 0.1
 */
public final class VascularTexts {

  private static final String RESOURCE = "vascular.properties";
  private static final Properties TEXTS = load();

  private VascularTexts() {}

  /**
   * Return the text for a key.
   *
   * @param key the key in {@code vascular.properties}; never {@code null}
   * @return the text; never {@code null} or blank
   * @throws IllegalStateException if the key is missing or blank, which is a packaging bug
   */
  public static String text(String key) {
    requireNonNull(key, "key");
    String value = TEXTS.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("vascular plugin: no text for '" + key + "' in " + RESOURCE);
    }
    return value;
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = VascularTexts.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("vascular plugin: " + RESOURCE + " is missing from the jar");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("vascular plugin: cannot read " + RESOURCE, e);
    }
    return p;
  }
}
