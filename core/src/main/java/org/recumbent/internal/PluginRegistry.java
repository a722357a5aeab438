package org.recumbent.internal;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.recumbent.core.Feature;
import org.recumbent.core.PluginFailure;
import org.recumbent.core.Vocabulary;
import org.recumbent.spi.ConditionDescriptor;
import org.recumbent.spi.ConditionPlugin;
import org.recumbent.spi.PluginDescriptor;
import org.recumbent.spi.ReliefStrategy;
import org.recumbent.spi.WarningSign;

/**
 * Loads plugins once: reads and checks each descriptor, rejects id clashes, merges the
 * vocabulary, and records every plugin that could not be loaded.
 */
public final class PluginRegistry {

  static final System.Logger LOG = System.getLogger("org.recumbent");

  /** Stop discovery after this many consecutive {@link ServiceConfigurationError}s. */
  private static final int MAX_CONSECUTIVE_ERRORS = 10;

  private final List<LoadedPlugin> plugins;
  private final List<PluginFailure> loadFailures;
  private final Vocabulary vocabulary;
  private final Map<String, ConditionDescriptor> conditions = new HashMap<>();
  private final Map<String, WarningSign> warnings = new HashMap<>();
  private final Map<String, ReliefStrategy> strategies = new HashMap<>();

  private PluginRegistry(List<LoadedPlugin> plugins, List<PluginFailure> loadFailures, Vocabulary vocabulary) {
    this.plugins = List.copyOf(plugins);
    this.loadFailures = List.copyOf(loadFailures);
    this.vocabulary = vocabulary;
    for (LoadedPlugin p : plugins) {
      p.descriptor.conditions().forEach(c -> conditions.put(c.id(), c));
      p.descriptor.warningSigns().forEach(w -> warnings.put(w.id(), w));
      p.descriptor.reliefStrategies().forEach(r -> strategies.put(r.id(), r));
    }
  }

  /**
   * Discover plugins with {@link ServiceLoader}, robust per provider.
   *
   * @param loader the class loader, or null for the thread context class loader
   * @param failures where load failures are recorded
   * @return the plugins that could be instantiated
   */
  public static List<ConditionPlugin> discover(ClassLoader loader, List<PluginFailure> failures) {
    ServiceLoader<ConditionPlugin> sl = loader == null
        ? ServiceLoader.load(ConditionPlugin.class)
        : ServiceLoader.load(ConditionPlugin.class, loader);
    List<ConditionPlugin> found = new ArrayList<>();
    Iterator<ConditionPlugin> it = sl.iterator();
    int consecutiveErrors = 0;
    while (consecutiveErrors < MAX_CONSECUTIVE_ERRORS) {
      try {
        if (!it.hasNext()) {
          break;
        }
        found.add(it.next());
        consecutiveErrors = 0;
      } catch (ServiceConfigurationError e) {
        consecutiveErrors++;
        String message = "could not load a condition plugin: " + e.getMessage();
        LOG.log(Level.WARNING, message, e);
        failures.add(new PluginFailure(providerName(e), message));
      }
    }
    if (found.isEmpty()) {
      LOG.log(Level.WARNING, "no condition plugins found by ServiceLoader; add recumbent-conditions-* "
          + "modules to the class path or module path, or pass plugins explicitly (see README#no-plugins)");
    }
    return found;
  }

  private static String providerName(ServiceConfigurationError e) {
    String m = String.valueOf(e.getMessage());
    int i = m.indexOf("Provider ");
    if (i >= 0) {
      String rest = m.substring(i + "Provider ".length());
      int end = rest.indexOf(' ');
      return end > 0 ? rest.substring(0, end) : rest;
    }
    return "unknown-provider";
  }

