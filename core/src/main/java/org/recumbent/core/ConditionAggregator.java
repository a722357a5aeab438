package org.recumbent.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.recumbent.internal.AssessmentEngine;
import org.recumbent.internal.LoadedPlugin;
import org.recumbent.internal.PluginRegistry;
import org.recumbent.spi.ConditionDescriptor;
import org.recumbent.spi.ConditionPlugin;
import org.recumbent.spi.PluginDescriptor;

/**
 * Turns a {@link SymptomReport} into one {@link AggregatedAssessment}: runs every condition
 * plugin, ranks the differential, sets one triage level, merges advice, moves advice that a
 * likely condition makes unsafe into "avoid", and isolates any plugin that fails.
 *
 * <p>Build it once and share it: it is immutable and thread-safe, and an assessment is cheap.
 *
 * <pre>{@code
 * ConditionAggregator aggregator = ConditionAggregator.builder().discoverPlugins().build();
 * AggregatedAssessment a = aggregator.assess(SymptomReport.builder()
 *     .age(67).present("timing.worse_lying_down", "relief.dangling_legs").build());
 * }</pre>
 *
 * <h2>Thresholds</h2>
 * A condition is <em>likely</em> from {@value #DEFAULT_LIKELY_THRESHOLD}: its advice is given and
 * its level of care applies. Its contraindications apply from the lower
 * {@value #DEFAULT_CAUTION_THRESHOLD}, so advice is withheld even when a dangerous condition is
 * only possible (safety beats cleverness).
 *
 * @since 0.1
 */
public final class ConditionAggregator {

  /** Probability from which a condition counts as likely. */
  public static final double DEFAULT_LIKELY_THRESHOLD = 0.3;
  /** Probability from which a condition's contraindications apply. */
  public static final double DEFAULT_CAUTION_THRESHOLD = 0.15;
  /** How many next questions an assessment carries by default. */
  public static final int DEFAULT_NEXT_QUESTIONS = 3;

  private final PluginRegistry registry;
  private final AssessmentEngine engine;
  private final int maxQuestions;
  private final double likelyThreshold;
  private final double cautionThreshold;

  private ConditionAggregator(Builder b, PluginRegistry registry) {
    this.registry = registry;
    this.engine = new AssessmentEngine(registry, b.policy, b.likely, b.caution);
    this.maxQuestions = b.maxQuestions;
    this.likelyThreshold = b.likely;
    this.cautionThreshold = b.caution;
  }

  /**
   * Start building an aggregator.
   *
   * @return a new builder; never {@code null}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Assess a report.
   *
   * @param report the report; never {@code null}
   * @return the assessment; never {@code null}
   * @throws IllegalArgumentException if the report names a feature that is not in {@link #vocabulary()}
   * @throws org.recumbent.spi.ConditionPluginException if a plugin fails under {@link FailurePolicy#FAIL_FAST}
   */
  public AggregatedAssessment assess(SymptomReport report) {
    requireNonNull(report, "report");
    registry.vocabulary().check(report);
    return engine.assess(report, maxQuestions);
  }

  /**
   * Start an interview: the fewest questions, red flags first, to a safe and confident assessment.
   *
   * @param initial what is known before the first question (patient and any findings); never {@code null}
   * @param maxQuestions the most questions to ask, at least 0
   * @return a new session, to be used from one thread; never {@code null}
   * @throws IllegalArgumentException if the report names a feature outside {@link #vocabulary()}, or
   *     {@code maxQuestions} is negative
   * @since 0.1
   */
  public InterviewSession interview(SymptomReport initial, int maxQuestions) {
    requireNonNull(initial, "initial");
    checkArgument(maxQuestions >= 0, "maxQuestions %s must be at least 0", maxQuestions);
    registry.vocabulary().check(initial);
    return new InterviewSession(this, engine.planner(), initial, maxQuestions, Math.max(1, this.maxQuestions));
  }

  /**
   * Start an interview from a patient and the findings already known.
   *
   * @param patient the patient; never {@code null}
   * @param initialFindings feature id to state; never {@code null}
   * @param maxQuestions the most questions to ask, at least 0
   * @return a new session, to be used from one thread; never {@code null}
   * @throws IllegalArgumentException if a finding is outside {@link #vocabulary()}, or
   *     {@code maxQuestions} is negative
   * @since 0.1
   */
  public InterviewSession interview(Patient patient, Map<String, FindingState> initialFindings, int maxQuestions) {
    requireNonNull(patient, "patient");
    requireNonNull(initialFindings, "initialFindings");
    return interview(SymptomReport.builder().patient(patient).findings(initialFindings).build(), maxQuestions);
  }

  /** Assess without ranking next questions; the interview ranks them itself. */
  AggregatedAssessment assessWithoutQuestions(SymptomReport report) {
    return engine.assess(report, 0);
  }

  /**
   * Return the vocabulary: the standard features plus those of every loaded plugin.
   *
   * @return the vocabulary; never {@code null}
   */
  public Vocabulary vocabulary() {
    return registry.vocabulary();
  }

