package org.recumbent.spi;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one plugin concludes from a report: a score for each condition it judged, and the warning
 * signs that fired.
 *
 * @since 0.1
 */
public final class Assessment {

  private final List<ConditionScore> scores;
  private final List<FiredWarning> warnings;
  private final Optional<String> notApplicableReason;

  private Assessment(List<ConditionScore> scores, List<FiredWarning> warnings, Optional<String> reason) {
    this.scores = List.copyOf(scores);
    this.warnings = List.copyOf(warnings);
    this.notApplicableReason = reason;
  }

  /**
   * Return an assessment that judges nothing, for a report this plugin cannot judge.
   *
   * @param reason why; never {@code null}
   * @return the assessment; never {@code null}
   */
  public static Assessment notApplicable(String reason) {
    return new Assessment(List.of(), List.of(), Optional.of(requireNonNull(reason, "reason")));
  }

  /**
   * Return an assessment of the given scores and fired warnings.
   *
   * @param scores one score per judged condition; never {@code null}
   * @param warnings the warnings that fired; never {@code null}
   * @return the assessment; never {@code null}
   */
  public static Assessment of(List<ConditionScore> scores, List<FiredWarning> warnings) {
    return new Assessment(scores, warnings, Optional.empty());
  }

  /**
   * Start building an assessment.
   *
   * @return a new builder; never {@code null}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Return the scores. @return the scores; never {@code null} */
  public List<ConditionScore> scores() {
    return scores;
  }

  /** Return the fired warnings. @return the warnings; never {@code null} */
  public List<FiredWarning> warnings() {
    return warnings;
  }

  /** Return why nothing was judged, if so. @return the reason, or empty; never {@code null} */
  public Optional<String> notApplicableReason() {
    return notApplicableReason;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Assessment a && a.scores.equals(scores) && a.warnings.equals(warnings)
        && a.notApplicableReason.equals(notApplicableReason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scores, warnings, notApplicableReason);
  }

  @Override
  public String toString() {
    return "Assessment{scores=" + scores + ", warnings=" + warnings + "}";
  }

  /** Builds an {@link Assessment}. */
  public static final class Builder {
    private final List<ConditionScore> scores = new ArrayList<>();
    private final List<FiredWarning> warnings = new ArrayList<>();

    private Builder() {}

    /** Add a score. @param score never {@code null} @return this builder */
    public Builder score(ConditionScore score) {
      scores.add(requireNonNull(score, "score"));
      return this;
    }

    /**
     * Fire a warning.
     *
     * @param warningId the warning id; never {@code null}
     * @param triggeredBy the present findings that fired it; never {@code null}
     * @return this builder
     */
    public Builder warning(String warningId, List<String> triggeredBy) {
      warnings.add(new FiredWarning(warningId, triggeredBy));
      return this;
    }

    /** Build the assessment. @return the assessment; never {@code null} */
    public Assessment build() {
      return new Assessment(scores, warnings, Optional.empty());
    }
  }
}
