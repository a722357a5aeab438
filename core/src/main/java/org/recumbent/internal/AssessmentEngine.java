package org.recumbent.internal;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
  /** Up to this many plugins, the "watch for" list is precomputed for every set of relevant plugins. */
  private static final int WATCH_TABLE_PLUGINS = 8;

  private final PluginRegistry registry;
  private final FailurePolicy policy;
  private final double likelyThreshold;
  private final double cautionThreshold;
  private final InterviewPlanner questions;
  private final LoadedPlugin[] plugins;
  /** Scores plain rule-based plugins without their result objects; null when no such plugin exists. */
  private final @org.jspecify.annotations.Nullable RuleBasedAccess plainAccess;
  /** Whether each plugin is a plain rule-based plugin (see {@link RuleBasedAccess#isPlain}). */
  private final boolean[] plain;
  /** For each plugin, the condition index of each condition of its descriptor, in order. */
  private final int[][] pluginConditions;
  /** For each plugin, its warning signs in descriptor order. */
  private final WarningSign[][] pluginWarnings;
  /** Every relief strategy of every loaded plugin, in plugin order. */
  private final ReliefStrategy[] strategies;
  /** The plugin index (in registry order) of each strategy. */
  private final int[] strategyPluginIndex;
  /** For each strategy, its {@code forConditions} in order, as condition indexes (-1 if unknown). */
  private final int[][] helpsIndex;
  /** Every condition, numbered once; per-call state is kept in arrays by this index. */
  private final Map<String, Integer> conditionIndex = new HashMap<>();
  private final ConditionDescriptor[] conditions;
  private final String[] icd10;
  private final java.util.Optional<String>[] snomed;
  /** For each condition, the one-element list of its id (advice for it alone, avoid because of it alone). */
  private final List<String>[] conditionList;
  /** For each condition, the bit of its plugin when there are few plugins (see {@link #watchBySet}), else 0. */
  private final int[] conditionPluginBit;
  /** Plugin id to plugin index. */
  private final Map<String, Integer> pluginIndex = new HashMap<>();
  /**
   * For each strategy and condition, why the condition makes the strategy unsafe (by name, else
   * through one of its relief tags), or null; built once.
   */
  private final String[][] reasonFor;
  /** For each strategy, the conditions that make it unsafe (those with a {@link #reasonFor}), in index order. */
  private final int[][] forbiddenBy;
  /**
   * For each strategy, as bits by condition index: the conditions it helps, and those that forbid
   * it; when every condition fits in one long ({@link #masksFit}), so most strategies are passed
   * over with two bit tests.
   */
  private final long[] helpsMask;
  private final long[] forbiddenMask;
  private final boolean masksFit;
  /**
   * For each condition, the strategies it could make matter, as bits by strategy index: those
   * that help it (when it is likely) and those it forbids (when it is of concern). When every
   * strategy fits in one long too ({@link #strategyBitsFit}), the advice step visits only the
   * strategies these bits name for the report's likely conditions and conditions of concern,
   * in index order; every other strategy would be passed over by its first test anyway.
   */
  private final long[] strategiesHelping;
  private final long[] strategiesForbidden;
  private final boolean strategyBitsFit;
  /**
   * For each strategy and condition: the advice entry when it helps that likely condition alone,
   * and the "avoid" entry when that condition of concern alone forbids it (null where it does
   * not). They are the same for every report, so they are made once.
   */
  private final Advice[][] adviceFor;
  private final AvoidedAdvice[][] avoidFor;
  /** For each strategy and condition, whether the condition belongs to the strategy's plugin. */
  private final boolean[][] ownStrategy;
  /**
   * For each strategy and condition, the number of the kind of relief (tag) through which the
   * condition forbids it, when that kind has an "avoid" entry of its own; else -1.
   */
  private final int[][] coversTag;
  /** For each condition, the kinds of relief it forbids that have a plain text, in its declared order. */
  private final TagAvoid[][] tagAvoids;
  /** How many kinds of relief have a plain text and are forbidden by some condition. */
  private final int tagCount;
  /** Whether every (condition, kind of relief) pair has a bit of a long. */
  private final boolean bitsFit;
  /**
   * Every plugin's warning signs as "watch for" entries, in output order, and the plugin of each.
   * Signs of one plugin with the same text to watch for (levels of care of one finding, such as a
   * clot checked for on one leg sign and likely with two) are one entry: the first in output order,
   * the most urgent. {@code watchIds} holds the ids of the signs each entry stands for.
   */
  private final WatchFor[] watchAll;
  private final int[] watchPlugin;
  private final String[][] watchIds;
  /**
   * Each warning sign's place in the order of the fired warnings (most urgent first, then by id),
   * by id and by plugin and index, so fired warnings sort by an int and are known by a bit.
   */
  private final Map<String, Integer> warningRank = new HashMap<>();
  /** Whether the warning sign at each place declares a kind of relief unsafe. */
  private final boolean[] warningForbids;
  /**
   * For each strategy and warning place, the "avoid" entry when that sign alone makes it unsafe
   * (its reason is the sign's), or null; the row is null when no sign makes the strategy unsafe.
   */
  private final AvoidedAdvice @org.jspecify.annotations.Nullable [][] warningAvoid;
  /** For each warning place, the kinds of relief it makes unsafe that have a plain text, as "avoid" entries. */
  private final AvoidedAdvice[][] warningKinds;
  /** The tag of each entry of {@link #warningKinds}. */
  private final String[][] warningKindTags;
  /** The warning signs by place. */
  private final WarningSign[] rankedWarnings;
  /**
   * For each warning place, its family: the place of the most urgent sign of the same plugin with
   * the same text to watch for (levels of one concern, such as a clot to rule out within 24 hours
   * and a likely clot to scan now).
   */
  private final int[] warningFamily;
  /** Strategy index by id. */
  private final Map<String, Integer> strategyIndex = new HashMap<>();
  private final int[][] pluginWarningRanks;
  /** Whether every warning sign's place is a bit of a long (at most 64 signs). */
  private final boolean warningBitsFit;
  /** For each "watch for" entry, the bits (by place) of the signs it stands for (when they fit). */
  private final long[] watchBits;
  /** For each set of plugins, the entries of {@link #watchBySet} as indices of {@link #watchAll}. */
  private final int @org.jspecify.annotations.Nullable [][] watchIndexBySet;
  /** The "watch for" list when no warning fired, by bit set of plugins with a likely condition; or null. */
  private final List<WatchFor> @org.jspecify.annotations.Nullable [] watchBySet;
  /** Every text the engine writes into assessments, encoded once for the UTF-8 writer. */
  private final EncodedTexts texts;

  /** A kind of relief a condition forbids, numbered, with the texts of its "avoid" entry. */
  private record TagAvoid(String tag, int number, String reason, String id, String text, AvoidedAdvice alone) {}

  private static final Comparator<WatchFor> WATCH_ORDER =
      Comparator.comparing(WatchFor::triage).thenComparing(WatchFor::id);
  private static final AssessmentAccess RESULTS = AssessmentAccess.get();
  /** Reads a report's patient index; see {@link ReportStates#patientIndex}. */
  private static final ReportStates STATES = ReportStates.get();
  private static final java.util.EnumMap<Triage, String> TRIAGE_TEXT = new java.util.EnumMap<>(Triage.class);
  // The notes, each as a list of itself: most assessments with a note have only that one.
  private static final List<String> UNEXPLAINED = List.of(Messages.text("unexplained"));
  private static final List<String> OUT_OF_SCOPE = List.of(Messages.text("outOfScope"));
  private static final List<String> EMERGENCY_FIRST = List.of(Messages.text("emergencyFirst"));
  private static final String DISCLAIMER = Messages.text("disclaimer");

  static {
    for (Triage t : Triage.values()) {
      TRIAGE_TEXT.put(t, Messages.text("triage." + t.name()));
    }
  }

  /**
   * Create the engine.
   *
   * @param registry the plugins
   * @param policy what to do when a plugin fails
   * @param likelyThreshold probability from which a condition counts as likely (advice, triage)
   * @param cautionThreshold probability from which a condition's contraindications apply
   */
  @SuppressWarnings("unchecked")
  public AssessmentEngine(PluginRegistry registry, FailurePolicy policy, double likelyThreshold,
      double cautionThreshold) {
    this.registry = registry;
    this.policy = policy;
    this.likelyThreshold = likelyThreshold;
    this.cautionThreshold = cautionThreshold;
    this.questions = new InterviewPlanner(registry, likelyThreshold);
    this.plugins = registry.plugins().toArray(new LoadedPlugin[0]);
    List<ReliefStrategy> all = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    for (int p = 0; p < plugins.length; p++) {
      pluginIndex.put(plugins[p].id(), p);
      for (ReliefStrategy r : plugins[p].descriptor.reliefStrategies()) {
        all.add(r);
        owners.add(p);
      }
    }
    this.strategies = all.toArray(new ReliefStrategy[0]);
    this.strategyPluginIndex = new int[strategies.length];
    for (int i = 0; i < strategies.length; i++) {
      strategyPluginIndex[i] = owners.get(i);
    }
    this.conditions = registry.conditions().values().toArray(new ConditionDescriptor[0]);
    this.icd10 = new String[conditions.length];
    this.snomed = new java.util.Optional[conditions.length];
    this.conditionList = (List<String>[]) new List<?>[conditions.length];
    this.conditionPluginBit = new int[conditions.length];
    for (int c = 0; c < conditions.length; c++) {
      conditionIndex.put(conditions[c].id(), c);
      icd10[c] = conditions[c].icd10().value();
      snomed[c] = conditions[c].snomed().map(Code::value);
      conditionList[c] = List.of(conditions[c].id());
    }
    this.plainAccess = RuleBasedAccess.get();
    this.plain = new boolean[plugins.length];
    this.pluginConditions = new int[plugins.length][];
    this.pluginWarnings = new WarningSign[plugins.length][];
    for (int p = 0; p < plugins.length; p++) {
      List<ConditionDescriptor> declared = plugins[p].descriptor.conditions();
      pluginConditions[p] = new int[declared.size()];
      for (int k = 0; k < declared.size(); k++) {
        Integer c = conditionIndex.get(declared.get(k).id());
        pluginConditions[p][k] = c == null ? -1 : c;
        if (c != null && plugins.length <= WATCH_TABLE_PLUGINS) {
          conditionPluginBit[c] = 1 << p;
        }
      }
      List<WarningSign> signs = plugins[p].descriptor.warningSigns();
      pluginWarnings[p] = new WarningSign[signs.size()];
      for (int k = 0; k < signs.size(); k++) {
        pluginWarnings[p][k] = registry.warnings().get(signs.get(k).id());
      }
      plain[p] = plainAccess != null && plainAccess.isPlainIn(plugins[p], registry);
    }
    List<WarningSign> bySeverity = new ArrayList<>(registry.warnings().values());
    bySeverity.sort(Comparator.comparing(WarningSign::triage).thenComparing(WarningSign::id));
    for (int r = 0; r < bySeverity.size(); r++) {
      warningRank.put(bySeverity.get(r).id(), r);
    }
    this.warningBitsFit = bySeverity.size() <= Long.SIZE;
    this.pluginWarningRanks = new int[plugins.length][];
    for (int p = 0; p < plugins.length; p++) {
      pluginWarningRanks[p] = new int[pluginWarnings[p].length];
      for (int k = 0; k < pluginWarnings[p].length; k++) {
        pluginWarningRanks[p][k] = rankOf(pluginWarnings[p][k] == null ? null : pluginWarnings[p][k].id());
      }
    }
    // Kinds of relief a warning sign makes unsafe while it stands (WarningSign#unsafeReliefTags).
    this.warningForbids = new boolean[bySeverity.size()];
    this.warningKinds = new AvoidedAdvice[bySeverity.size()][];
    this.warningKindTags = new String[bySeverity.size()][];
    this.rankedWarnings = bySeverity.toArray(new WarningSign[0]);
    this.warningAvoid = new AvoidedAdvice[strategies.length][];
    for (int r = 0; r < bySeverity.size(); r++) {
      WarningSign w = bySeverity.get(r);
      warningForbids[r] = !w.unsafeReliefTags().isEmpty();
      List<AvoidedAdvice> kinds = new ArrayList<>();
      List<String> kindTags = new ArrayList<>();
      for (Map.Entry<String, String> e : w.unsafeReliefTags().entrySet()) {
        if (Messages.has("tag." + e.getKey())) {
          kinds.add(new AvoidedAdvice("avoid." + e.getKey(), Messages.text("tag." + e.getKey()), e.getValue(),
              List.of(w.id())));
          kindTags.add(e.getKey());
        }
      }
      warningKinds[r] = kinds.toArray(new AvoidedAdvice[0]);
      warningKindTags[r] = kindTags.toArray(new String[0]);
      for (int i = 0; i < strategies.length; i++) {
        for (String t : strategies[i].tags()) {
          String reason = w.unsafeReliefTags().get(t);
          if (reason != null) {
            if (warningAvoid[i] == null) {
              warningAvoid[i] = new AvoidedAdvice[bySeverity.size()];
            }
            warningAvoid[i][r] = new AvoidedAdvice(strategies[i].id(), strategies[i].text(), reason, List.of(w.id()));
            break;
          }
        }
      }
    }
    for (int i = 0; i < strategies.length; i++) {
      strategyIndex.putIfAbsent(strategies[i].id(), i);
    }
    this.helpsIndex = new int[strategies.length][];
    for (int i = 0; i < strategies.length; i++) {
      String[] helps = strategies[i].forConditions().toArray(new String[0]);
      helpsIndex[i] = new int[helps.length];
      for (int k = 0; k < helps.length; k++) {
        Integer c = conditionIndex.get(helps[k]);
        helpsIndex[i][k] = c == null ? -1 : c;
      }
    }
    // The kinds of relief with a plain text, numbered in the order first met.
    Map<String, Integer> tagNumber = new HashMap<>();
    this.tagAvoids = new TagAvoid[conditions.length][];
    for (int ci = 0; ci < conditions.length; ci++) {
      List<TagAvoid> ts = new ArrayList<>();
      for (Map.Entry<String, String> e : conditions[ci].unsafeReliefTags().entrySet()) {
        String tag = e.getKey();
        if (Messages.has("tag." + tag)) {
          int number = tagNumber.computeIfAbsent(tag, k -> tagNumber.size());
          String id = "avoid." + tag;
          String text = Messages.text("tag." + tag);
          ts.add(new TagAvoid(tag, number, e.getValue(), id, text,
              new AvoidedAdvice(id, text, e.getValue(), conditionList[ci])));
        }
      }
      tagAvoids[ci] = ts.toArray(new TagAvoid[0]);
    }
    this.tagCount = tagNumber.size();
    this.bitsFit = (long) conditions.length * tagCount <= Long.SIZE;
    this.reasonFor = new String[strategies.length][conditions.length];
    this.forbiddenBy = new int[strategies.length][];
    this.masksFit = conditions.length <= Long.SIZE;
    this.strategyBitsFit = masksFit && strategies.length <= Long.SIZE;
    this.strategiesHelping = new long[conditions.length];
    this.strategiesForbidden = new long[conditions.length];
    this.adviceFor = new Advice[strategies.length][conditions.length];
    this.avoidFor = new AvoidedAdvice[strategies.length][conditions.length];
    this.helpsMask = new long[strategies.length];
    this.forbiddenMask = new long[strategies.length];
    this.ownStrategy = new boolean[strategies.length][conditions.length];
    this.coversTag = new int[strategies.length][conditions.length];
    for (int i = 0; i < strategies.length; i++) {
      ReliefStrategy r = strategies[i];
      String namespace = plugins[strategyPluginIndex[i]].id() + ".";
      for (int ci = 0; ci < conditions.length; ci++) {
        ConditionDescriptor c = conditions[ci];
        ownStrategy[i][ci] = c.id().startsWith(namespace);
        coversTag[i][ci] = -1;
        String reason = r.unsafeWith().get(c.id());
        if (reason == null) {
          for (String t : r.tags()) {
            reason = c.unsafeReliefTags().get(t);
            if (reason != null) {
              Integer number = tagNumber.get(t);
              coversTag[i][ci] = number == null ? -1 : number;
              break;
            }
          }
        }
        reasonFor[i][ci] = reason;
      }
      int count = 0;
      for (int ci = 0; ci < conditions.length; ci++) {
        count += reasonFor[i][ci] != null ? 1 : 0;
      }
      forbiddenBy[i] = new int[count];
      for (int ci = 0; ci < conditions.length && ci < Long.SIZE; ci++) {
        forbiddenMask[i] |= reasonFor[i][ci] != null ? 1L << ci : 0L;
        strategiesForbidden[ci] |= reasonFor[i][ci] != null && i < Long.SIZE ? 1L << i : 0L;
      }
      for (int c : helpsIndex[i]) {
        helpsMask[i] |= c >= 0 && c < Long.SIZE ? 1L << c : 0L;
        if (c >= 0 && i < Long.SIZE) {
          strategiesHelping[c] |= 1L << i;
        }
        if (c >= 0) {
          adviceFor[i][c] = new Advice(r.id(), r.text(), conditionList[c]);
        }
      }
      for (int ci = 0; ci < conditions.length; ci++) {
        if (reasonFor[i][ci] != null) {
          avoidFor[i][ci] = new AvoidedAdvice(r.id(), r.text(), reasonFor[i][ci], conditionList[ci]);
        }
      }
      count = 0;
      for (int ci = 0; ci < conditions.length; ci++) {
        if (reasonFor[i][ci] != null) {
          forbiddenBy[i][count++] = ci;
        }
      }
    }
    List<WatchFor> watch = new ArrayList<>();
    List<Integer> watchOwners = new ArrayList<>();
    for (int p = 0; p < plugins.length; p++) {
      for (WarningSign w : plugins[p].descriptor.warningSigns()) {
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
    List<WatchFor> entries = new ArrayList<>();
    List<Integer> entryPlugins = new ArrayList<>();
    List<List<String>> entryIds = new ArrayList<>();
    for (Integer k : order) {
      WatchFor w = watch.get(k);
      int p = watchOwners.get(k);
      int same = -1;
      for (int e = 0; e < entries.size() && same < 0; e++) {
        if (entryPlugins.get(e) == p && entries.get(e).text().equals(w.text())) {
          same = e;
        }
      }
      if (same >= 0) {
        entryIds.get(same).add(w.id());
      } else {
        entries.add(w);
        entryPlugins.add(p);
        entryIds.add(new ArrayList<>(List.of(w.id())));
      }
    }
    this.warningFamily = new int[rankedWarnings.length];
    for (int r = 0; r < warningFamily.length; r++) {
      warningFamily[r] = r;
    }
    for (List<String> ids : entryIds) {
      int lead = rankOf(ids.get(0));
      for (String id : ids) {
        int r = rankOf(id);
        if (r < warningFamily.length && lead < warningFamily.length) {
          warningFamily[r] = lead;
        }
      }
    }
    this.watchAll = entries.toArray(new WatchFor[0]);
    this.watchPlugin = new int[watchAll.length];
    this.watchIds = new String[watchAll.length][];
    this.watchBits = new long[watchAll.length];
    for (int e = 0; e < watchAll.length; e++) {
      watchPlugin[e] = entryPlugins.get(e);
      watchIds[e] = entryIds.get(e).toArray(new String[0]);
      for (String id : watchIds[e]) {
        int r = rankOf(id);
        watchBits[e] |= r < Long.SIZE ? 1L << r : 0L;
      }
    }
    if (plugins.length <= WATCH_TABLE_PLUGINS) {
      this.watchBySet = (List<WatchFor>[]) new List<?>[1 << plugins.length];
      this.watchIndexBySet = new int[watchBySet.length][];
      for (int set = 0; set < watchBySet.length; set++) {
        WatchFor[] out = new WatchFor[watchAll.length];
        int[] at = new int[watchAll.length];
        int count = 0;
        for (int k = 0; k < watchAll.length; k++) {
          if ((set & (1 << watchPlugin[k])) != 0) {
            at[count] = k;
            out[count++] = watchAll[k];
          }
        }
        watchBySet[set] = immutable(out, count);
        watchIndexBySet[set] = java.util.Arrays.copyOf(at, count);
      }
    } else {
      this.watchBySet = null;
      this.watchIndexBySet = null;
    }
    this.texts = EncodedTexts.of(texts());
  }

  /** The texts of the catalogue that assessments repeat (see {@link EncodedTexts}). */
  private List<String> texts() {
    List<String> out = new ArrayList<>(TRIAGE_TEXT.values());
    out.addAll(UNEXPLAINED);
    out.addAll(OUT_OF_SCOPE);
    out.addAll(EMERGENCY_FIRST);
    out.add(DISCLAIMER);
    out.addAll(registry.vocabulary().ids());
    for (ConditionDescriptor c : conditions) {
      out.add(c.id());
      out.add(c.name());
    }
    for (ReliefStrategy r : strategies) {
      out.add(r.id());
      out.add(r.text());
    }
    for (String[] reasons : reasonFor) {
      for (String reason : reasons) {
        if (reason != null) {
          out.add(reason);
        }
      }
    }
    for (TagAvoid[] avoids : tagAvoids) {
      for (TagAvoid a : avoids) {
        out.addAll(List.of(a.reason(), a.id(), a.text()));
      }
    }
    for (WarningSign w : registry.warnings().values()) {
      out.addAll(List.of(w.id(), w.message(), w.watchFor()));
      out.addAll(w.unsafeReliefTags().values());
    }
    for (AvoidedAdvice[] kinds : warningKinds) {
      for (AvoidedAdvice a : kinds) {
        out.addAll(List.of(a.id(), a.text()));
      }
    }
    return out;
  }

  /** @return the interview planner, which also ranks each assessment's next questions */
  public InterviewPlanner planner() {
    return questions;
  }

  /** @return the registry */
  public PluginRegistry registry() {
    return registry;
  }

  /**
   * The raw, merged plugin output for a report, before advice and triage. Plain rule-based plugins
   * hand their results straight to it (see {@link RuleBasedAccess}); the others' assessments are
   * checked and then copied in.
   */
  public static final class Scored implements RuleBasedAccess.Sink {
    private final AssessmentEngine engine;
    /** The differential so far; sorted by {@link #finish}. */
    final RankedCondition[] ranked;
    /**
     * The condition index of each entry of {@link #ranked} (the first {@code n} ints, n = the
     * number of conditions), then, once sorted, each condition's place in the differential
     * (the next {@code n}; {@code MAX_VALUE} when not judged).
     */
    final int[] slots;
    int count;
    /** Advice and advice to avoid, with their sort keys, kept in arrays until sorted. */
    private Advice @org.jspecify.annotations.Nullable [] advice;
    private int @org.jspecify.annotations.Nullable [] adviceKeys;
    private int adviceCount;
    private AvoidedAdvice @org.jspecify.annotations.Nullable [] avoid;
    private int @org.jspecify.annotations.Nullable [] avoidKeys;
    private int avoidCount;
    private Warning @org.jspecify.annotations.Nullable [] fired;
    /**
     * Each fired warning's place (see {@code warningRank}), to sort them by: the first one's in a
     * field, and an array only once a second fires (one warning needs no sorting).
     */
    private int firstRank;
    private int @org.jspecify.annotations.Nullable [] firedRanks;
    private int firedCount;
    /** The places of the fired warnings as bits (those below 64). */
    long firedBits;
    /** Whether a fired warning declares a kind of relief unsafe. */
    boolean warningForbids;
    List<PluginFailure> failures;
    /** The plugin whose results the sink receives now. */
    private int plugin;
    /** Set when a plain plugin hands over a probability the checks of {@link #validate} would reject. */
    private boolean invalid;
    List<RankedCondition> differential = List.of();
    List<Warning> warnings = List.of();
    /** How many conditions are likely, and of concern: the first of the sorted differential. */
    int likelyCount;
    int concerns;
    /** The likely conditions and the conditions of concern as bits by condition index (see {@code masksFit}). */
    long likelyMask;
    long concernMask;
    /**
     * The bits of the plugins whose signs to watch for (when there are few enough plugins): those
     * with a likely condition, or with none likely, those with a condition of concern.
     */
    int relevantPlugins;
    /** How many of the first conditions of the differential choose the plugins to watch for. */
    int watchCount;
    /**
     * Which kinds of relief (by condition and kind number) an "avoid" entry for a strategy already
     * covers: bits when every pair fits in one long (always, for the built-in plugins), else an array.
     */
    private long coveredBits;
    private boolean @org.jspecify.annotations.Nullable [] covered;

    Scored(AssessmentEngine engine) {
      this.engine = engine;
      this.ranked = new RankedCondition[engine.conditions.length];
      this.slots = new int[2 * engine.conditions.length];
      this.failures = engine.registry.loadFailures();
    }

    /** @return the ranked differential */
    public List<RankedCondition> differential() {
      return differential;
    }

    /** @return the fired warnings */
    public List<Warning> warnings() {
      return warnings;
    }

    @Override
    public void condition(int index, double probability, List<String> supporting, List<String> conflicting) {
      if (!(probability >= 0.0 && probability <= 1.0)) {
        invalid = true;
        return;
      }
      add(engine.pluginConditions[plugin][index], probability, supporting, conflicting);
    }

    @Override
    public void warning(int index, List<String> firedBy) {
      add(engine.pluginWarningRanks[plugin][index], engine.pluginWarnings[plugin][index], firedBy);
    }

    void add(int c, double probability, List<String> supporting, List<String> conflicting) {
      ConditionDescriptor d = engine.conditions[c];
      double p = Math.round(probability * ROUNDING) / ROUNDING;
      slots[count] = c;
      ranked[count++] = new RankedCondition(d.id(), d.name(), p, supporting, conflicting, engine.icd10[c],
          engine.snomed[c]);
    }

    void add(int rank, WarningSign w, List<String> firedBy) {
      if (fired == null) {
        fired = new Warning[4];
        firstRank = rank;
      } else {
        if (firedCount == fired.length) {
          fired = java.util.Arrays.copyOf(fired, firedCount * 2);
          if (firedRanks != null) {
            firedRanks = java.util.Arrays.copyOf(firedRanks, firedCount * 2);
          }
        }
        if (firedRanks == null) {
          firedRanks = new int[fired.length];
          firedRanks[0] = firstRank;
        }
        firedRanks[firedCount] = rank;
      }
      fired[firedCount++] = new Warning(w.id(), w.triage(), w.message(), firedBy);
      firedBits |= rank < Long.SIZE ? 1L << rank : 0L;
      warningForbids |= rank < engine.warningForbids.length && engine.warningForbids[rank];
    }

    /** Mark the kind of relief {@code t} of condition {@code c} as covered. */
    void cover(int c, int t) {
      int at = c * engine.tagCount + t;
      if (engine.bitsFit) {
        coveredBits |= 1L << at;
      } else {
        if (covered == null) {
          covered = new boolean[engine.conditions.length * engine.tagCount];
        }
        covered[at] = true;
      }
    }

    /** Whether the kind of relief {@code t} of condition {@code c} is covered. */
    boolean isCovered(int c, int t) {
      int at = c * engine.tagCount + t;
      return engine.bitsFit ? (coveredBits & (1L << at)) != 0 : covered != null && covered[at];
    }

    void fail(PluginFailure f) {
      if (!(failures instanceof ArrayList)) {
        failures = new ArrayList<>(failures);
      }
      failures.add(f);
    }

    /** Sort the differential (most likely first, then by id) and the warnings, and make the lists. */
    void finish() {
      // Insertion sort of a few entries; the order is total (ids are distinct), so any sort agrees.
      int[] byRank = slots;
      for (int i = 1; i < count; i++) {
        RankedCondition r = ranked[i];
        int c = byRank[i];
        int j = i;
        while (j > 0 && differentialOrder(ranked[j - 1], r) > 0) {
          ranked[j] = ranked[j - 1];
          byRank[j] = byRank[j - 1];
          j--;
        }
        ranked[j] = r;
        byRank[j] = c;
      }
      int n = ranked.length;
      java.util.Arrays.fill(slots, n, 2 * n, Integer.MAX_VALUE);
      for (int i = 0; i < count; i++) {
        slots[n + byRank[i]] = i;
      }
      differential = FrozenList.of(ranked, count);
      if (fired != null && firedCount > 1) {
        // Most urgent first, then by id: by place. Every fired warning has a place (plugins
        // fire only the warnings they declare), so the order is total.
        sortByKey(fired, firedRanks, firedCount);
        dropOutranked();
      }
      if (fired != null) {
        warnings = FrozenList.of(fired, firedCount);
      }
    }

    /** The place of fired warning {@code k}, in output order once {@link #finish} has sorted them. */
    int firedRank(int k) {
      return firedRanks == null ? firstRank : firedRanks[k];
    }

    /**
     * Whether an "avoid" entry so far is the kind of relief {@code tag} (its entry's id is
     * {@code kindId}), or a strategy with that tag.
     */
    boolean avoids(String kindId, String tag) {
      for (int k = 0; k < avoidCount; k++) {
        String id = avoid[k].id();
        Integer i = engine.strategyIndex.get(id);
        if (id.equals(kindId) || i != null && engine.strategies[i].tags().contains(tag)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Drop each fired warning when a more urgent sign of its family fired too: its message (see a
     * doctor within 24 hours) would contradict the more urgent one's (go now), which covers it. The
     * fired warnings are sorted, so the more urgent come first.
     */
    private void dropOutranked() {
      int[] family = engine.warningFamily;
      int kept = 0;
      for (int k = 0; k < firedCount; k++) {
        Warning w = fired[k];
        int r = firedRanks[k];
        boolean outranked = false;
        for (int j = 0; j < kept && !outranked; j++) {
          int q = firedRanks[j];
          outranked = r < family.length && q < family.length && family[q] == family[r]
              && fired[j].triage().isMoreUrgentThan(w.triage());
        }
        if (!outranked) {
          fired[kept] = w;
          firedRanks[kept++] = r;
        }
      }
      java.util.Arrays.fill(fired, kept, firedCount, null);
      firedCount = kept;
    }

    void addAdvice(Advice a, int key) {
      if (advice == null) {
        advice = new Advice[4];
        adviceKeys = new int[4];
      } else if (adviceCount == advice.length) {
        advice = java.util.Arrays.copyOf(advice, adviceCount * 2);
        adviceKeys = java.util.Arrays.copyOf(adviceKeys, adviceCount * 2);
      }
      advice[adviceCount] = a;
      adviceKeys[adviceCount++] = key;
    }

    /** Take back the advice with this strategy id, if it was given. */
    void removeAdvice(String id) {
      for (int k = 0; k < adviceCount; k++) {
        if (advice[k].id().equals(id)) {
          System.arraycopy(advice, k + 1, advice, k, adviceCount - k - 1);
          System.arraycopy(adviceKeys, k + 1, adviceKeys, k, adviceCount - k - 1);
          advice[--adviceCount] = null;
          return;
        }
      }
    }

    void addAvoid(AvoidedAdvice a, int key) {
      if (avoid == null) {
        avoid = new AvoidedAdvice[4];
        avoidKeys = new int[4];
      } else if (avoidCount == avoid.length) {
        avoid = java.util.Arrays.copyOf(avoid, avoidCount * 2);
        avoidKeys = java.util.Arrays.copyOf(avoidKeys, avoidCount * 2);
      }
      avoid[avoidCount] = a;
      avoidKeys[avoidCount++] = key;
    }

    /** The advice, sorted by key (the best rank it helps), stably, as {@code List.sort} would. */
    List<Advice> sortedAdvice() {
      if (advice == null) {
        return List.of();
      }
      sortByKey(advice, adviceKeys, adviceCount);
      return FrozenList.of(advice, adviceCount);
    }

    /** Sort the first {@code n} items by their keys, stably: an insertion sort of a few. */
    private static <T> void sortByKey(T[] items, int[] keys, int n) {
      for (int i = 1; i < n; i++) {
        T item = items[i];
        int k = keys[i];
        int j = i;
        while (j > 0 && keys[j - 1] > k) {
          items[j] = items[j - 1];
          keys[j] = keys[j - 1];
          j--;
        }
        items[j] = item;
        keys[j] = k;
      }
    }

    /** The advice to avoid, sorted by key (the best rank it is avoided for), then by id, stably. */
    List<AvoidedAdvice> sortedAvoid() {
      AvoidedAdvice[] items = avoid;
      int[] keys = avoidKeys;
      for (int i = 1; i < avoidCount; i++) {
        AvoidedAdvice a = items[i];
        int k = keys[i];
        String id = a.id();
        int j = i;
        while (j > 0 && (keys[j - 1] > k || keys[j - 1] == k && items[j - 1].id().compareTo(id) > 0)) {
          items[j] = items[j - 1];
          keys[j] = keys[j - 1];
          j--;
        }
        items[j] = a;
        keys[j] = k;
      }
      return items == null ? List.of() : FrozenList.of(items, avoidCount);
    }
  }

  /**
   * Run every plugin and merge their scores and warnings, without advice or questions.
   *
   * @param report a report already checked against the vocabulary
   * @return the merged output
   */
  public Scored score(SymptomReport report) {
    Scored s = new Scored(this);
    Vocabulary vocabulary = registry.vocabulary();
    for (int p = 0; p < plugins.length; p++) {
      LoadedPlugin lp = plugins[p];
      if (plain[p]) {
        // Straight into the differential. Should anything be amiss (an exception, a probability
        // out of range), the partial results are dropped and the plugin goes through the full
        // path below, which reports the problem exactly as for any plugin.
        int mark = s.count;
        int firedMark = s.firedCount;
        s.plugin = p;
        try {
          plainAccess.assess(lp.plugin, report, s);
          if (!s.invalid) {
            continue;
          }
        } catch (VirtualMachineError e) {
          throw e;
        } catch (Throwable t) {
          // Reported by the full path.
        }
        s.invalid = false;
        java.util.Arrays.fill(s.ranked, mark, s.count, null);
        s.count = mark;
        if (s.fired != null) {
          java.util.Arrays.fill(s.fired, firedMark, s.firedCount, null);
        }
        s.firedCount = firedMark;
      }
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
        s.fail(new PluginFailure(lp.id(), e.getMessage()));
        continue;
      }
      List<ConditionScore> scores = a.scores();
      for (int k = 0; k < scores.size(); k++) {
        ConditionScore cs = scores.get(k);
        s.add(conditionIndex.get(cs.conditionId()), cs.probability(), cs.supporting(), cs.conflicting());
      }
      List<FiredWarning> warnings = a.warnings();
      for (int k = 0; k < warnings.size(); k++) {
        FiredWarning fw = warnings.get(k);
        s.add(rankOf(fw.warningId()), registry.warnings().get(fw.warningId()), fw.triggeredBy());
      }
    }
    s.finish();
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

  /** The sort key of "avoid" entries for fired warning signs: before those for conditions (keyed 0 and up). */
  private static final int WARNING_KEY = -1;

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
   * <p>The steps are separate methods, each small enough for the JIT compiler to compile (and,
   * when a rare branch is first taken, recompile) quickly: one method of them all took the
   * optimising compiler up to half a second each time, so a short batch run spent most of its
   * time in slower code.
   *
   * @param report a report already checked against the vocabulary
   * @param maxQuestions how many next questions to include
   * @return the assessment
   */
  public AggregatedAssessment assess(SymptomReport report, int maxQuestions) {
    Scored s = score(report);
    Triage triage = likely(s);
    boolean anyLikely = s.likelyCount > 0;
    List<String> notes = List.of();
    List<Warning> warnings = s.warnings;
    for (int k = 0; k < warnings.size(); k++) {
      triage = Triage.mostUrgent(triage, warnings.get(k).triage());
    }
    if (!anyLikely && warnings.isEmpty()) {
      // Nothing explains the symptoms: a clinician should look, rather than self-care.
      triage = Triage.mostUrgent(triage, Triage.CONSULTATION);
      notes = addNote(notes, UNEXPLAINED);
    }
    boolean outOfScope = ReportStates.isMinor(STATES.patientIndex(report));
    if (outOfScope) {
      triage = Triage.mostUrgent(triage, Triage.CONSULTATION);
      notes = addNote(notes, OUT_OF_SCOPE);
    }
    // In an emergency, getting help comes first: no self-care advice competes with it.
    boolean emergency = triage.isAtLeast(Triage.EMERGENCY);

    // Advice: strategies for likely conditions, unless a condition of concern makes them unsafe.
    // A plugin that failed on this report contributes nothing, not even advice to avoid.
    boolean[] failed = s.failures.isEmpty() ? null : failedPlugins(s.failures);
    if (strategyBitsFit) {
      for (long m = candidateStrategies(s); m != 0; m &= m - 1) {
        int i = Long.numberOfTrailingZeros(m);
        if (failed == null || !failed[strategyPluginIndex[i]]) {
          strategy(s, i, emergency);
        }
      }
    } else {
      for (int i = 0; i < strategies.length; i++) {
        if (failed == null || !failed[strategyPluginIndex[i]]) {
          strategy(s, i, emergency);
        }
      }
    }
    if (s.warningForbids) {
      // Rare (a fired sign forbids a kind of relief), so kept out of the strategy loop above.
      avoidForWarnings(s, failed);
    }
    avoidKinds(s);
    if (s.warningForbids) {
      warningKinds(s);
    }
    List<AvoidedAdvice> avoided = s.sortedAvoid();
    List<Advice> given = s.sortedAdvice();
    if (emergency) {
      notes = addNote(notes, EMERGENCY_FIRST);
    }
    List<WatchFor> watch = watchFor(s);
    List<Question> next = maxQuestions <= 0 ? List.of() : questions.rank(report, s, maxQuestions);

    return RESULTS.assessment(triage, TRIAGE_TEXT.get(triage), outOfScope, s.differential, warnings, given, avoided,
        watch, FrozenList.copyOf(next), FrozenList.copyOf(s.failures), FrozenList.copyOf(notes), DISCLAIMER, texts);
  }

  /**
   * Count the likely conditions and the conditions of concern, note the plugins of the likely
   * ones, and return the most urgent level of care a likely condition calls for.
   *
   * <p>The differential is sorted by probability, so the likely conditions (whose advice is given
   * and whose level of care applies) are its first {@code likelyCount} entries, and the conditions
   * of concern (whose contraindications apply) its first {@code concerns}, in rank order.
   */
  private Triage likely(Scored s) {
    RankedCondition[] ranked = s.ranked;
    int[] slots = s.slots;
    int likelyCount = 0;
    int concerns = 0;
    int relevantPlugins = 0;
    int concernPlugins = 0;
    long likelyMask = 0;
    long concernMask = 0;
    Triage triage = Triage.SELF_CARE;
    for (int i = 0; i < s.count; i++) {
      double p = ranked[i].probability();
      int ci = slots[i];
      long bit = masksFit ? 1L << ci : 0L;
      if (p >= likelyThreshold) {
        likelyCount++;
        likelyMask |= bit;
        relevantPlugins |= conditionPluginBit[ci];
        // Triage: the most urgent of every rule that applies; never lower than a fired warning.
        triage = Triage.mostUrgent(triage, conditions[ci].triageWhenLikely());
      }
      if (p >= cautionThreshold) {
        concerns++;
        concernMask |= bit;
        concernPlugins |= conditionPluginBit[ci];
      }
    }
    // What to watch for: the plugins of the likely conditions; with none likely, those of the
    // conditions of concern, so a pain nothing explains well still has a safety net. (Not every
    // plugin's: a plugin whose conditions the report gives no weight must not change the answer.)
    int watchCount = likelyCount > 0 ? likelyCount : concerns;
    if (likelyCount == 0) {
      relevantPlugins = concernPlugins;
    }
    s.likelyMask = likelyMask;
    s.concernMask = concernMask;
    s.likelyCount = likelyCount;
    s.concerns = concerns;
    s.relevantPlugins = relevantPlugins;
    s.watchCount = watchCount;
    return triage;
  }

  /** The plugins that failed on this report, by plugin index. */
  private boolean[] failedPlugins(List<PluginFailure> failures) {
    boolean[] failed = new boolean[plugins.length];
    for (PluginFailure f : failures) {
      Integer p = pluginIndex.get(f.plugin());
      if (p != null) {
        failed[p] = true;
      }
    }
    return failed;
  }

  /**
   * The strategies the advice step must visit ({@link #strategyBitsFit} only): those that help a
   * likely condition or that a condition of concern forbids, as bits by strategy index.
   */
  private long candidateStrategies(Scored s) {
    long candidates = 0;
    for (long m = s.likelyMask; m != 0; m &= m - 1) {
      candidates |= strategiesHelping[Long.numberOfTrailingZeros(m)];
    }
    for (long m = s.concernMask; m != 0; m &= m - 1) {
      candidates |= strategiesForbidden[Long.numberOfTrailingZeros(m)];
    }
    return candidates;
  }

  /**
   * Give strategy {@code i} as advice, list it under "avoid", or neither.
   *
   * <p>Specific advice that a condition of concern makes unsafe is never given; it is listed under
   * "avoid" with the reason when it would otherwise have been given, or when it comes from the
   * same plugin as the condition that forbids it. Another plugin's advice for conditions nobody
   * suspects is simply not given, and not listed. Which condition forbids which strategy, and
   * why, is the table built once in the constructor.
   */
  private void strategy(Scored s, int i, boolean emergency) {
    if (masksFit && (helpsMask[i] & s.likelyMask) == 0 && (forbiddenMask[i] & s.concernMask) == 0) {
      // It helps no likely condition and no condition of concern forbids it: neither given nor listed.
      return;
    }
    int[] slots = s.slots;
    int rankAt = conditions.length;
    int likelyCount = s.likelyCount;
    int concerns = s.concerns;
    int[] helpIndex = helpsIndex[i];
    // How many conditions of concern forbid it, and the first of them in rank order (its
    // place among the conditions of concern, which are the first of the differential).
    int forbidders = 0;
    int first = Integer.MAX_VALUE;
    for (int c : forbiddenBy[i]) {
      int at = slots[rankAt + c];
      if (at < concerns) {
        forbidders++;
        first = Math.min(first, at);
      }
    }
    if (forbidders > 0) {
      // Listed when it would have been given (it helps a likely condition), or when the plugin
      // of the condition that forbids it offers it (its own catalogue, such as raising the legs
      // for venous disease when arterial disease is likely).
      boolean listed = false;
      for (int c : helpIndex) {
        listed |= c >= 0 && slots[rankAt + c] < likelyCount;
      }
      String[] reasons = reasonFor[i];
      boolean[] own = ownStrategy[i];
      for (int k = first; k < concerns && !listed; k++) {
        listed = reasons[slots[k]] != null && own[slots[k]];
      }
      if (listed) {
        avoidStrategy(s, i, forbidders, first);
      }
      return;
    }
    if (emergency) {
      return;
    }
    // The likely conditions it helps, in rank order (a stable insertion sort of a few).
    int helped = 0;
    int only = -1;
    for (int c : helpIndex) {
      if (c >= 0 && slots[rankAt + c] < likelyCount) {
        helped++;
        only = c;
      }
    }
    if (helped == 0) {
      return;
    }
    ReliefStrategy r = strategies[i];
    if (helped == 1) {
      s.addAdvice(adviceFor[i][only], slots[rankAt + only]);
      return;
    }
    String[] ids = new String[helped];
    int[] at = new int[helped];
    int count = 0;
    for (int c : helpIndex) {
      int rc = c >= 0 ? slots[rankAt + c] : Integer.MAX_VALUE;
      if (rc < likelyCount) {
        int j = count++;
        while (j > 0 && at[j - 1] > rc) {
          ids[j] = ids[j - 1];
          at[j] = at[j - 1];
          j--;
        }
        ids[j] = conditions[c].id();
        at[j] = rc;
      }
    }
    s.addAdvice(new Advice(r.id(), r.text(), FrozenList.of(ids, count)), at[0]);
  }

  /**
   * Move to "avoid" the advice that a fired warning sign makes unsafe: each strategy that helps a
   * likely condition (given, or due but for an emergency), that no condition of concern forbids
   * already, and whose plugin did not fail.
   */
  private void avoidForWarnings(Scored s, boolean @org.jspecify.annotations.Nullable [] failed) {
    for (int i = 0; i < strategies.length; i++) {
      if (warningAvoid[i] != null && (failed == null || !failed[strategyPluginIndex[i]])
          && !forbiddenByConcern(s, i) && avoidForWarnings(s, i)) {
        s.removeAdvice(strategies[i].id());
      }
    }
  }

  /** Whether a condition of concern forbids strategy {@code i} (then the strategy step dealt with it). */
  private boolean forbiddenByConcern(Scored s, int i) {
    for (int c : forbiddenBy[i]) {
      if (s.slots[conditions.length + c] < s.concerns) {
        return true;
      }
    }
    return false;
  }

  /**
   * List strategy {@code i} under "avoid" when it would have been given (it helps a likely
   * condition) and a fired warning sign makes it unsafe; return whether it did. The entry names
   * every such sign, most urgent first, and is listed before the entries for conditions.
   */
  private boolean avoidForWarnings(Scored s, int i) {
    int[] slots = s.slots;
    int rankAt = conditions.length;
    boolean helps = false;
    for (int c : helpsIndex[i]) {
      helps |= c >= 0 && slots[rankAt + c] < s.likelyCount;
    }
    if (!helps) {
      return false;
    }
    AvoidedAdvice[] alone = warningAvoid[i];
    List<Warning> fired = s.warnings;
    int count = 0;
    int only = -1;
    for (int k = 0; k < fired.size(); k++) {
      int r = s.firedRank(k);
      if (r < alone.length && alone[r] != null) {
        count++;
        only = r;
      }
    }
    if (count == 0) {
      return false;
    }
    if (count == 1) {
      s.addAvoid(alone[only], WARNING_KEY);
      return true;
    }
    String[] ids = new String[count];
    String[] distinct = new String[count];
    count = 0;
    int d = 0;
    for (int k = 0; k < fired.size(); k++) {
      int r = s.firedRank(k);
      if (r < alone.length && alone[r] != null) {
        ids[count++] = fired.get(k).id();
        d = addDistinct(distinct, d, alone[r].reason());
      }
    }
    ReliefStrategy r = strategies[i];
    s.addAvoid(new AvoidedAdvice(r.id(), r.text(), join(distinct, d), FrozenList.of(ids, count)), WARNING_KEY);
    return true;
  }

  /**
   * List the kinds of relief the fired warning signs make unsafe (such as massage of a leg that may
   * hold a clot), one entry per kind, naming every fired sign that forbids it, unless an entry so
   * far already covers that kind.
   */
  private void warningKinds(Scored s) {
    List<Warning> fired = s.warnings;
    for (int k = 0; k < fired.size(); k++) {
      AvoidedAdvice[] kinds = warningKinds[s.firedRank(k)];
      for (int e = 0; e < kinds.length; e++) {
        AvoidedAdvice kind = kinds[e];
        String tag = warningKindTags[s.firedRank(k)][e];
        if (s.avoids(kind.id(), tag)) {
          continue;
        }
        int count = 0;
        for (int j = k; j < fired.size(); j++) {
          count += rankedWarnings[s.firedRank(j)].unsafeReliefTags().containsKey(tag) ? 1 : 0;
        }
        if (count == 1) {
          s.addAvoid(kind, WARNING_KEY);
          continue;
        }
        String[] ids = new String[count];
        String[] distinct = new String[count];
        count = 0;
        int d = 0;
        for (int j = k; j < fired.size(); j++) {
          WarningSign w = rankedWarnings[s.firedRank(j)];
          String reason = w.unsafeReliefTags().get(tag);
          if (reason != null) {
            ids[count++] = w.id();
            d = addDistinct(distinct, d, reason);
          }
        }
        s.addAvoid(new AvoidedAdvice(kind.id(), kind.text(), join(distinct, d), FrozenList.of(ids, count)),
            WARNING_KEY);
      }
    }
  }

  /**
   * List strategy {@code i} under "avoid": {@code forbidders} conditions of concern forbid it,
   * the first at place {@code first}. Marks the kinds of relief the entry covers.
   */
  private void avoidStrategy(Scored s, int i, int forbidders, int first) {
    int[] slots = s.slots;
    String[] reasons = reasonFor[i];
    int[] covers = coversTag[i];
    if (forbidders == 1) {
      int c = slots[first];
      if (covers[c] >= 0) {
        s.cover(c, covers[c]);
      }
      // Keyed by place among the conditions of concern, which are in rank order.
      s.addAvoid(avoidFor[i][c], first);
      return;
    }
    String[] ids = new String[forbidders];
    String[] distinct = new String[forbidders];
    int d = 0;
    int count = 0;
    for (int k = first; k < s.concerns; k++) {
      int c = slots[k];
      String why = reasons[c];
      if (why == null) {
        continue;
      }
      if (covers[c] >= 0) {
        s.cover(c, covers[c]);
      }
      ids[count++] = conditions[c].id();
      d = addDistinct(distinct, d, why);
    }
    ReliefStrategy r = strategies[i];
    s.addAvoid(new AvoidedAdvice(r.id(), r.text(), join(distinct, d), FrozenList.of(ids, count)), first);
  }

  /**
   * List the kinds of relief a condition of concern forbids (heat, raising the legs, compression),
   * whoever might have suggested them: people try these at home on their own. One entry per kind,
   * in the order first met, for every condition of concern that forbids it, unless an entry for a
   * strategy already covers it.
   */
  private void avoidKinds(Scored s) {
    int[] slots = s.slots;
    int concerns = s.concerns;
    long seenBits = 0;
    boolean[] seen = null;
    for (int k = 0; k < concerns; k++) {
      int c = slots[k];
      TagAvoid[] ts = tagAvoids[c];
      for (int e = 0; e < ts.length; e++) {
        int t = ts[e].number;
        if (s.isCovered(c, t)) {
          continue;
        }
        if (tagCount <= Long.SIZE) {
          if ((seenBits & (1L << t)) != 0) {
            continue;
          }
          seenBits |= 1L << t;
        } else {
          if (seen != null && seen[t]) {
            continue;
          }
          if (seen == null) {
            seen = new boolean[tagCount];
          }
          seen[t] = true;
        }
        avoidKind(s, k, ts[e]);
      }
    }
  }

  /** List one kind of relief that the condition at place {@code k} forbids, with every later one that does. */
  private void avoidKind(Scored s, int k, TagAvoid a) {
    int[] slots = s.slots;
    int concerns = s.concerns;
    int c = slots[k];
    int t = a.number;
    // Every condition of concern from this one on that forbids this kind and is not covered.
    String[] ids = null;
    String[] distinct = null;
    String only = a.reason;
    int count = 0;
    int d = 0;
    for (int j = k + 1; j < concerns; j++) {
      int c2 = slots[j];
      TagAvoid other = tagAvoidOf(c2, t);
      if (other == null || s.isCovered(c2, t)) {
        continue;
      }
      if (ids == null) {
        ids = new String[concerns - k];
        distinct = new String[concerns - k];
        ids[count++] = conditions[c].id();
        d = addDistinct(distinct, d, only);
      }
      ids[count++] = conditions[c2].id();
      d = addDistinct(distinct, d, other.reason);
    }
    s.addAvoid(ids == null ? a.alone : new AvoidedAdvice(a.id, a.text, join(distinct, d), FrozenList.of(ids, count)), k);
  }

  /**
   * The warning signs worth watching for: those of plugins with a likely condition (with none
   * likely, of concern), not yet fired;
   * the table is in output order already, and precomputed for each set of plugins when none fired.
   */
  private List<WatchFor> watchFor(Scored s) {
    List<Warning> warnings = s.warnings;
    if (warnings.isEmpty() && watchBySet != null) {
      return watchBySet[s.relevantPlugins];
    }
    if (warningBitsFit && watchIndexBySet != null) {
      // The table's list for these plugins, without the entries whose signs fired: known by bits.
      int[] at = watchIndexBySet[s.relevantPlugins];
      long firedBits = s.firedBits;
      int kept = 0;
      for (int k : at) {
        kept += (watchBits[k] & firedBits) == 0 ? 1 : 0;
      }
      if (kept == at.length) {
        return watchBySet[s.relevantPlugins];
      }
      WatchFor[] out = new WatchFor[kept];
      int count = 0;
      for (int k : at) {
        if ((watchBits[k] & firedBits) == 0) {
          out[count++] = watchAll[k];
        }
      }
      return FrozenList.of(out, count);
    }
    WatchFor[] out = new WatchFor[watchAll.length];
    int count = 0;
    for (int k = 0; k < watchAll.length; k++) {
      if (likelyPlugin(s.slots, s.watchCount, watchPlugin[k]) && !firedAny(warnings, watchIds[k])) {
        out[count++] = watchAll[k];
      }
    }
    return FrozenList.of(out, count);
  }

  /** The order of the differential: most likely first, then by condition id. */
  private static int differentialOrder(RankedCondition a, RankedCondition b) {
    int byProbability = Double.compare(b.probability(), a.probability());
    return byProbability != 0 ? byProbability : a.condition().compareTo(b.condition());
  }

  /** Whether a plugin has a likely condition (one ranked among the first {@code likelyCount}). */
  private boolean likelyPlugin(int[] slots, int likelyCount, int plugin) {
    for (int c : pluginConditions[plugin]) {
      if (c >= 0 && slots[conditions.length + c] < likelyCount) {
        return true;
      }
    }
    return false;
  }

  /** The entry of condition {@code c} for the kind of relief numbered {@code t}, or null. */
  private @org.jspecify.annotations.Nullable TagAvoid tagAvoidOf(int c, int t) {
    for (TagAvoid a : tagAvoids[c]) {
      if (a.number == t) {
        return a;
      }
    }
    return null;
  }

  /** Add a reason unless an equal one is there (as a {@code LinkedHashSet} would); return the new count. */
  private static int addDistinct(String[] distinct, int d, String reason) {
    for (int k = 0; k < d; k++) {
      if (distinct[k].equals(reason)) {
        return d;
      }
    }
    distinct[d] = reason;
    return d + 1;
  }

  /** The reasons joined by single spaces, as {@code String.join(" ", ...)} would. */
  private static String join(String[] parts, int n) {
    if (n == 1) {
      return parts[0];
    }
    int length = n - 1;
    for (int k = 0; k < n; k++) {
      length += parts[k].length();
    }
    StringBuilder b = new StringBuilder(length);
    for (int k = 0; k < n; k++) {
      if (k > 0) {
        b.append(' ');
      }
      b.append(parts[k]);
    }
    return b.toString();
  }

  /** The notes and then {@code note} (a list of one note). */
  private static List<String> addNote(List<String> notes, List<String> note) {
    if (notes.isEmpty()) {
      return note;
    }
    List<String> out = new ArrayList<>(notes.size() + 1);
    out.addAll(notes);
    out.addAll(note);
    return out;
  }

  /** A warning sign's place in the order of fired warnings; {@code MAX_VALUE} for an id with none. */
  private int rankOf(@org.jspecify.annotations.Nullable String id) {
    Integer r = id == null ? null : warningRank.get(id);
    return r == null ? Integer.MAX_VALUE : r;
  }

  /** Whether any of the warnings with these ids fired. */
  private static boolean firedAny(List<Warning> warnings, String[] ids) {
    for (String id : ids) {
      if (fired(warnings, id)) {
        return true;
      }
    }
    return false;
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
