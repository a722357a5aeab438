package org.recumbent.internal;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recumbent.core.Advice;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.AvoidedAdvice;
import org.recumbent.core.FailurePolicy;
import org.recumbent.core.PluginFailure;
import org.recumbent.core.Question;
import org.recumbent.core.RankedCondition;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Triage;
import org.recumbent.core.Vocabulary;
import org.recumbent.core.Warning;
import org.recumbent.core.WatchFor;
import org.recumbent.spi.Assessment;
import org.recumbent.spi.Code;
import org.recumbent.spi.ConditionDescriptor;
import org.recumbent.spi.ConditionPlugin;
import org.recumbent.spi.ConditionPluginException;
import org.recumbent.spi.ConditionScore;
import org.recumbent.spi.FiredWarning;
import org.recumbent.spi.ReliefStrategy;
import org.recumbent.spi.WarningSign;

/**
 * Runs every plugin on a report and merges the results: ranks the differential, sets the triage,
 * merges advice, moves unsafe advice to "avoid", and isolates faulty plugins.
 */
public final class AssessmentEngine {

  /** Probabilities in the assessment are rounded to this many decimal places. */
  private static final double ROUNDING = 10_000.0;

  private final PluginRegistry registry;
  private final FailurePolicy policy;
  private final double likelyThreshold;
  private final double cautionThreshold;
  private final InterviewPlanner questions;
  /** Every relief strategy of every loaded plugin, in plugin order, and the plugin of each. */
  private final ReliefStrategy[] strategies;
  private final String[] strategyPlugin;
  /** For each condition, the strategies it makes unsafe, with the reason (built once). */
  private final Map<String, Forbid[]> forbids;

  /** A strategy a condition makes unsafe: by name ({@code tag == null}) or through a relief tag. */
  private record Forbid(int strategy, String reason, @org.jspecify.annotations.Nullable String tag) {}

  @SuppressWarnings("unchecked")
  private static Map<String, String>[] newMapArray(int n) {
    return (Map<String, String>[]) new Map<?, ?>[n];
  }

  /**
   * Create the engine.
   *
   * @param registry the plugins
   * @param policy what to do when a plugin fails
   * @param likelyThreshold probability from which a condition counts as likely (advice, triage)
   * @param cautionThreshold probability from which a condition's contraindications apply
   */
  public AssessmentEngine(PluginRegistry registry, FailurePolicy policy, double likelyThreshold,
      double cautionThreshold) {
    this.registry = registry;
    this.policy = policy;
    this.likelyThreshold = likelyThreshold;
    this.cautionThreshold = cautionThreshold;
    this.questions = new InterviewPlanner(registry, likelyThreshold);
    List<ReliefStrategy> all = new ArrayList<>();
    List<String> owners = new ArrayList<>();
    for (LoadedPlugin lp : registry.plugins()) {
      for (ReliefStrategy r : lp.descriptor.reliefStrategies()) {
        all.add(r);
        owners.add(lp.id());
      }
    }
    this.strategies = all.toArray(new ReliefStrategy[0]);
    this.strategyPlugin = owners.toArray(new String[0]);
    Map<String, Forbid[]> table = new HashMap<>();
    for (ConditionDescriptor c : registry.conditions().values()) {
      List<Forbid> fs = new ArrayList<>();
      for (int i = 0; i < strategies.length; i++) {
        ReliefStrategy r = strategies[i];
        String reason = r.unsafeWith().get(c.id());
        String tag = null;
        if (reason == null) {
          for (String t : r.tags()) {
            reason = c.unsafeReliefTags().get(t);
            if (reason != null) {
              tag = t;
              break;
            }
          }
        }
        if (reason != null) {
          fs.add(new Forbid(i, reason, tag));
        }
      }
      if (!fs.isEmpty()) {
        table.put(c.id(), fs.toArray(new Forbid[0]));
      }
    }
    this.forbids = table;
  }

  /** @return the interview planner, which also ranks each assessment's next questions */
  public InterviewPlanner planner() {
    return questions;
  }

  /** @return the registry */
  public PluginRegistry registry() {
    return registry;
  }

  /** The raw, merged plugin output for a report, before advice and triage. */
  public static final class Scored {
    final List<RankedCondition> differential = new ArrayList<>();
    final List<Warning> warnings = new ArrayList<>();
    final List<PluginFailure> failures = new ArrayList<>();

    /** @return the ranked differential */
    public List<RankedCondition> differential() {
      return differential;
    }