  /**
   * Build a registry from candidate plugins.
   *
   * @param candidates the plugins, explicit ones first
   * @param failures load failures found so far; added to
   * @return the registry
   * @throws IllegalStateException if two plugins claim the same plugin, condition, feature,
   *     warning or relief id
   */
  public static PluginRegistry of(List<ConditionPlugin> candidates, List<PluginFailure> failures) {
    List<PluginFailure> allFailures = new ArrayList<>(failures);
    Map<String, LoadedPlugin> byId = new HashMap<>();
    Map<String, String> owner = new HashMap<>();
    List<LoadedPlugin> loaded = new ArrayList<>();
    for (ConditionPlugin p : candidates) {
      if (p == null) {
        allFailures.add(new PluginFailure("null", "a null plugin was supplied"));
        continue;
      }
      PluginDescriptor d;
      try {
        d = p.descriptor();
        if (d == null) {
          throw new IllegalStateException("descriptor() returned null");
        }
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable t) {
        String message = "plugin " + p.getClass().getName() + " has no usable descriptor: " + t;
        LOG.log(Level.WARNING, message, t);
        allFailures.add(new PluginFailure(p.getClass().getName(), message));
        continue;
      }
      LoadedPlugin existing = byId.get(d.id());
      if (existing != null) {
        if (existing.plugin.getClass() == p.getClass()) {
          LOG.log(Level.DEBUG, "plugin {0} supplied twice; keeping the first", d.id());
          continue;
        }
        throw new IllegalStateException("two plugins claim the id '" + d.id() + "': "
            + existing.plugin.getClass().getName() + " and " + p.getClass().getName()
            + " (see README#duplicate-plugin-id)");
      }
      if (d.spiVersion() != ConditionPlugin.SPI_VERSION) {
        LOG.log(Level.WARNING, "plugin {0} was built for SPI version {1}; this is version {2}",
            d.id(), d.spiVersion(), ConditionPlugin.SPI_VERSION);
      }
      for (Feature f : d.features()) {
        claim(owner, f.id(), d.id(), "feature");
      }
      for (ConditionDescriptor c : d.conditions()) {
        claim(owner, c.id(), d.id(), "condition");
      }
      for (WarningSign w : d.warningSigns()) {
        claim(owner, w.id(), d.id(), "warning");
      }
      for (ReliefStrategy r : d.reliefStrategies()) {
        claim(owner, r.id(), d.id(), "relief strategy");
      }
      LoadedPlugin lp = new LoadedPlugin(p, d);
      byId.put(d.id(), lp);
      loaded.add(lp);
    }
    loaded.sort(Comparator.comparing(LoadedPlugin::id));
    Vocabulary vocabulary = Vocabulary.standard();
    for (LoadedPlugin lp : loaded) {
      for (Feature f : lp.descriptor.features()) {
        if (vocabulary.contains(f.id())) {
          throw new IllegalStateException("plugin '" + lp.id() + "' declares feature '" + f.id()
              + "', which the standard vocabulary already defines");
        }
      }
      vocabulary = vocabulary.with(lp.descriptor.features());
      LOG.log(Level.DEBUG, "loaded condition plugin {0} ({1}, {2})", lp.id(), lp.descriptor.version(),
          lp.plugin.getClass().getName());
    }
    return new PluginRegistry(loaded, allFailures, vocabulary);
  }

  private static void claim(Map<String, String> owner, String id, String pluginId, String kind) {
    String previous = owner.putIfAbsent(id, pluginId);
    if (previous != null) {
      throw new IllegalStateException("id clash: " + kind + " '" + id + "' is claimed by plugins '"
          + previous + "' and '" + pluginId + "' (see README#id-clash)");
    }
  }

  /** @return the loaded plugins, sorted by id */
  public List<LoadedPlugin> plugins() {
    return plugins;
  }

  /** @return plugins that could not be loaded */
  public List<PluginFailure> loadFailures() {
    return loadFailures;
  }

  /** @return the merged vocabulary */
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** @return condition id to descriptor */
  public Map<String, ConditionDescriptor> conditions() {
    return conditions;
  }

  /** @return warning id to warning sign */
  public Map<String, WarningSign> warnings() {
    return warnings;
  }

  /** @return relief id to strategy */
  public Map<String, ReliefStrategy> strategies() {
    return strategies;
  }
}
