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
  /** The plugin index (in registry order) of each strategy. */
  private final int[] strategyPluginIndex;
  /** "pluginId." of each strategy's plugin. */
  private final String[] strategyNamespace;
  /** For each strategy, its {@code forConditions} in order, as ids and as condition indexes (-1 if unknown). */
  private final String[][] helpsIds;
  private final int[][] helpsIndex;
  /** Every condition, numbered once; per-call state is kept in arrays by this index. */
  private final Map<String, Integer> conditionIndex = new HashMap<>();
  private final ConditionDescriptor[] conditions;
  private final java.util.Optional<String>[] snomed;
  /** The plugin index of each condition. */
  private final int[] conditionPlugin;
  /** Plugin id to plugin index. */
  private final Map<String, Integer> pluginIndex = new HashMap<>();
  /** For each condition, the strategies it makes unsafe, with the reason (built once). */
  private final Forbid[][] forbids;
  /** For each condition, the kinds of relief it forbids that have a plain text, in its declared order. */
  private final TagAvoid[][] tagAvoids;
  /** Every plugin's warning signs as "watch for" entries, in output order, and the plugin of each. */
  private final WatchFor[] watchAll;
  private final int[] watchPlugin;

  /** A strategy a condition makes unsafe: by name ({@code tag == null}) or through a relief tag. */
  private record Forbid(int strategy, String reason, @org.jspecify.annotations.Nullable String tag) {}

  /** A kind of relief a condition forbids, with the texts of its "avoid" entry. */
  private record TagAvoid(String tag, String reason, String id, String text) {}

  private static final Comparator<RankedCondition> DIFFERENTIAL_ORDER =
      Comparator.comparingDouble(RankedCondition::probability).reversed().thenComparing(RankedCondition::condition);
  private static final Comparator<Warning> WARNING_ORDER =
      Comparator.comparing(Warning::triage).thenComparing(Warning::id);
  private static final Comparator<WatchFor> WATCH_ORDER =
      Comparator.comparing(WatchFor::triage).thenComparing(WatchFor::id);
  private static final java.util.EnumMap<Triage, String> TRIAGE_TEXT = new java.util.EnumMap<>(Triage.class);
  private static final String UNEXPLAINED = Messages.text("unexplained");
  private static final String OUT_OF_SCOPE = Messages.text("outOfScope");
  private static final String EMERGENCY_FIRST = Messages.text("emergencyFirst");
  private static final String DISCLAIMER = Messages.text("disclaimer");

  static {
    for (Triage t : Triage.values()) {
      TRIAGE_TEXT.put(t, Messages.text("triage." + t.name()));
    }
  }

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
    List<LoadedPlugin> plugins = registry.plugins();
    for (int p = 0; p < plugins.size(); p++) {
      pluginIndex.put(plugins.get(p).id(), p);
    }
    this.strategyPluginIndex = new int[strategies.length];
    this.strategyNamespace = new String[strategies.length];
    for (int i = 0; i < strategies.length; i++) {
      strategyPluginIndex[i] = pluginIndex.get(strategyPlugin[i]);
      strategyNamespace[i] = strategyPlugin[i] + ".";
    }
    this.conditions = registry.conditions().values().toArray(new ConditionDescriptor[0]);
    @SuppressWarnings("unchecked")
    java.util.Optional<String>[] codes = new java.util.Optional[conditions.length];
    this.snomed = codes;
    this.conditionPlugin = new int[conditions.length];
    for (int c = 0; c < conditions.length; c++) {
      conditionIndex.put(conditions[c].id(), c);
      snomed[c] = conditions[c].snomed().map(Code::value);
    }
    for (int p = 0; p < plugins.size(); p++) {
      for (String c : plugins.get(p).conditionIds) {
        conditionPlugin[conditionIndex.get(c)] = p;
      }
    }
    this.helpsIds = new String[strategies.length][];
    this.helpsIndex = new int[strategies.length][];
    for (int i = 0; i < strategies.length; i++) {
      helpsIds[i] = strategies[i].forConditions().toArray(new String[0]);
      helpsIndex[i] = new int[helpsIds[i].length];
      for (int k = 0; k < helpsIds[i].length; k++) {
        Integer c = conditionIndex.get(helpsIds[i][k]);
        helpsIndex[i][k] = c == null ? -1 : c;
      }
    }
    this.forbids = new Forbid[conditions.length][];
    this.tagAvoids = new TagAvoid[conditions.length][];
    for (int ci = 0; ci < conditions.length; ci++) {
      ConditionDescriptor c = conditions[ci];
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
      forbids[ci] = fs.isEmpty() ? null : fs.toArray(new Forbid[0]);
      List<TagAvoid> ts = new ArrayList<>();
      for (Map.Entry<String, String> e : c.unsafeReliefTags().entrySet()) {
        String tag = e.getKey();
        if (Messages.has("tag." + tag)) {
          ts.add(new TagAvoid(tag, e.getValue(), "avoid." + tag, Messages.text("tag." + tag)));
        }
      }
      tagAvoids[ci] = ts.toArray(new TagAvoid[0]);
    }
    List<WatchFor> watch = new ArrayList<>();
    List<Integer> watchOwners = new ArrayList<>();
    for (int p = 0; p < plugins.size(); p++) {
      for (WarningSign w : plugins.get(p).descriptor.warningSigns()) {
        watch.add(new WatchFor(w.id(), w.triage(), w.watchFor()));
        watchOwners.add(p);
      }
    }
    // Sorted once, stably, as each assessment sorted its subset before.
    Integer[] order = new Integer[watch.size()];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    java.util.Arrays.sort(order, (a, b) -> WATCH_ORDER.compare(watch.get(a), watch.get(b)));
    this.watchAll = new WatchFor[order.length];
    this.watchPlugin = new int[order.length];
    for (int k = 0; k < order.length; k++) {
      watchAll[k] = watch.get(order[k]);
      watchPlugin[k] = watchOwners.get(order[k]);
    }
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
    final List<RankedCondition> differential;
    final List<Warning> warnings = new ArrayList<>();
    final List<PluginFailure> failures = new ArrayList<>();

    Scored(int conditions) {
      differential = new ArrayList<>(conditions);
    }

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
    Scored s = new Scored(conditions.length);
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
      List<ConditionScore> scores = a.scores();
      for (int k = 0; k < scores.size(); k++) {
        ConditionScore cs = scores.get(k);
        int c = conditionIndex.get(cs.conditionId());
        ConditionDescriptor d = conditions[c];
        double p = Math.round(cs.probability() * ROUNDING) / ROUNDING;
        s.differential.add(new RankedCondition(d.id(), d.name(), p, cs.supporting(), cs.conflicting(),
            d.icd10().value(), snomed[c]));
      }
      for (FiredWarning fw : a.warnings()) {
        WarningSign w = registry.warnings().get(fw.warningId());
        s.warnings.add(new Warning(w.id(), w.triage(), w.message(), fw.triggeredBy()));
      }
    }
    s.differential.sort(DIFFERENTIAL_ORDER);
    s.warnings.sort(WARNING_ORDER);
    return s;
  }

  /**
   * Check a plugin's output; return a description of the first problem, or null when valid.
   */
  static String validate(LoadedPlugin lp, Assessment a, SymptomReport report, Vocabulary vocabulary) {
    if (a == null) {
      return "evaluate() returned null";
    }
    List<ConditionScore> scores = a.scores();
    // Duplicates: a set only for long lists; a few ids are compared directly, allocating nothing.
    Set<String> seen = scores.size() > SMALL ? new HashSet<>() : null;
    for (int k = 0; k < scores.size(); k++) {
      ConditionScore cs = scores.get(k);
      if (cs == null) {
        return "a null score";
      }
      if (!lp.conditionIds.contains(cs.conditionId())) {
        return "score for condition '" + cs.conditionId() + "', which its descriptor does not declare";
      }
      if (seen != null ? !seen.add(cs.conditionId()) : scoredBefore(scores, k)) {
        return "two scores for condition '" + cs.conditionId() + "'";
      }
      double p = cs.probability();
      if (!(p >= 0.0 && p <= 1.0)) {
        return "probability " + p + " for '" + cs.conditionId() + "' is not in [0, 1]";
      }
      List<String> supporting = cs.supporting();
      for (int j = 0; j < supporting.size(); j++) {
        String f = supporting.get(j);
        if (!vocabulary.contains(f)) {
          return "supporting finding '" + f + "' of '" + cs.conditionId() + "' is not in the vocabulary";
        }
      }
      List<String> conflicting = cs.conflicting();
      for (int j = 0; j < conflicting.size(); j++) {
        String f = conflicting.get(j);
        if (!vocabulary.contains(f)) {
          return "conflicting finding '" + f + "' of '" + cs.conditionId() + "' is not in the vocabulary";
        }
      }
    }
    List<FiredWarning> warnings = a.warnings();
    Set<String> fired = warnings.size() > SMALL ? new HashSet<>() : null;
    for (int k = 0; k < warnings.size(); k++) {
      FiredWarning w = warnings.get(k);
      if (w == null) {
        return "a null warning";
      }
      if (!lp.warningIds.contains(w.warningId())) {
        return "warning '" + w.warningId() + "', which its descriptor does not declare";
      }
      if (fired != null ? !fired.add(w.warningId()) : firedBefore(warnings, k)) {
        return "warning '" + w.warningId() + "' fired twice";
      }
      if (w.triggeredBy().isEmpty()) {
        return "warning '" + w.warningId() + "' does not name the findings that fired it";
      }
      List<String> triggeredBy = w.triggeredBy();
      for (int j = 0; j < triggeredBy.size(); j++) {
        String f = triggeredBy.get(j);
        if (!report.isPresent(f)) {
          return "warning '" + w.warningId() + "' names '" + f + "', which is not present in the report";
        }
      }
    }
    return null;
  }

  /** Lists up to this long are checked for duplicates pairwise rather than with a set. */
  private static final int SMALL = 16;

  /** Whether an earlier score (all already checked non-null) has the condition of score {@code k}. */
  private static boolean scoredBefore(List<ConditionScore> scores, int k) {
    String id = scores.get(k).conditionId();
    for (int j = 0; j < k; j++) {
      if (scores.get(j).conditionId().equals(id)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an earlier warning (all already checked non-null) has the id of warning {@code k}. */
  private static boolean firedBefore(List<FiredWarning> warnings, int k) {
    String id = warnings.get(k).warningId();
    for (int j = 0; j < k; j++) {
      if (warnings.get(j).warningId().equals(id)) {
        return true;
      }
    }
    return false;
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
    List<RankedCondition> differential = s.differential;
    int n = differential.size();
    // By condition index: its place in the differential (MAX_VALUE when not judged), and whether
    // it is likely (its advice is given, its level of care applies) or of concern (its
    // contraindications apply). The differential is in rank order, so iterating it visits the
    // likely conditions and those of concern in rank order.
    int[] rank = new int[conditions.length];
    java.util.Arrays.fill(rank, Integer.MAX_VALUE);
    boolean[] likely = new boolean[conditions.length];
    int[] byRank = new int[n];
    boolean anyLikely = false;
    Triage triage = Triage.SELF_CARE;
    for (int i = 0; i < n; i++) {
      RankedCondition c = differential.get(i);
      int ci = conditionIndex.get(c.condition());
      byRank[i] = ci;
      rank[ci] = i;
      if (c.probability() >= likelyThreshold) {
        likely[ci] = true;
        anyLikely = true;
        // Triage: the most urgent of every rule that applies; never lower than a fired warning.
        triage = Triage.mostUrgent(triage, conditions[ci].triageWhenLikely());
      }
    }
    List<String> notes = List.of();
    for (Warning w : s.warnings) {
      triage = Triage.mostUrgent(triage, w.triage());
    }
    if (!anyLikely && s.warnings.isEmpty()) {
      // Nothing explains the symptoms: a clinician should look, rather than self-care.
      triage = Triage.mostUrgent(triage, Triage.CONSULTATION);
      notes = addNote(notes, UNEXPLAINED);
    }
    boolean outOfScope = report.patient().isMinor();
    if (outOfScope) {
      triage = Triage.mostUrgent(triage, Triage.CONSULTATION);
      notes = addNote(notes, OUT_OF_SCOPE);
    }

    // Advice: strategies for likely conditions, unless a condition of concern makes them unsafe.
    // A plugin that failed on this report contributes nothing, not even advice to avoid.
    boolean[] failed = null;
    if (!s.failures.isEmpty()) {
      failed = new boolean[registry.plugins().size()];
      for (PluginFailure f : s.failures) {
        Integer p = pluginIndex.get(f.plugin());
        if (p != null) {
          failed[p] = true;
        }
      }
    }
    // For each strategy, the conditions of concern that forbid it (in rank order) with the reason,
    // from the table built once in the constructor; allocated only when something is forbidden.
    Map<String, String>[] reasonsOf = null;
    Map<String, String>[] tagOf = null;
    for (int i = 0; i < n; i++) {
      RankedCondition rc = differential.get(i);
      if (!(rc.probability() >= cautionThreshold)) {
        continue;
      }
      String c = rc.condition();
      Forbid[] fs = forbids[byRank[i]];
      if (fs == null) {
        continue;
      }
      for (Forbid f : fs) {
        if (failed != null && failed[strategyPluginIndex[f.strategy]]) {
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
    List<AvoidedAdvice> avoid = null;
    List<Advice> advice = null;
    Map<String, Set<String>> tagsCovered = null;
    for (int i = 0; i < strategies.length; i++) {
      ReliefStrategy r = strategies[i];
      if (failed != null && failed[strategyPluginIndex[i]]) {
        continue;
      }
      int[] helpIndex = helpsIndex[i];
      Map<String, String> reasons = reasonsOf == null ? null : reasonsOf[i];
      if (reasons != null) {
        // Listed when it would have been given (it helps a likely condition), or when the plugin
        // of the condition that forbids it offers it (its own catalogue, such as raising the legs
        // for venous disease when arterial disease is likely).
        boolean listed = false;
        for (int c : helpIndex) {
          listed |= c >= 0 && likely[c];
        }
        String namespace = strategyNamespace[i];
        for (String c : reasons.keySet()) {
          listed |= c.startsWith(namespace);
        }
        if (listed) {
          if (!tagOf[i].isEmpty()) {
            if (tagsCovered == null) {
              tagsCovered = new HashMap<>();
            }
            Map<String, Set<String>> covered = tagsCovered;
            tagOf[i].forEach((c, tag) -> covered.computeIfAbsent(c, k -> new HashSet<>()).add(tag));
          }
          if (avoid == null) {
            avoid = new ArrayList<>();
          }
          avoid.add(new AvoidedAdvice(r.id(), r.text(), String.join(" ", new LinkedHashSet<>(reasons.values())),
              List.copyOf(reasons.keySet())));
        }
        continue;
      }
      // The likely conditions it helps, in rank order (a stable insertion sort of a few).
      String[] helpIds = helpsIds[i];
      String[] helps = null;
      int count = 0;
      for (int k = 0; k < helpIndex.length; k++) {
        int c = helpIndex[k];
        if (c >= 0 && likely[c]) {
          if (helps == null) {
            helps = new String[helpIndex.length - k];
          }
          int j = count++;
          while (j > 0 && rank[conditionIndex.get(helps[j - 1])] > rank[c]) {
            helps[j] = helps[j - 1];
            j--;
          }
          helps[j] = helpIds[k];
        }
      }
      if (helps != null) {
        if (advice == null) {
          advice = new ArrayList<>();
        }
        advice.add(new Advice(r.id(), r.text(), immutable(helps, count)));
      }
    }
    // Kinds of relief a condition of concern forbids (heat, raising the legs, compression) are
    // listed too, whoever might have suggested them: people try these at home on their own.
    Map<String, List<String>> byTag = null;
    Map<String, Set<String>> tagReasons = null;
    Map<String, TagAvoid> tagEntry = null;
    for (int i = 0; i < n; i++) {
      RankedCondition rc = differential.get(i);
      if (!(rc.probability() >= cautionThreshold)) {
        continue;
      }
      String c = rc.condition();
      for (TagAvoid e : tagAvoids[byRank[i]]) {
        Set<String> covered = tagsCovered == null ? null : tagsCovered.get(c);
        if (covered == null || !covered.contains(e.tag)) {
          if (byTag == null) {
            byTag = new LinkedHashMap<>();
            tagReasons = new HashMap<>();
            tagEntry = new HashMap<>();
          }
          byTag.computeIfAbsent(e.tag, k -> new ArrayList<>()).add(c);
          tagReasons.computeIfAbsent(e.tag, k -> new LinkedHashSet<>()).add(e.reason);
          tagEntry.putIfAbsent(e.tag, e);
        }
      }
    }
    if (byTag != null) {
      if (avoid == null) {
        avoid = new ArrayList<>();
      }
      for (Map.Entry<String, List<String>> e : byTag.entrySet()) {
        String tag = e.getKey();
        TagAvoid t = tagEntry.get(tag);
        avoid.add(new AvoidedAdvice(t.id, t.text, String.join(" ", tagReasons.get(tag)), e.getValue()));
      }
    }
    if (avoid != null && avoid.size() > 1) {
      sortAvoid(avoid, rank);
    }
    if (advice != null && advice.size() > 1) {
      sortAdvice(advice, rank);
    }
    if (triage.isAtLeast(Triage.EMERGENCY)) {
      // In an emergency, getting help comes first: no self-care advice competes with it.
      advice = null;
      notes = addNote(notes, EMERGENCY_FIRST);
    }

    // Warning signs worth watching for: those of plugins with a likely condition, not yet fired;
    // the table is in output order already.
    boolean[] relevant = new boolean[registry.plugins().size()];
    boolean anyRelevant = false;
    for (int i = 0; i < n; i++) {
      if (likely[byRank[i]]) {
        relevant[conditionPlugin[byRank[i]]] = true;
        anyRelevant = true;
      }
    }
    List<WatchFor> watch = List.of();
    if (anyRelevant) {
      WatchFor[] out = new WatchFor[watchAll.length];
      int count = 0;
      for (int k = 0; k < watchAll.length; k++) {
        if (relevant[watchPlugin[k]] && !fired(s.warnings, watchAll[k].id())) {
          out[count++] = watchAll[k];
        }
      }
      watch = immutable(out, count);
    }

    List<Question> next = maxQuestions <= 0 ? List.of() : questions.rank(report, s, maxQuestions);

    return AggregatedAssessment.builder()
        .triage(triage, TRIAGE_TEXT.get(triage))
        .outOfScope(outOfScope)
        .differential(s.differential)
        .warnings(s.warnings.isEmpty() ? List.of() : s.warnings)
        .advice(advice == null ? List.of() : advice)
        .avoid(avoid == null ? List.of() : avoid)
        .watchFor(watch)
        .nextQuestions(next)
        .failedPlugins(s.failures.isEmpty() ? List.of() : s.failures)
        .notes(notes)
        .disclaimer(DISCLAIMER)
        .build();
  }

  private static List<String> addNote(List<String> notes, String note) {
    if (notes.isEmpty()) {
      return List.of(note);
    }
    List<String> out = new ArrayList<>(notes.size() + 1);
    out.addAll(notes);
    out.add(note);
    return out;
  }

  private static boolean fired(List<Warning> warnings, String id) {
    for (int k = 0; k < warnings.size(); k++) {
      if (warnings.get(k).id().equals(id)) {
        return true;
      }
    }
    return false;
  }

  /** The first {@code n} elements as an immutable list, without the extra copy of {@code List.of(array)} when small. */
  static <T> List<T> immutable(T[] a, int n) {
    switch (n) {
      case 0:
        return List.of();
      case 1:
        return List.of(a[0]);
      case 2:
        return List.of(a[0], a[1]);
      case 3:
        return List.of(a[0], a[1], a[2]);
      default:
        return List.of(n == a.length ? a : java.util.Arrays.copyOf(a, n));
    }
  }

  /** Sort by best rank of the conditions it is avoided for, then by id; stable, like {@code List.sort}. */
  private void sortAvoid(List<AvoidedAdvice> avoid, int[] rank) {
    int size = avoid.size();
    int[] key = new int[size];
    for (int i = 0; i < size; i++) {
      key[i] = bestRank(avoid.get(i).becauseOf(), rank);
    }
    for (int i = 1; i < size; i++) {
      AvoidedAdvice a = avoid.get(i);
      int k = key[i];
      int j = i;
      while (j > 0 && (key[j - 1] > k || key[j - 1] == k && avoid.get(j - 1).id().compareTo(a.id()) > 0)) {
        avoid.set(j, avoid.get(j - 1));
        key[j] = key[j - 1];
        j--;
      }
      avoid.set(j, a);
      key[j] = k;
    }
  }

  /** Sort by best rank of the conditions it helps; stable, like {@code List.sort}. */
  private void sortAdvice(List<Advice> advice, int[] rank) {
    int size = advice.size();
    int[] key = new int[size];
    for (int i = 0; i < size; i++) {
      key[i] = bestRank(advice.get(i).forConditions(), rank);
    }
    for (int i = 1; i < size; i++) {
      Advice a = advice.get(i);
      int k = key[i];
      int j = i;
      while (j > 0 && key[j - 1] > k) {
        advice.set(j, advice.get(j - 1));
        key[j] = key[j - 1];
        j--;
      }
      advice.set(j, a);
      key[j] = k;
    }
  }

  private int bestRank(List<String> conditionIds, int[] rank) {
    int best = Integer.MAX_VALUE;
    for (int k = 0; k < conditionIds.size(); k++) {
      Integer c = conditionIndex.get(conditionIds.get(k));
      if (c != null && rank[c] < best) {
        best = rank[c];
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
}
