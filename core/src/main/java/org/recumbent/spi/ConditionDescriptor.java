package org.recumbent.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.recumbent.core.Triage;

/**
 * One condition a plugin can judge: its id, name, codes, sources, the level of care it needs
 * when likely, and the kinds of relief that are unsafe for it.
 *
 * @since 0.1
 */
public final class ConditionDescriptor {

  /** Condition ids: the plugin id, a dot, and a lower-case name, such as {@code vascular.pad}. */
  public static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z0-9][a-z0-9_]*");

  private final String id;
  private final String name;
  private final String summary;
  private final Code icd10;
  private final Optional<Code> snomed;
  private final List<Source> sources;
  private final Triage triageWhenLikely;
  private final Source triageSource;
  private final Map<String, String> unsafeReliefTags;

  private ConditionDescriptor(Builder b) {
    this.id = b.id;
    this.name = b.name;
    this.summary = b.summary;
    this.icd10 = b.icd10;
    this.snomed = b.snomed;
    this.sources = List.copyOf(b.sources);
    this.triageWhenLikely = b.triageWhenLikely;
    this.triageSource = b.triageSource;
    this.unsafeReliefTags = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.unsafeReliefTags));
  }

  /**
   * Start describing a condition.
   *
   * @param id the condition id, such as {@code vascular.pad}; never {@code null}
   * @return a new builder; never {@code null}
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Return the condition id, such as {@code vascular.pad}. @return the id; never {@code null} */
  public String id() {
    return id;
  }

  /** Return the plain name a person reads. @return the name; never {@code null} */
  public String name() {
    return name;
  }

  /** Return one plain sentence on what the condition is. @return the summary; never {@code null} */
  public String summary() {
    return summary;
  }

  /** Return the ICD-10-CM code. @return the code; never {@code null} */
  public Code icd10() {
    return icd10;
  }

  /** Return the SNOMED CT code, if one is known. @return the code, or empty; never {@code null} */
  public Optional<Code> snomed() {
    return snomed;
  }

  /** Return the sources the condition's criteria come from. @return at least one; never {@code null} */
  public List<Source> sources() {
    return sources;
  }

  /**
   * Return the level of care a person needs when this condition is likely, before any warning
   * sign.
   *
   * @return the level; never {@code null}
   */
  public Triage triageWhenLikely() {
    return triageWhenLikely;
  }

  /** Return the source for {@link #triageWhenLikely()}. @return the source; never {@code null} */
  public Source triageSource() {
    return triageSource;
  }

  /**
   * Return the {@link ReliefTags} that are unsafe when this condition is likely, each with the
   * plain reason a person reads.
   *
   * @return tag to reason, in declaration order; never {@code null}
   */
  public Map<String, String> unsafeReliefTags() {
    return unsafeReliefTags;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConditionDescriptor d && d.id.equals(id) && d.name.equals(name)
        && d.summary.equals(summary) && d.icd10.equals(icd10) && d.snomed.equals(snomed)
        && d.sources.equals(sources) && d.triageWhenLikely == triageWhenLikely
        && d.triageSource.equals(triageSource) && d.unsafeReliefTags.equals(unsafeReliefTags);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, icd10, triageWhenLikely);
  }

  @Override
  public String toString() {
    return "ConditionDescriptor{" + id + ", " + name + "}";
  }

  /** Builds a {@link ConditionDescriptor}; {@link #build()} checks that every field is set. */
  public static final class Builder {
    private final String id;
    private String name;
    private String summary;
    private Code icd10;
    private Optional<Code> snomed = Optional.empty();
    private final List<Source> sources = new ArrayList<>();
    private Triage triageWhenLikely;
    private Source triageSource;
    private final Map<String, String> unsafeReliefTags = new LinkedHashMap<>();

    private Builder(String id) {
      requireNonNull(id, "id");
      checkArgument(ID.matcher(id).matches(),
          "condition id '%s' must look like 'plugin.name' in lower case (pattern %s)", id, ID);
      this.id = id;
    }

    /** Set the plain name. @param name never {@code null} @return this builder */
    public Builder name(String name) {
      this.name = requireNonNull(name, "name");
      return this;
    }

    /** Set the one-sentence plain summary. @param summary never {@code null} @return this builder */
    public Builder summary(String summary) {
      this.summary = requireNonNull(summary, "summary");
      return this;
    }

    /** Set the ICD-10-CM code. @param code never {@code null} @return this builder */
    public Builder icd10(Code code) {
      requireNonNull(code, "code");
      checkArgument(code.system() == Code.System.ICD10_CM, "icd10 needs an ICD-10-CM code: %s", code);
      this.icd10 = code;
      return this;
    }

    /** Set the SNOMED CT code. @param code never {@code null} @return this builder */
    public Builder snomed(Code code) {
      requireNonNull(code, "code");
      checkArgument(code.system() == Code.System.SNOMED_CT, "snomed needs a SNOMED CT code: %s", code);
      this.snomed = Optional.of(code);
      return this;
    }

    /** Add a source. @param source never {@code null} @return this builder */
    public Builder source(Source source) {
      sources.add(requireNonNull(source, "source"));
      return this;
    }

    /**
     * Set the level of care when this condition is likely.
     *
     * @param triage the level; never {@code null}
     * @param source why; never {@code null}
     * @return this builder
     */
    public Builder triageWhenLikely(Triage triage, Source source) {
      this.triageWhenLikely = requireNonNull(triage, "triage");
      this.triageSource = requireNonNull(source, "source");
      return this;
    }

    /**
     * Declare a kind of relief unsafe for this condition.
     *
     * @param reliefTag one of {@link ReliefTags}, or a tag of the plugin's own; never {@code null}
     * @param reason the plain reason a person reads; never {@code null} or blank
     * @return this builder
     */
    public Builder unsafeRelief(String reliefTag, String reason) {
      requireNonNull(reliefTag, "reliefTag");
      requireNonNull(reason, "reason");
      checkArgument(!reason.isBlank(), "condition %s: the reason relief '%s' is unsafe is blank", id, reliefTag);
      unsafeReliefTags.put(reliefTag, reason);
      return this;
    }

    /**
     * Build the descriptor.
     *
     * @return the descriptor; never {@code null}
     * @throws IllegalStateException if a required field is missing
     */
    public ConditionDescriptor build() {
      checkState(name != null && !name.isBlank(), "condition %s needs a name", id);
      checkState(summary != null && !summary.isBlank(), "condition %s needs a summary", id);
      checkState(icd10 != null, "condition %s needs an ICD-10-CM code", id);
      checkState(!sources.isEmpty(), "condition %s needs at least one source", id);
      checkState(triageWhenLikely != null, "condition %s needs triageWhenLikely", id);
      return new ConditionDescriptor(this);
    }
  }
}
