package org.recumbent.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.recumbent.core.Feature;

/**
 * What a plugin publishes about itself: its id, name and version, the features it adds to the
 * vocabulary, and its catalogue of conditions, relief strategies and warning signs.
 *
 * <p>Validated when built: every id the plugin owns (features, conditions, strategies, warnings)
 * starts with the plugin id and a dot, and no id is declared twice.
 *
 * @since 0.1
 */
public final class PluginDescriptor {

  /** Plugin ids are lower-kebab, such as {@code vascular} or {@code statin-muscle}. */
  public static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final String id;
  private final String displayName;
  private final String version;
  private final int spiVersion;
  private final List<Feature> features;
  private final List<ConditionDescriptor> conditions;
  private final List<ReliefStrategy> reliefStrategies;
  private final List<WarningSign> warningSigns;

  private PluginDescriptor(Builder b) {
    this.id = b.id;
    this.displayName = b.displayName;
    this.version = b.version;
    this.spiVersion = b.spiVersion;
    this.features = List.copyOf(b.features);
    this.conditions = List.copyOf(b.conditions);
    this.reliefStrategies = List.copyOf(b.reliefStrategies);
    this.warningSigns = List.copyOf(b.warningSigns);
  }

  /**
   * Start describing a plugin.
   *
   * @param id the lower-kebab plugin id; never {@code null}
   * @return a new builder; never {@code null}
   * @throws IllegalArgumentException if the id is malformed
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Return the plugin id. @return the id; never {@code null} */
  public String id() {
    return id;
  }

  /** Return the display name. @return the name; never {@code null} */
  public String displayName() {
    return displayName;
  }

  /** Return the plugin's own version. @return the version; never {@code null} */
  public String version() {
    return version;
  }

  /**
   * Return the SPI version the plugin was written against; compared with
   * {@link ConditionPlugin#SPI_VERSION} when loaded (a mismatch is logged, not fatal).
   *
   * @return the SPI version
   */
  public int spiVersion() {
    return spiVersion;
  }

  /** Return the features this plugin adds. @return the features; never {@code null} */
  public List<Feature> features() {
    return features;
  }

  /** Return the conditions this plugin judges. @return at least one; never {@code null} */
  public List<ConditionDescriptor> conditions() {
    return conditions;
  }

  /** Return the relief strategies. @return the strategies; never {@code null} */
  public List<ReliefStrategy> reliefStrategies() {
    return reliefStrategies;
  }

  /** Return the warning signs. @return the warning signs; never {@code null} */
  public List<WarningSign> warningSigns() {
    return warningSigns;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PluginDescriptor d && d.id.equals(id) && d.displayName.equals(displayName)
        && d.version.equals(version) && d.spiVersion == spiVersion && d.features.equals(features)
        && d.conditions.equals(conditions) && d.reliefStrategies.equals(reliefStrategies)
        && d.warningSigns.equals(warningSigns);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version, conditions);
  }

  @Override
  public String toString() {
    return "PluginDescriptor{" + id + " " + version + "}";
  }

  /** Builds a {@link PluginDescriptor}; {@link #build()} validates the whole catalogue. */
  public static final class Builder {
    private final String id;
    private String displayName;
    private String version = "unversioned";
    private int spiVersion = ConditionPlugin.SPI_VERSION;
    private final List<Feature> features = new ArrayList<>();
    private final List<ConditionDescriptor> conditions = new ArrayList<>();
    private final List<ReliefStrategy> reliefStrategies = new ArrayList<>();
    private final List<WarningSign> warningSigns = new ArrayList<>();

    private Builder(String id) {
      requireNonNull(id, "id");
      checkArgument(ID.matcher(id).matches(),
          "plugin id '%s' must be lower-kebab, such as 'vascular' (pattern %s)", id, ID);
      this.id = id;
    }

    /** Set the display name. @param name never {@code null} @return this builder */
    public Builder displayName(String name) {
      this.displayName = requireNonNull(name, "name");
      return this;
    }

    /** Set the plugin version. @param version never {@code null} @return this builder */
    public Builder version(String version) {
      this.version = requireNonNull(version, "version");
      return this;
    }

    /** Set the SPI version the plugin targets. @param spiVersion the version @return this builder */
    public Builder spiVersion(int spiVersion) {
      this.spiVersion = spiVersion;
      return this;
    }

    /** Add features. @param list never {@code null} @return this builder */
    public Builder features(List<Feature> list) {
      features.addAll(list);
      return this;
    }

    /** Add a feature. @param feature never {@code null} @return this builder */
    public Builder feature(Feature feature) {
      features.add(requireNonNull(feature, "feature"));
      return this;
    }

    /** Add a condition. @param condition never {@code null} @return this builder */
    public Builder condition(ConditionDescriptor condition) {
      conditions.add(requireNonNull(condition, "condition"));
      return this;
    }

    /** Add a relief strategy. @param strategy never {@code null} @return this builder */
    public Builder reliefStrategy(ReliefStrategy strategy) {
      reliefStrategies.add(requireNonNull(strategy, "strategy"));
      return this;
    }

    /** Add a warning sign. @param warning never {@code null} @return this builder */
    public Builder warningSign(WarningSign warning) {
      warningSigns.add(requireNonNull(warning, "warning"));
      return this;
    }

    /**
     * Build and validate the descriptor.
     *
     * @return the descriptor; never {@code null}
     * @throws IllegalStateException if the catalogue is incomplete or an id is out of namespace
     *     or declared twice
     */
    public PluginDescriptor build() {
      checkState(displayName != null && !displayName.isBlank(), "plugin %s needs a display name", id);
      checkState(!conditions.isEmpty(), "plugin %s must describe at least one condition", id);
      Set<String> seen = new HashSet<>();
      String prefix = id + ".";
      for (Feature f : features) {
        checkState(f.id().startsWith(prefix),
            "plugin %s: feature '%s' must start with '%s'", id, f.id(), prefix);
        checkState(seen.add(f.id()), "plugin %s declares '%s' twice", id, f.id());
      }
      for (ConditionDescriptor c : conditions) {
        checkState(c.id().startsWith(prefix),
            "plugin %s: condition '%s' must start with '%s'", id, c.id(), prefix);
        checkState(seen.add(c.id()), "plugin %s declares '%s' twice", id, c.id());
      }
      for (ReliefStrategy r : reliefStrategies) {
        checkState(r.id().startsWith(prefix),
            "plugin %s: relief strategy '%s' must start with '%s'", id, r.id(), prefix);
        checkState(seen.add(r.id()), "plugin %s declares '%s' twice", id, r.id());
      }
      for (WarningSign w : warningSigns) {
        checkState(w.id().startsWith(prefix),
            "plugin %s: warning '%s' must start with '%s'", id, w.id(), prefix);
        checkState(seen.add(w.id()), "plugin %s declares '%s' twice", id, w.id());
      }
      return new PluginDescriptor(this);
    }
  }
}