    /** @return the fired warnings */
    public List<Warning> warnings() {
      return warnings;
    }
  }

  /**
   * Run every plugin and merge their scores and warnings, without advice or questions.
   *
   * @param report a report already checked against the vocabulary
   * @return the merged output
   */
  public Scored score(SymptomReport report) {
    Scored s = new Scored();
    s.failures.addAll(registry.loadFailures());
    Vocabulary vocabulary = registry.vocabulary();
    for (LoadedPlugin lp : registry.plugins()) {
      Assessment a;
      try {
        a = lp.plugin.evaluate(report);
        String problem = validate(lp, a, report, vocabulary);
        if (problem != null) {
          throw new ConditionPluginException(lp.id(), "plugin '" + lp.id() + "' returned invalid data: " + problem, null);
        }
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable t) {
        ConditionPluginException e = t instanceof ConditionPluginException cpe ? cpe
            : t instanceof LinkageError
                ? new ConditionPluginException(lp.id(), "plugin '" + lp.id()
                    + "' is incompatible with Recumbent SPI " + ConditionPlugin.SPI_VERSION + ": " + t, t)
                : new ConditionPluginException(lp.id(), "plugin '" + lp.id() + "' failed to evaluate the report: " + t, t);
        if (policy == FailurePolicy.FAIL_FAST) {
          throw e;
        }
        PluginRegistry.LOG.log(Level.WARNING, e.getMessage(), e);
        s.failures.add(new PluginFailure(lp.id(), e.getMessage()));
        continue;
      }
      for (ConditionScore cs : a.scores()) {
        ConditionDescriptor d = registry.conditions().get(cs.conditionId());
        double p = Math.round(cs.probability() * ROUNDING) / ROUNDING;
        s.differential.add(new RankedCondition(d.id(), d.name(), p, cs.supporting(), cs.conflicting(),
            d.icd10().value(), d.snomed().map(Code::value)));
      }
      for (FiredWarning fw : a.warnings()) {
        WarningSign w = registry.warnings().get(fw.warningId());
        s.warnings.add(new Warning(w.id(), w.triage(), w.message(), fw.triggeredBy()));
      }
    }
    s.differential.sort(Comparator.comparingDouble(RankedCondition::probability).reversed()
        .thenComparing(RankedCondition::condition));
    s.warnings.sort(Comparator.comparing(Warning::triage).thenComparing(Warning::id));
    return s;
  }

  /**
   * Check a plugin's output; return a description of the first problem, or null when valid.
   */
  static String validate(LoadedPlugin lp, Assessment a, SymptomReport report, Vocabulary vocabulary) {
    if (a == null) {
      return "evaluate() returned null";
    }
    Set<String> seen = new HashSet<>();
    for (ConditionScore cs : a.scores()) {
      if (cs == null) {
        return "a null score";
      }
      if (!lp.conditionIds.contains(cs.conditionId())) {
        return "score for condition '" + cs.conditionId() + "', which its descriptor does not declare";
      }
      if (!seen.add(cs.conditionId())) {
        return "two scores for condition '" + cs.conditionId() + "'";
      }
      double p = cs.probability();
      if (!(p >= 0.0 && p <= 1.0)) {
        return "probability " + p + " for '" + cs.conditionId() + "' is not in [0, 1]";
      }
      for (String f : cs.supporting()) {
        if (!vocabulary.contains(f)) {
          return "supporting finding '" + f + "' of '" + cs.conditionId() + "' is not in the vocabulary";
        }
      }
      for (String f : cs.conflicting()) {
        if (!vocabulary.contains(f)) {
          return "conflicting finding '" + f + "' of '" + cs.conditionId() + "' is not in the vocabulary";
        }
      }
    }
    Set<String> fired = new HashSet<>();
    for (FiredWarning w : a.warnings()) {
      if (w == null) {
        return "a null warning";
      }
      if (!lp.warningIds.contains(w.warningId())) {
        return "warning '" + w.warningId() + "', which its descriptor does not declare";
      }
      if (!fired.add(w.warningId())) {
        return "warning '" + w.warningId() + "' fired twice";
      }
      if (w.triggeredBy().isEmpty()) {
        return "warning '" + w.warningId() + "' does not name the findings that fired it";
      }
      for (String f : w.triggeredBy()) {
        if (!report.isPresent(f)) {
          return "warning '" + w.warningId() + "' names '" + f + "', which is not present in the report";
        }
      }
    }
    return null;
  }

