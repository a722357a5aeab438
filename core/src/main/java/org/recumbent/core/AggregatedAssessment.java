package org.recumbent.core;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.recumbent.internal.AssessmentAccess;
import org.recumbent.internal.EncodedTexts;
import org.recumbent.internal.FrozenList;

/**
 * The one answer for a report: the triage level, the ranked differential, the warning signs that
 * fired, safe advice, advice to avoid and why, what to watch for, the next questions worth asking,
 * the plugins that failed, and the disclaimer.
 *
 * <p>Immutable. Built by {@link ConditionAggregator#assess(SymptomReport)}, or read from JSON.
 *
 * @since 0.1
 */
public final class AggregatedAssessment {

  /** The wire-format schema version this class represents. */
  public static final int SCHEMA_VERSION = 1;

  private final Triage triage;
  private final String triageMessage;
  private final boolean outOfScope;
  private final List<RankedCondition> differential;
  private final List<Warning> warnings;
  private final List<Advice> advice;
  private final List<AvoidedAdvice> avoid;
  private final List<WatchFor> watchFor;
  private final List<Question> nextQuestions;
  private final List<PluginFailure> failedPlugins;
  private final List<String> notes;
  private final String disclaimer;
  /** The engine's texts, encoded for the UTF-8 writer; not part of the value. */
  private final EncodedTexts texts;

  static {
    AssessmentAccess.install(new Access());
  }

  private AggregatedAssessment(Builder b) {
    this(b.triage, b.triageMessage, b.outOfScope, b.differential, b.warnings, b.advice, b.avoid, b.watchFor,
        b.nextQuestions, b.failedPlugins, b.notes, b.disclaimer, EncodedTexts.none());
  }

  private AggregatedAssessment(Triage triage, String triageMessage, boolean outOfScope,
      List<RankedCondition> differential, List<Warning> warnings, List<Advice> advice, List<AvoidedAdvice> avoid,
      List<WatchFor> watchFor, List<Question> nextQuestions, List<PluginFailure> failedPlugins, List<String> notes,
      String disclaimer, EncodedTexts texts) {
    this.triage = triage;
    this.triageMessage = triageMessage;
    this.outOfScope = outOfScope;
    this.differential = differential;
    this.warnings = warnings;
    this.advice = advice;
    this.avoid = avoid;
    this.watchFor = watchFor;
    this.nextQuestions = nextQuestions;
    this.failedPlugins = failedPlugins;
    this.notes = notes;
    this.disclaimer = disclaimer;
    this.texts = texts;
  }

  /** The engine's way to make an assessment of lists it made immutable; see {@link AssessmentAccess}. */
  private static final class Access extends AssessmentAccess {
    @Override
    public AggregatedAssessment assessment(Triage triage, String triageMessage, boolean outOfScope,
        List<RankedCondition> differential, List<Warning> warnings, List<Advice> advice, List<AvoidedAdvice> avoid,
        List<WatchFor> watchFor, List<Question> nextQuestions, List<PluginFailure> failedPlugins, List<String> notes,
        String disclaimer, EncodedTexts texts) {
      return new AggregatedAssessment(triage, triageMessage, outOfScope, differential, warnings, advice, avoid,
          watchFor, nextQuestions, failedPlugins, notes, disclaimer, texts);
    }

    @Override
    public EncodedTexts texts(AggregatedAssessment assessment) {
      return assessment.texts;
    }
  }

  /**
   * Start building an assessment (used by the aggregator and the JSON reader).
   *
   * @return a new builder; never {@code null}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Return the level of care. @return the triage; never {@code null} */
  public Triage triage() {
    return triage;
  }

  /** Return what the triage level means, in plain words. @return the text; never {@code null} */
  public String triageMessage() {
    return triageMessage;
  }

  /** Return whether the person is under 18, which this library is not designed for. @return the flag */
  public boolean outOfScope() {
    return outOfScope;
  }

  /** Return the differential, most likely first. @return the entries; never {@code null} */
  public List<RankedCondition> differential() {
    return differential;
  }

  /**
   * Return the most likely condition.
   *
   * @return the first entry of the differential, or empty when no plugin judged anything
   */
  public Optional<RankedCondition> topCondition() {
    return differential.isEmpty() ? Optional.empty() : Optional.of(differential.get(0));
  }

