package org.recumbent.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One piece of relief advice, the conditions it helps, and the conditions that make it unsafe.
 *
 * <p>A strategy is unsafe when a likely condition is named in {@link #unsafeWith()}, or when a
 * likely condition declares one of this strategy's {@link #tags()} unsafe
 * ({@link ConditionDescriptor#unsafeReliefTags()}). Unsafe advice is never given; it is listed
 * under "avoid" with the reason.
 *
 * @since 0.1
 */
public final class ReliefStrategy {

  private final String id;
  private final String text;
  private final Set<String> forConditions;
  private final Set<String> tags;
  private final Map<String, String> unsafeWith;
  private final Source source;

  private ReliefStrategy(Builder b) {
    this.id = b.id;
    this.text = b.text;
    this.forConditions = Collections.unmodifiableSet(new LinkedHashSet<>(b.forConditions));
    this.tags = Collections.unmodifiableSet(new LinkedHashSet<>(b.tags));
    this.unsafeWith = Collections.unmodifiableMap(new LinkedHashMap<>(b.unsafeWith));
    this.source = b.source;
  }

  /**
   * Start describing a strategy.
   *
   * @param id the strategy id, namespaced by the plugin id, such as {@code vascular.hang_feet_down}
   * @return a new builder; never {@code null}
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Return the id. @return the id; never {@code null} */
  public String id() {
    return id;
  }

  /** Return the advice in plain words. @return the text; never {@code null} */
  public String text() {
    return text;
  }

  /** Return the ids of the conditions this helps. @return at least one id; never {@code null} */
  public Set<String> forConditions() {
    return forConditions;
  }

  /** Return what the strategy does, as {@link ReliefTags}. @return the tags; never {@code null} */
  public Set<String> tags() {
    return tags;
  }

  /**
   * Return the conditions, by id, that make this strategy unsafe, each with the plain reason.
   *
   * @return condition id to reason; never {@code null}
   */
  public Map<String, String> unsafeWith() {
    return unsafeWith;
  }

  /** Return where the advice comes from. @return the source; never {@code null} */
  public Source source() {
    return source;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReliefStrategy r && r.id.equals(id) && r.text.equals(text)
        && r.forConditions.equals(forConditions) && r.tags.equals(tags)
        && r.unsafeWith.equals(unsafeWith) && r.source.equals(source);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, text, forConditions, tags, unsafeWith, source);
  }

  @Override
  public String toString() {
    return "ReliefStrategy{" + id + "}";
  }

  /** Builds a {@link ReliefStrategy}. */
  public static final class Builder {
    private final String id;
    private String text;
    private final Set<String> forConditions = new LinkedHashSet<>();
    private final Set<String> tags = new LinkedHashSet<>();
    private final Map<String, String> unsafeWith = new LinkedHashMap<>();
    private Source source;

    private Builder(String id) {
      requireNonNull(id, "id");
      checkArgument(ConditionDescriptor.ID.matcher(id).matches(),
          "relief strategy id '%s' must look like 'plugin.name' in lower case", id);
      this.id = id;
    }

    /** Set the plain advice. @param text never {@code null} @return this builder */
    public Builder text(String text) {
      this.text = requireNonNull(text, "text");
      return this;
    }

    /** Add conditions this helps. @param conditionIds never {@code null} @return this builder */
    public Builder forConditions(String... conditionIds) {
      for (String c : conditionIds) {
        forConditions.add(requireNonNull(c, "conditionId"));
      }
      return this;
    }

    /** Add tags. @param reliefTags see {@link ReliefTags}; never {@code null} @return this builder */
    public Builder tags(String... reliefTags) {
      tags.addAll(List.of(reliefTags));
      return this;
    }

    /**
     * Name a condition that makes this strategy unsafe.
     *
     * @param conditionId the condition id; never {@code null}
     * @param reason the plain reason; never {@code null} or blank
     * @return this builder
     */
    public Builder unsafeWith(String conditionId, String reason) {
      requireNonNull(conditionId, "conditionId");
      requireNonNull(reason, "reason");
      checkArgument(!reason.isBlank(), "relief %s: blank reason for %s", id, conditionId);
      unsafeWith.put(conditionId, reason);
      return this;
    }

    /** Set the source. @param source never {@code null} @return this builder */
    public Builder source(Source source) {
      this.source = requireNonNull(source, "source");
      return this;
    }

    /**
     * Build the strategy.
     *
     * @return the strategy; never {@code null}
     * @throws IllegalStateException if text, conditions or source are missing
     */
    public ReliefStrategy build() {
      checkState(text != null && !text.isBlank(), "relief %s needs text", id);
      checkState(!forConditions.isEmpty(), "relief %s must name the conditions it helps", id);
      checkState(source != null, "relief %s needs a source", id);
      return new ReliefStrategy(this);
    }
  }
}
