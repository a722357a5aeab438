package org.recumbent.spi.support;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The plain texts a plugin shows people, read once from a properties file in the plugin's own jar,
 * so that a translation is a file, not a code change.
 *
 * <p>The file is read in UTF-8. With a locale, {@code <base>_<language>.properties} and
 * {@code <base>_<language>_<COUNTRY>.properties}, when present, override the base file key by key;
 * the JVM's default locale is never consulted. A missing or blank text is a packaging bug and fails
 * loudly, naming the plugin, the key and the file.
 *
 * <p>The plugin opens the files itself, through an {@link Opener} such as
 * {@code MyTexts.class::getResourceAsStream}, so resources in its module's own packages stay
 * encapsulated:
 *
 * <pre>{@code
 * private static final PluginTexts TEXTS =
 *     PluginTexts.load("vascular", "vascular", VascularTexts.class::getResourceAsStream);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PluginTexts {

  /** Opens a resource of the plugin by name, from the plugin's own code. */
  @FunctionalInterface
  public interface Opener {
    /**
     * Open a resource.
     *
     * @param name the resource name, such as {@code vascular.properties}; never {@code null}
     * @return the stream, or {@code null} when there is no such resource
     * @throws IOException if it cannot be opened
     */
    @Nullable InputStream open(String name) throws IOException;
  }

  private final String pluginId;
  private final String resource;
  private final Properties texts;

  private PluginTexts(String pluginId, String resource, Properties texts) {
    this.pluginId = pluginId;
    this.resource = resource;
    this.texts = texts;
  }

  /**
   * Read {@code <baseName>.properties}.
   *
   * @param pluginId the plugin id, for error messages; never {@code null}
   * @param baseName the file name without {@code .properties}; never {@code null}
   * @param opener opens the plugin's resources; never {@code null}
   * @return the texts; never {@code null}
   * @throws IllegalStateException if the file is missing
   * @throws UncheckedIOException if it cannot be read
   */
  public static PluginTexts load(String pluginId, String baseName, Opener opener) {
    return load(pluginId, baseName, Locale.ROOT, opener);
  }

  /**
   * Read {@code <baseName>.properties}, overridden by the files for a locale where present.
   *
   * @param pluginId the plugin id, for error messages; never {@code null}
   * @param baseName the file name without {@code .properties}; never {@code null}
   * @param locale the locale; never {@code null}
   * @param opener opens the plugin's resources; never {@code null}
   * @return the texts; never {@code null}
   * @throws IllegalStateException if the base file is missing
   * @throws UncheckedIOException if a file cannot be read
   */
  public static PluginTexts load(String pluginId, String baseName, Locale locale, Opener opener) {
    requireNonNull(pluginId, "pluginId");
    requireNonNull(baseName, "baseName");
    requireNonNull(locale, "locale");
    requireNonNull(opener, "opener");
    String resource = baseName + ".properties";
    Properties texts = new Properties();
    read(pluginId, texts, resource, opener, true);
    if (!locale.getLanguage().isEmpty()) {
      read(pluginId, texts, baseName + "_" + locale.getLanguage() + ".properties", opener, false);
      if (!locale.getCountry().isEmpty()) {
        read(pluginId, texts, baseName + "_" + locale.getLanguage() + "_" + locale.getCountry() + ".properties",
            opener, false);
      }
    }
    return new PluginTexts(pluginId, resource, texts);
  }

  private static void read(String pluginId, Properties into, String name, Opener opener, boolean required) {
    try (InputStream in = opener.open(name)) {
      if (in == null) {
        if (required) {
          throw new IllegalStateException(pluginId + " plugin: " + name + " is missing from the jar");
        }
        return;
      }
      into.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(pluginId + " plugin: cannot read " + name, e);
    }
  }

  /**
   * Return the text for a key.
   *
   * @param key the key; never {@code null}
   * @return the text; never {@code null} or blank
   * @throws IllegalStateException if the key is missing or blank, which is a packaging bug
   */
  public String text(String key) {
    requireNonNull(key, "key");
    String value = texts.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(pluginId + " plugin: no text for '" + key + "' in " + resource);
    }
    return value;
  }

  /**
   * Return every key.
   *
   * @return the keys, unmodifiable; never {@code null}
   */
  public Set<String> keys() {
    return Collections.unmodifiableSet(texts.stringPropertyNames());
  }
}