  /**
   * Assess a report.
   *
   * @param report a report already checked against the vocabulary
   * @param maxQuestions how many next questions to include
   * @return the assessment
   */
  public AggregatedAssessment assess(SymptomReport report, int maxQuestions) {
    Scored s = score(report);
    Map<String, Integer> rank = new HashMap<>();
    Set<String> likely = new LinkedHashSet<>();
    Set<String> caution = new LinkedHashSet<>();
    for (int i = 0; i < s.differential.size(); i++) {
      RankedCondition c = s.differential.get(i);
      rank.put(c.condition(), i);
      if (c.probability() >= likelyThreshold) {
        likely.add(c.condition());
      }
      if (c.probability() >= cautionThreshold) {
        caution.add(c.condition());
      }
    }

    // Triage: the most urgent of every rule that applies; never lower than a fired warning.
    List<String> notes = new ArrayList<>();
    Triage triage = Triage.SELF_CARE;
    for (String c : likely) {
      triage = Triage.mostUrgent(triage, registry.conditions().get(c).triageWhenLikely());
    }
    for (Warning w : s.warnings) {
      triage = Triage.mostUrgent(triage, w.triage());
    }
    if (likely.isEmpty() && s.warnings.isEmpty()) {
      // Nothing explains the symptoms: a clinician should look, rather than self-care.
      triage = Triage.mostUrgent(triage, Triage.CONSULTATION);
      notes.add(Messages.text("unexplained"));
    }
    boolean outOfScope = report.patient().isMinor();
    if (outOfScope) {
      triage = Triage.mostUrgent(triage, Triage.CONSULTATION);
      notes.add(Messages.text("outOfScope"));
    }

    // Advice: strategies for likely conditions, unless a condition of concern makes them unsafe.
    // A plugin that failed on this report contributes nothing, not even advice to avoid.
    Set<String> failed = Set.of();
    if (!s.failures.isEmpty()) {
      failed = new HashSet<>();
      for (PluginFailure f : s.failures) {
        failed.add(f.plugin());
      }
    }
    // For each strategy, the conditions of concern that forbid it (in rank order) with the reason,
    // from the table built once in the constructor; allocated only when something is forbidden.
    @SuppressWarnings("unchecked")
    Map<String, String>[] reasonsOf = null;
    Map<String, String>[] tagOf = null;
    for (String c : caution) {
      Forbid[] fs = forbids.get(c);
      if (fs == null) {
        continue;
      }
      for (Forbid f : fs) {
        if (failed.contains(strategyPlugin[f.strategy])) {
          continue;
        }
        if (reasonsOf == null) {
          reasonsOf = newMapArray(strategies.length);
          tagOf = newMapArray(strategies.length);
        }
        if (reasonsOf[f.strategy] == null) {
          reasonsOf[f.strategy] = new LinkedHashMap<>(4);
          tagOf[f.strategy] = new LinkedHashMap<>(4);
        }
        reasonsOf[f.strategy].putIfAbsent(c, f.reason);
        if (f.tag != null) {
          tagOf[f.strategy].putIfAbsent(c, f.tag);
        }
      }
    }
    // Specific advice that a condition of concern makes unsafe is never given; it is listed under
    // "avoid" with the reason when it would otherwise have been given, or when it comes from the
    // same plugin as the condition that forbids it. Another plugin's advice for conditions nobody
    // suspects is simply not given, and not listed.
    List<AvoidedAdvice> avoid = new ArrayList<>();
    List<Advice> advice = new ArrayList<>();
    Map<String, Set<String>> tagsCovered = new HashMap<>();
    for (int i = 0; i < strategies.length; i++) {
      ReliefStrategy r = strategies[i];
      if (failed.contains(strategyPlugin[i])) {
        continue;
      }
      Map<String, String> reasons = reasonsOf == null ? null : reasonsOf[i];
      if (reasons != null) {
        // Listed when it would have been given (it helps a likely condition), or when the plugin
        // of the condition that forbids it offers it (its own catalogue, such as raising the legs
        // for venous disease when arterial disease is likely).
        boolean listed = false;
        for (String c : r.forConditions()) {
          listed |= likely.contains(c);
        }
        String namespace = strategyPlugin[i] + ".";
        for (String c : reasons.keySet()) {
          listed |= c.startsWith(namespace);
        }
        if (listed) {
          tagOf[i].forEach((c, tag) -> tagsCovered.computeIfAbsent(c, k -> new HashSet<>()).add(tag));
          avoid.add(new AvoidedAdvice(r.id(), r.text(), String.join(" ", new LinkedHashSet<>(reasons.values())),
              List.copyOf(reasons.keySet())));
        }
        continue;
      }
      List<String> helps = null;
      for (String c : r.forConditions()) {
        if (likely.contains(c)) {
          if (helps == null) {
            helps = new ArrayList<>(2);
          }
          helps.add(c);
        }
      }
      if (helps != null) {
        if (helps.size() > 1) {
          helps.sort(Comparator.comparingInt(rank::get));
        }
        advice.add(new Advice(r.id(), r.text(), helps));
      }
    }
    // Kinds of relief a condition of concern forbids (heat, raising the legs, compression) are
    // listed too, whoever might have suggested them: people try these at home on their own.
    Map<String, List<String>> byTag = new LinkedHashMap<>();
    Map<String, Set<String>> tagReasons = new HashMap<>();
    for (String c : caution) {
      for (Map.Entry<String, String> e : registry.conditions().get(c).unsafeReliefTags().entrySet()) {
        String tag = e.getKey();
        if (Messages.has("tag." + tag) && !tagsCovered.getOrDefault(c, Set.of()).contains(tag)) {
          byTag.computeIfAbsent(tag, k -> new ArrayList<>()).add(c);
          tagReasons.computeIfAbsent(tag, k -> new LinkedHashSet<>()).add(e.getValue());
        }
      }
    }
    for (Map.Entry<String, List<String>> e : byTag.entrySet()) {
      String tag = e.getKey();
      avoid.add(new AvoidedAdvice("avoid." + tag, Messages.text("tag." + tag),
          String.join(" ", tagReasons.get(tag)), e.getValue()));
    }
    avoid.sort(Comparator.comparingInt((AvoidedAdvice a) -> bestRank(a.becauseOf(), rank)).thenComparing(AvoidedAdvice::id));
    advice.sort(Comparator.comparingInt((Advice a) -> bestRank(a.forConditions(), rank)));
    if (triage.isAtLeast(Triage.EMERGENCY)) {
      // In an emergency, getting help comes first: no self-care advice competes with it.
      advice.clear();
      notes.add(Messages.text("emergencyFirst"));
    }

    // Warning signs worth watching for: those of plugins with a likely condition, not yet fired.
    Set<String> firedIds = new HashSet<>();
    s.warnings.forEach(w -> firedIds.add(w.id()));
    List<WatchFor> watch = new ArrayList<>();
    for (LoadedPlugin lp : registry.plugins()) {
      boolean relevant = false;
      for (String c : likely) {
        relevant |= lp.conditionIds.contains(c);
      }
      if (relevant) {
        for (WarningSign w : lp.descriptor.warningSigns()) {
          if (!firedIds.contains(w.id())) {
            watch.add(new WatchFor(w.id(), w.triage(), w.watchFor()));
          }
        }
      }
    }
    watch.sort(Comparator.comparing(WatchFor::triage).thenComparing(WatchFor::id));

    List<Question> next = maxQuestions <= 0 ? List.of() : questions.rank(report, s, maxQuestions);

    return AggregatedAssessment.builder()
        .triage(triage, Messages.text("triage." + triage.name()))
        .outOfScope(outOfScope)
        .differential(s.differential)
        .warnings(s.warnings)
        .advice(advice)
        .avoid(avoid)
        .watchFor(watch)
        .nextQuestions(next)
        .failedPlugins(s.failures)
        .notes(notes)
        .disclaimer(Messages.text("disclaimer"))
        .build();
  }

  private static int bestRank(List<String> conditions, Map<String, Integer> rank) {
    int best = Integer.MAX_VALUE;
    for (String c : conditions) {
      Integer r = rank.get(c);
      if (r != null && r < best) {
        best = r;
      }
    }
    return best;
  }

  /** Ranks the questions worth asking next. */
  public interface QuestionRanker {
    /**
     * Rank the next questions.
     *
     * @param report the report
     * @param scored the merged plugin output for it
     * @param max how many to return at most
     * @return the questions, best first
     */
    List<Question> rank(SymptomReport report, Scored scored, int max);
  }

  /** Re-scores a report; the engine itself, seen by the question ranker. */
  public interface Scorer {
    /**
     * Score a report.
     *
     * @param report the report
     * @return the merged plugin output
     */
    Scored score(SymptomReport report);
  }
}