  /**
   * Return the descriptors of the loaded plugins, sorted by id.
   *
   * @return the descriptors; never {@code null}
   */
  public List<PluginDescriptor> plugins() {
    List<PluginDescriptor> out = new ArrayList<>();
    for (LoadedPlugin p : registry.plugins()) {
      out.add(p.descriptor());
    }
    return out;
  }

  /**
   * Look up a condition of any loaded plugin.
   *
   * @param conditionId the condition id; never {@code null}
   * @return the descriptor, or empty if no loaded plugin judges it
   */
  public Optional<ConditionDescriptor> condition(String conditionId) {
    return Optional.ofNullable(registry.conditions().get(conditionId));
  }

  /**
   * Return the plugins that could not be loaded; each assessment lists them too.
   *
   * @return the failures; never {@code null}
   */
  public List<PluginFailure> loadFailures() {
    return registry.loadFailures();
  }

  /** Return the likely threshold. @return the probability from which a condition is likely */
  public double likelyThreshold() {
    return likelyThreshold;
  }

  /** Return the caution threshold. @return the probability from which contraindications apply */
  public double cautionThreshold() {
    return cautionThreshold;
  }

  /**
   * Builds a {@link ConditionAggregator}. Plugins passed explicitly come first; discovery is
   * opt-in.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final List<ConditionPlugin> explicit = new ArrayList<>();
    private boolean discover;
    private @Nullable ClassLoader loader;
    private FailurePolicy policy = FailurePolicy.ISOLATE;
    private double likely = DEFAULT_LIKELY_THRESHOLD;
    private double caution = DEFAULT_CAUTION_THRESHOLD;
    private int maxQuestions = DEFAULT_NEXT_QUESTIONS;

    private Builder() {}

    /**
     * Add a plugin explicitly.
     *
     * @param plugin the plugin; never {@code null}
     * @return this builder
     */
    public Builder addPlugin(ConditionPlugin plugin) {
      explicit.add(requireNonNull(plugin, "plugin"));
      return this;
    }

    /**
     * Add plugins explicitly.
     *
     * @param plugins the plugins; never {@code null}
     * @return this builder
     */
    public Builder addPlugins(Iterable<? extends ConditionPlugin> plugins) {
      plugins.forEach(this::addPlugin);
      return this;
    }

    /**
     * Also discover plugins with {@link java.util.ServiceLoader}, using the thread context class
     * loader (the loader an application server or test runner sets up for the application; on the
     * module path, providers are found through {@code provides} whatever the loader).
     *
     * @return this builder
     */
    public Builder discoverPlugins() {
      this.discover = true;
      this.loader = null;
      return this;
    }

    /**
     * Also discover plugins with {@link java.util.ServiceLoader} from a given class loader.
     *
     * @param classLoader the loader; never {@code null}
     * @return this builder
     */
    public Builder discoverPlugins(ClassLoader classLoader) {
      this.discover = true;
      this.loader = requireNonNull(classLoader, "classLoader");
      return this;
    }

    /**
     * Set what happens when a plugin fails; {@link FailurePolicy#ISOLATE} by default.
     *
     * @param failurePolicy the policy; never {@code null}
     * @return this builder
     */
    public Builder failurePolicy(FailurePolicy failurePolicy) {
      this.policy = requireNonNull(failurePolicy, "failurePolicy");
      return this;
    }

    /**
     * Set the thresholds.
     *
     * @param likelyThreshold probability from which a condition is likely, in (0, 1)
     * @param cautionThreshold probability from which its contraindications apply, in (0, likely]
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder thresholds(double likelyThreshold, double cautionThreshold) {
      checkArgument(likelyThreshold > 0 && likelyThreshold < 1, "likelyThreshold %s must be in (0, 1)", likelyThreshold);
      checkArgument(cautionThreshold > 0 && cautionThreshold <= likelyThreshold,
          "cautionThreshold %s must be in (0, likelyThreshold]", cautionThreshold);
      this.likely = likelyThreshold;
      this.caution = cautionThreshold;
      return this;
    }

    /**
     * Set how many next questions each assessment carries; 0 to skip ranking them.
     *
     * @param max at least 0
     * @return this builder
     */
    public Builder nextQuestions(int max) {
      checkArgument(max >= 0, "nextQuestions %s must be at least 0", max);
      this.maxQuestions = max;
      return this;
    }

    /**
     * Load the plugins once and build the aggregator.
     *
     * @return the aggregator; never {@code null}
     * @throws IllegalStateException if two plugins claim the same id
     */
    public ConditionAggregator build() {
      List<PluginFailure> failures = new ArrayList<>();
      List<ConditionPlugin> candidates = new ArrayList<>(explicit);
      if (discover) {
        candidates.addAll(PluginRegistry.discover(loader, failures));
      }
      return new ConditionAggregator(this, PluginRegistry.of(candidates, failures));
    }
  }
}