  /**
   * Return the differential entry for a condition.
   *
   * @param conditionId the condition id; never {@code null}
   * @return the entry, or empty when no plugin judged it
   */
  public Optional<RankedCondition> condition(String conditionId) {
    for (RankedCondition c : differential) {
      if (c.condition().equals(conditionId)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Return the warning signs that fired, most urgent first, then by id. Signs of one plugin that
   * name the same thing to watch for are levels of one concern: when a more urgent one fired, a
   * less urgent one is left out, as its message would contradict it.
   *
   * @return the warnings; never {@code null}
   */
  public List<Warning> warnings() {
    return warnings;
  }

  /** Return the safe advice. @return the advice; never {@code null} */
  public List<Advice> advice() {
    return advice;
  }

  /** Return the advice to avoid, with reasons. @return the entries; never {@code null} */
  public List<AvoidedAdvice> avoid() {
    return avoid;
  }

  /**
   * Return the warning signs to watch for: those of the plugins with a likely condition that did not
   * fire, most urgent first. With no condition likely, those of the plugins with a condition of
   * concern: a pain that nothing explains well keeps its safety net. Signs of one plugin that name the same thing to watch for (levels of
   * care of one finding) are one entry, under the most urgent of them, left out when any of them fired.
   *
   * @return the entries; never {@code null}
   */
  public List<WatchFor> watchFor() {
    return watchFor;
  }

  /** Return the questions worth asking next, best first. @return the questions; never {@code null} */
  public List<Question> nextQuestions() {
    return nextQuestions;
  }

  /** Return the plugins that failed and were left out. @return the failures; never {@code null} */
  public List<PluginFailure> failedPlugins() {
    return failedPlugins;
  }

  /**
   * Throw if any plugin failed; for callers that would rather fail than show a partial answer.
   *
   * @return this assessment
   * @throws IllegalStateException naming the failed plugins
   */
  public AggregatedAssessment requireComplete() {
    checkState(failedPlugins.isEmpty(), "assessment is incomplete; failed plugins: %s", failedPlugins);
    return this;
  }

  /** Return extra plain notes, such as the out-of-scope notice. @return the notes; never {@code null} */
  public List<String> notes() {
    return notes;
  }

  /** Return the disclaimer. @return the text; never {@code null} */
  public String disclaimer() {
    return disclaimer;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AggregatedAssessment a && a.triage == triage && a.triageMessage.equals(triageMessage)
        && a.outOfScope == outOfScope && a.differential.equals(differential) && a.warnings.equals(warnings)
        && a.advice.equals(advice) && a.avoid.equals(avoid) && a.watchFor.equals(watchFor)
        && a.nextQuestions.equals(nextQuestions) && a.failedPlugins.equals(failedPlugins)
        && a.notes.equals(notes) && a.disclaimer.equals(disclaimer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(triage, outOfScope, differential, warnings, advice, avoid, nextQuestions, failedPlugins);
  }

  @Override
  public String toString() {
    return "AggregatedAssessment{triage=" + triage + ", outOfScope=" + outOfScope + ", differential="
        + differential + ", warnings=" + warnings + ", advice=" + advice + ", avoid=" + avoid
        + ", failedPlugins=" + failedPlugins + "}";
  }

  /** Builds an {@link AggregatedAssessment}. */
  public static final class Builder {
    private Triage triage;
    private String triageMessage;
    private boolean outOfScope;
    private List<RankedCondition> differential = List.of();
    private List<Warning> warnings = List.of();
    private List<Advice> advice = List.of();
    private List<AvoidedAdvice> avoid = List.of();
    private List<WatchFor> watchFor = List.of();
    private List<Question> nextQuestions = List.of();
    private List<PluginFailure> failedPlugins = List.of();
    private List<String> notes = List.of();
    private String disclaimer;

    private Builder() {}

    /**
     * Return the entries so far followed by the new ones, as an immutable list. An immutable list
     * given first is kept as it is (no copy), so the aggregator's lists are not copied twice.
     */
    private static <T> List<T> concat(List<T> sofar, List<T> entries) {
      if (sofar.isEmpty()) {
        return FrozenList.copyOf(entries);
      }
      if (entries.isEmpty()) {
        return sofar;
      }
      List<T> all = new ArrayList<>(sofar.size() + entries.size());
      all.addAll(sofar);
      all.addAll(entries);
      return List.copyOf(all);
    }

    /** Set the triage. @param triage never {@code null} @param message plain meaning; never {@code null} @return this */
    public Builder triage(Triage triage, String message) {
      this.triage = requireNonNull(triage, "triage");
      this.triageMessage = requireNonNull(message, "message");
      return this;
    }

    /** Set the out-of-scope flag. @param value the flag @return this */
    public Builder outOfScope(boolean value) {
      this.outOfScope = value;
      return this;
    }

    /** Add differential entries. @param entries never {@code null} @return this */
    public Builder differential(List<RankedCondition> entries) {
      differential = concat(differential, entries);
      return this;
    }

    /** Add warnings. @param entries never {@code null} @return this */
    public Builder warnings(List<Warning> entries) {
      warnings = concat(warnings, entries);
      return this;
    }

    /** Add advice. @param entries never {@code null} @return this */
    public Builder advice(List<Advice> entries) {
      advice = concat(advice, entries);
      return this;
    }

    /** Add advice to avoid. @param entries never {@code null} @return this */
    public Builder avoid(List<AvoidedAdvice> entries) {
      avoid = concat(avoid, entries);
      return this;
    }

    /** Add warning signs to watch for. @param entries never {@code null} @return this */
    public Builder watchFor(List<WatchFor> entries) {
      watchFor = concat(watchFor, entries);
      return this;
    }

    /** Add next questions. @param entries never {@code null} @return this */
    public Builder nextQuestions(List<Question> entries) {
      nextQuestions = concat(nextQuestions, entries);
      return this;
    }

    /** Add plugin failures. @param entries never {@code null} @return this */
    public Builder failedPlugins(List<PluginFailure> entries) {
      failedPlugins = concat(failedPlugins, entries);
      return this;
    }

    /** Add notes. @param entries never {@code null} @return this */
    public Builder notes(List<String> entries) {
      notes = concat(notes, entries);
      return this;
    }

    /** Set the disclaimer. @param text never {@code null} @return this */
    public Builder disclaimer(String text) {
      this.disclaimer = requireNonNull(text, "text");
      return this;
    }

    /**
     * Build the assessment.
     *
     * @return the assessment; never {@code null}
     * @throws IllegalStateException if the triage or disclaimer is missing
     */
    public AggregatedAssessment build() {
      checkState(triage != null, "an assessment needs a triage level");
      checkState(disclaimer != null && !disclaimer.isBlank(), "an assessment needs a disclaimer");
      return new AggregatedAssessment(this);
    }
  }
}
