package org.recumbent.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.recumbent.core.Feature;
import org.recumbent.core.FeatureCategory;
import org.recumbent.core.FindingState;
import org.recumbent.core.Question;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Triage;
import org.recumbent.core.Vocabulary;
import org.recumbent.spi.Assessment;
import org.recumbent.spi.ConditionDescriptor;
import org.recumbent.spi.ConditionScore;
import org.recumbent.spi.FiredWarning;
import org.recumbent.spi.WarningSign;

/**
 * Plans the interview: which question to ask next, and whether any question is still worth asking.
 *
 * <h2>Order</h2>
 * <ol>
 *   <li>Red flags first (safety first, as NHS Pathways asks life-threatening scenarios early): every
 *       unanswered red flag that an installed plugin reads, grouped as {@link RedFlagGroups} says
 *       where a whole group is unanswered, one by one otherwise. The follow-up of a group answered
 *       "yes" comes before anything else, as one checklist of its unanswered features.</li>
 *   <li>Then the warning signs, grouped as {@link FeatureRelevance#warningGroups()} found them when
 *       the aggregator was built (the signs that fire a warning at {@link Triage#CONSULTATION_24} or
 *       more urgent, alone or with one other finding): "Have you noticed any of these: …?". A group
 *       is asked whole while at least two of its signs are unanswered, the last one alone; the
 *       follow-up of a group answered "yes" comes next, as one checklist.</li>
 *   <li>Then every other unanswered feature that some plugin reads (see {@link FeatureRelevance}),
 *       by a score: the expected information gain over the differential, plus the expected change
 *       of triage level, plus the chance that the answer changes the top condition. The best one is
 *       asked together with the next best of the same {@link FeatureCategory}, up to
 *       {@value #CHECKLIST_SIZE}, as one {@link Question.Kind#CHECKLIST} answered item by item ("Which
 *       of these describe what you feel? …"): a person goes through a short list of the same kind of
 *       thing faster than through as many questions, and an item they cannot answer costs a glance,
 *       not a question. One feature left in its category is asked alone.</li>
 * </ol>
 * A feature answered at all, even "don't know", is never a candidate again.
 *
 * <h2>The score of a feature</h2>
 * The report is re-scored, by the plugins that read the feature only, with the feature present and
 * with it absent. Each condition's probability is a Bernoulli variable (conditions are not mutually
 * exclusive, so they are not normalised). With {@code q} the chance that the feature is present:
 * <ul>
 *   <li><b>information gain</b>: {@code q^}{@value #YES_EXPONENT}{@code ·G(p⁺) + (1−q)·G(p⁻)} with {@code G(r) = Σ KL(r‖p) +}
 *       {@value #DIFF_WEIGHT}{@code ·KL(share(r)‖share(p))}: each condition's own change plus the change
 *       of the shares between conditions, so questions that tell the leading conditions apart come
 *       first. The first part, the Kullback–Leibler divergence of each condition's Bernoulli from its
 *       current one in nats, is for a coherent model exactly the mutual information between the answer and the
 *       differential; unlike a difference of entropies it never goes negative when a plugin's naive
 *       model is not perfectly coherent. The "yes" branch is weighted by a root of {@code q} rather
 *       than by {@code q}: people answer "don't know" to many questions, and the few findings they
 *       report are what moves the answer, so a rarer finding that would change much is asked
 *       sooner (on the test stories this found each story's hallmark findings several questions
 *       earlier, and raised agreement with the full report);</li>
 *   <li><b>triage</b>: {@value #TRIAGE_WEIGHT} per expected level of change, so a finding that could
 *       change the level of care outranks one that only refines the differential;</li>
 *   <li><b>top condition</b>: {@value #TOP_WEIGHT} times the chance that the answer changes the top
 *       condition.</li>
 * </ul>
 * {@code q} comes from the differential: each condition whose probability the feature moves both
 * ways implies, through the likelihood ratios {@code LR⁺ = odds(p⁺)/odds(p)} and {@code LR⁻ =
 * odds(p⁻)/odds(p)}, the feature's frequency with the condition ({@code a = LR⁺·b}) and without it
 * ({@code b = (1−LR⁻)/(LR⁺−LR⁻)}), hence {@code P(present) = p·a + (1−p)·b}. These are mixed with
 * weights {@code p} (the likelier the condition, the more its pattern counts). With no such condition
 * {@code q} is {@value #Q_UNINFORMED} (a finding no condition reads, such as one that only fires a
 * warning, is uncommon); it is always kept in [{@value #Q_MIN}, {@value #Q_MAX}], so no answer is treated
 * as a foregone conclusion.
 *
 * <h2>Stop rule</h2>
 * Checked once no red flag and no warning group is left to ask. The interview goes on while
 * <ul>
 *   <li>the <b>level of care is not safe</b>: some remaining answer with a chance of at least
 *       {@value #RAISE_CHANCE} ({@code q} for "yes", {@code 1 − q} for "no") would make it more urgent,
 *       through a warning or by making likely a condition whose level of care is more urgent, even
 *       when only to a routine appointment; or</li>
 *   <li>the <b>top condition is not settled</b>: some remaining answer with a chance of at least
 *       {@value #FLIP_CHANCE} would make another condition the top one (by at least
 *       {@value #TOP_MARGIN}); or the top condition is below {@value #TOP_CONFIDENCE} or leads the
 *       second by less than {@value #TOP_LEAD}, unless the person has answered yes or no to fewer than
 *       {@value #SETTLE_ANSWER_RATE} of the single questions and checklist items (Laplace's rule): then only single answers
 *       count, as asking on about findings the person cannot report would not settle it.</li>
 * </ul>
 * Otherwise it stops, confident. The chance {@code q} is the estimate above, kept in
 * [{@value #Q_MIN}, {@value #Q_MAX}]; a finding no condition reads has {@value #Q_UNINFORMED}, so a
 * finding that only fires a warning is asked before a confident stop unless it was in a warning group.
 *
 * <h2>Cost</h2>
 * One evaluation of every plugin for the report, then two evaluations per candidate feature of only
 * the plugins that read it. A plain {@link org.recumbent.spi.support.RuleBasedPlugin} is not
 * evaluated again: its evaluation of the report keeps what each criterion added to each model's
 * log odds, and an answer re-reads only the criteria, essential criteria and triggers on that
 * feature, summing the log odds again in the same order (see {@link RuleBasedAccess.Toggles}), so
 * the numbers are those of a full evaluation, bit for bit. Working arrays are allocated once per
 * plan and nothing is cached between reports. Triage is computed by the same rules as
 * {@link AssessmentEngine}. A plugin that fails on the report is left out, as the aggregator leaves
 * it out; one that fails on a hypothetical report is taken to be unchanged by the answer.
 */
public final class InterviewPlanner implements AssessmentEngine.QuestionRanker {

  /** Score per expected level of triage change. */
  static final double TRIAGE_WEIGHT = 1.0;
  /** Score for a certain change of the top condition. */
  static final double TOP_WEIGHT = 0.5;
  /** A change of top condition counts only when the new top leads the old one by this much. */
  static final double TOP_MARGIN = 0.01;
  /** Questions scoring less are not listed in an assessment's next questions. */
  static final double MIN_SCORE = 1e-4;
  /** The bounds of the estimated chance that a feature is present. */
  static final double Q_MIN = 0.02;
  static final double Q_MAX = 0.98;
  /** The chance a feature is present when no condition's probability implies one. */
  static final double Q_UNINFORMED = 0.1;
  /** Weight of the change of shares between conditions, next to each condition's own change. */
  static final double DIFF_WEIGHT = 3.0;

  /**
   * How much a "yes" counts in the ranking: the yes branch is weighted by {@code q} to this power
   * rather than by {@code q}, so a rarer finding that would change a lot is asked sooner (people
   * say "don't know" to many questions; the findings they do report are what move the answer).
   */
  static final double YES_EXPONENT = 0.25;

  /** The top condition is settled from this probability... */
  static final double TOP_CONFIDENCE = 0.6;
  /** ...with this lead over the second... */
  static final double TOP_LEAD = 0.25;
  /** ...and when no answer with at least this chance would make another condition the top one. */
  static final double FLIP_CHANCE = 0.15;
  /** The level of care is safe when no answer with at least this chance would make it more urgent. */
  static final double RAISE_CHANCE = 0.05;
  /**
   * A person who answers yes or no less often than this (Laplace's rule over the single questions and checklist items
   * asked so far) is not asked on until the top condition is settled: the interview stops once
   * no single answer with {@link #FLIP_CHANCE} would change the top condition and the level of care
   * is safe.
   */
  static final double SETTLE_ANSWER_RATE = 0.4;

  private static final double ROUNDING = 10_000.0;
  private static final int NO_WARNING = Integer.MAX_VALUE;
  private static final int CONSULTATION = Triage.CONSULTATION.ordinal();
  private static final int SELF_CARE = Triage.SELF_CARE.ordinal();
  private static final int URGENT = Triage.CONSULTATION_24.ordinal();
  /**
   * The most items of one checklist: the best question comes with the next best questions of its
   * category ("Which of these describe what you feel …?"), answered item by item on one screen.
   * Eight, as the warning-sign groups, keeps the list short enough to read at night. Measured on the
   * 175 clinical stories (mean questions / mean items answered): 5 items 6.6 / 22.6, 8 items 6.2 / 28.0,
   * 10 items 6.2 / 29.9, with the same agreement and no lower triage; more items add reading, not
   * fewer questions.
   */
  static final int CHECKLIST_SIZE = 8;
  /** Added to the score of a question whose "yes" would fire an urgent warning sign. */
  static final double URGENT_WARNING_BONUS = 10.0;

  /**
   * The outcome of planning for one report.
   *
   * @param questions the questions, best first: red flags, then by score
   * @param redFlagPending whether an applicable red flag is still unanswered
   * @param decisive whether the interview should go on: a red flag or warning group is pending, or
   *     the stop rule (see the class documentation) is not met
   * @param candidates how many non-red-flag features are still worth asking about
   */
  public record Plan(List<Question> questions, boolean redFlagPending, boolean decisive, int candidates) {
    /** Copy the list. */
    public Plan {
      questions = List.copyOf(questions);
    }
  }

  private final LoadedPlugin[] plugins;
  private final Vocabulary vocabulary;
  private final double likelyThreshold;
  private final FeatureRelevance relevance;
  private final Feature[] features;
  /** The ordinal of each feature's category, so choosing a checklist's items reads no objects. */
  private final byte[] categoryOf;
  private final Map<String, Integer> featureIndex = new HashMap<>();
  private final String[] conditionIds;
  private final int[] conditionTriage;
  private final int[][] conditionsOf;
  private final Map<String, Integer> conditionIndex = new HashMap<>();
  private final Map<String, Integer> warningTriage = new HashMap<>();
  private final int[][] warningGroups;
  private final String[] warningGroupTexts;
  /**
   * For each plugin, the tables that score a plain rule-based plugin for one more answer without
   * evaluating it again, or null for a plugin that is evaluated in full.
   */
  private final RuleBasedAccess.@Nullable Toggles[] toggles;
  /** Where each plain plugin's working space starts, and how much all of them need. */
  private final int[] workOffset;
  private final int workSize;
  private final int[] kindsOffset;
  private final int kindsSize;
  /** Where each plugin's warning signs start in the flat array of the report's fired signs. */
  private final int[] firedOffset;
  private final int firedSize;
  /**
   * For each feature, the conditions (ascending) whose probability an answer to it can change: those
   * of the models that read it in a plain plugin, every condition of any other plugin that reads it.
   */
  private final int[][] touched;
  /** Each feature's {@link FeatureIndex} number, or -1 when none. */
  private final int[] featureNumbers;
  /** The ids and numbers of every feature a plain plugin reads, and the length of an array by number. */
  private final String[] readIds;
  private final int[] readNumbers;
  private final int statesLength;
  /** For each plugin, the level of care of each warning sign, in descriptor order. */
  private final int[][] warningLevels;
  private final int maxConditions;
  private final int maxWarnings;
  /** Each feature's description as part of a sentence, for checklists. */
  private final String[] inlineDescriptions;
  /** The checklist templates before and after the list of items: one per category, then the follow-up. */
  private final String[] listPrefix;
  private final String[] listSuffix;
  private static final int FOLLOW_UP = FeatureCategory.values().length;
  private static final String LIST_SEPARATOR = Messages.text("interview.checklist.separator");

  /**
   * Create the planner and probe the plugins once.
   *
   * @param registry the plugins
   * @param likelyThreshold probability from which a condition is likely (and its triage applies)
   */
  public InterviewPlanner(PluginRegistry registry, double likelyThreshold) {
    this.plugins = registry.plugins().toArray(new LoadedPlugin[0]);
    this.vocabulary = registry.vocabulary();
    this.likelyThreshold = likelyThreshold;
    this.relevance = FeatureRelevance.probe(registry);
    this.features = relevance.features().toArray(new Feature[0]);
    this.categoryOf = new byte[features.length];
    for (int i = 0; i < features.length; i++) {
      categoryOf[i] = (byte) features[i].category().ordinal();
    }
    for (int i = 0; i < features.length; i++) {
      featureIndex.put(features[i].id(), i);
    }
    List<String> ids = new ArrayList<>(registry.conditions().keySet());
    ids.sort(null); // the engine breaks probability ties by condition id
    conditionIds = ids.toArray(new String[0]);
    conditionTriage = new int[conditionIds.length];
    for (int c = 0; c < conditionIds.length; c++) {
      conditionIndex.put(conditionIds[c], c);
      conditionTriage[c] = registry.conditions().get(conditionIds[c]).triageWhenLikely().ordinal();
    }
    conditionsOf = new int[plugins.length][];
    for (int p = 0; p < plugins.length; p++) {
      List<ConditionDescriptor> cs = plugins[p].descriptor.conditions();
      conditionsOf[p] = new int[cs.size()];
      for (int k = 0; k < cs.size(); k++) {
        conditionsOf[p][k] = conditionIndex.get(cs.get(k).id());
      }
    }
    for (WarningSign w : registry.warnings().values()) {
      warningTriage.put(w.id(), w.triage().ordinal());
    }
    featureNumbers = new int[features.length];
    for (int i = 0; i < features.length; i++) {
      featureNumbers[i] = FeatureIndex.indexOf(features[i].id());
    }
    toggles = new RuleBasedAccess.Toggles[plugins.length];
    workOffset = new int[plugins.length];
    kindsOffset = new int[plugins.length];
    firedOffset = new int[plugins.length];
    warningLevels = new int[plugins.length][];
    int mc = 0;
    int mw = 0;
    int work = 0;
    int kinds = 0;
    int fired = 0;
    Map<String, Integer> read = new LinkedHashMap<>();
    RuleBasedAccess access = RuleBasedAccess.get();
    for (int p = 0; p < plugins.length; p++) {
      List<WarningSign> signs = plugins[p].descriptor.warningSigns();
      warningLevels[p] = new int[signs.size()];
      for (int k = 0; k < signs.size(); k++) {
        warningLevels[p][k] = signs.get(k).triage().ordinal();
      }
      mc = Math.max(mc, conditionsOf[p].length);
      mw = Math.max(mw, signs.size());
      firedOffset[p] = fired;
      fired += signs.size();
      if (access != null && access.isPlain(plugins[p].plugin, vocabulary)) {
        RuleBasedAccess.Toggles t = access.toggles(plugins[p].plugin, featureNumbers);
        toggles[p] = t;
        workOffset[p] = work;
        work += t.workSize();
        kindsOffset[p] = kinds;
        kinds += t.kindsSize();
        for (int k = 0; k < t.ids().length; k++) {
          read.put(t.ids()[k], t.numbers()[k]);
        }
      }
    }
    maxConditions = mc;
    maxWarnings = mw;
    workSize = work;
    kindsSize = kinds;
    firedSize = fired;
    readIds = read.keySet().toArray(new String[0]);
    readNumbers = new int[readIds.length];
    int length = 0;
    for (int k = 0; k < readIds.length; k++) {
      readNumbers[k] = read.get(readIds[k]);
      length = Math.max(length, readNumbers[k] + 1);
    }
    statesLength = length;
    touched = new int[features.length][];
    for (int i = 0; i < features.length; i++) {
      boolean[] moves = new boolean[conditionIds.length];
      for (int p : relevance.readers(i)) {
        if (toggles[p] == null) {
          for (int c : conditionsOf[p]) {
            moves[c] = true;
          }
        } else {
          for (int m : toggles[p].models(i)) {
            moves[conditionsOf[p][m]] = true;
          }
        }
      }
      int n = 0;
      for (boolean m : moves) {
        n += m ? 1 : 0;
      }
      touched[i] = new int[n];
      n = 0;
      for (int c = 0; c < moves.length; c++) {
        if (moves[c]) {
          touched[i][n++] = c;
        }
      }
    }
    inlineDescriptions = new String[features.length];
    for (int i = 0; i < features.length; i++) {
      inlineDescriptions[i] = inline(features[i].description());
    }
    listPrefix = new String[FOLLOW_UP + 1];
    listSuffix = new String[FOLLOW_UP + 1];
    for (int t = 0; t <= FOLLOW_UP; t++) {
      String template = Messages.text(t == FOLLOW_UP ? "interview.followUp"
          : "interview.checklist." + FeatureCategory.values()[t].prefix());
      int at = template.indexOf("{0}");
      listPrefix[t] = template.substring(0, at);
      listSuffix[t] = template.substring(at + 3);
    }
    warningGroups = relevance.warningGroups().toArray(new int[0][]);
    warningGroupTexts = new String[warningGroups.length];
    for (int g = 0; g < warningGroups.length; g++) {
      warningGroupTexts[g] = groupText(warningGroups[g]);
    }
  }

  /** "Have you noticed any of these: a; b; or c?", from the features' descriptions. */
  private String groupText(int[] group) {
    StringBuilder list = new StringBuilder();
    for (int k = 0; k < group.length; k++) {
      if (k > 0) {
        list.append(k == group.length - 1 ? Messages.text("interview.warningGroup.lastSeparator")
            : Messages.text("interview.warningGroup.separator"));
      }
      list.append(inline(features[group[k]].description()));
    }
    return Messages.text("interview.warningGroup").replace("{0}", list);
  }

  /** A description as part of a sentence: no final full stop, a lower-case first word unless it is an acronym. */
  private static String inline(String description) {
    String d = description.strip();
    while (d.endsWith(".")) {
      d = d.substring(0, d.length() - 1);
    }
    if (d.length() > 1 && Character.isUpperCase(d.charAt(0)) && !Character.isUpperCase(d.charAt(1))) {
      d = Character.toLowerCase(d.charAt(0)) + d.substring(1);
    }
    return d;
  }

  /**
   * Return the warning-sign groups: the signs asked as one question after the red flags.
   *
   * @return each group's feature ids, in the order they are asked one by one
   */
  public List<List<String>> warningGroups() {
    List<List<String>> out = new ArrayList<>(warningGroups.length);
    for (int[] g : warningGroups) {
      List<String> ids = new ArrayList<>(g.length);
      for (int i : g) {
        ids.add(features[i].id());
      }
      out.add(List.copyOf(ids));
    }
    return List.copyOf(out);
  }

  @Override
  public List<Question> rank(SymptomReport report, AssessmentEngine.Scored scored, int max) {
    return plan(report, Set.of(), max).questions();
  }

  /**
   * Return the most urgent warning level the presence of a feature was seen to fire, if any.
   *
   * @param featureId a feature id
   * @return the level, or null
   */
  public @Nullable Triage escalation(String featureId) {
    Integer i = featureIndex.get(featureId);
    return i == null ? null : relevance.escalation(i);
  }

  /**
   * Return whether some plugin reads a feature.
   *
   * @param featureId a feature id
   * @return {@code true} when answering it can change an assessment
   */
  public boolean isRelevant(String featureId) {
    Integer i = featureIndex.get(featureId);
    return i != null && relevance.isRelevant(i);
  }

  /**
   * Plan the next questions for a report.
   *
   * @param report a report already checked against the vocabulary
   * @param ungrouped red flags never to be asked as part of a group (those of groups already answered
   *     "yes"); they are asked first
   * @param max how many questions to return at most; 0 to only decide whether to stop
   * @return the plan
   */
  public Plan plan(SymptomReport report, Set<String> ungrouped, int max) {
    return plan(report, ungrouped, max, 1.0);
  }

  /**
   * Plan the next questions for a report, for a person who answers yes or no (rather than "don't
   * know") with a given chance.
   *
   * @param report a report already checked against the vocabulary
   * @param ungrouped features never to be asked as part of a group (those of groups already answered
   *     "yes"); they are asked first
   * @param max how many questions to return at most; 0 to only decide whether to stop
   * @param answerRate the chance that the next answer is yes or no, in (0, 1]
   * @return the plan
   */
  public Plan plan(SymptomReport report, Set<String> ungrouped, int max, double answerRate) {
    List<Question> out = new ArrayList<>(Math.max(max, 1));
    boolean[] handled = new boolean[features.length];
    boolean redPending = false;
    // 1. Follow-ups of grouped red flags answered "yes", as one checklist.
    int[] follow = new int[features.length];
    int n = 0;
    for (int i = 0; i < features.length; i++) {
      if (features[i].isRedFlag() && ungrouped.contains(features[i].id()) && applicable(report, i)) {
        redPending = true;
        handled[i] = true;
        follow[n++] = i;
      }
    }
    if (n > 0) {
      add(out, followUp(follow, n, true), max);
    }
    // 2. The standard groups in order: whole when every red flag of the group is applicable, else
    // its applicable red flags one by one, in the group's place.
    for (RedFlagGroups.Group g : RedFlagGroups.STANDARD) {
      boolean whole = g.features().size() > 1;
      for (String f : g.features()) {
        Integer i = featureIndex.get(f);
        whole &= i != null && !handled[i] && !ungrouped.contains(f) && features[i].isRedFlag() && applicable(report, i);
      }
      if (whole) {
        redPending = true;
        for (String f : g.features()) {
          handled[featureIndex.get(f)] = true;
        }
        add(out, new Question(g.features().get(0), g.question(), g.features(), true), max);
        continue;
      }
      for (String f : g.features()) {
        Integer i = featureIndex.get(f);
        if (i != null && !handled[i] && features[i].isRedFlag() && applicable(report, i)) {
          redPending = true;
          handled[i] = true;
          add(out, Question.about(features[i]), max);
        }
      }
    }
    // 3. The other red flags, one by one.
    for (int i = 0; i < features.length; i++) {
      if (features[i].isRedFlag() && !handled[i] && applicable(report, i)) {
        redPending = true;
        handled[i] = true;
        add(out, Question.about(features[i]), max);
      }
    }
    if (redPending && out.size() >= max) {
      return new Plan(out, true, true, -1);
    }
    // 4. Follow-ups of warning groups answered "yes", then the warning groups: whole while at least
    // two of their signs are unanswered, else the remaining one alone.
    boolean warningPending = false;
    n = 0;
    for (int i = 0; i < features.length; i++) {
      if (!features[i].isRedFlag() && !handled[i] && ungrouped.contains(features[i].id()) && applicable(report, i)) {
        warningPending = true;
        handled[i] = true;
        follow[n++] = i;
      }
    }
    if (n > 0) {
      add(out, followUp(follow, n, false), max);
    }
    for (int g = 0; g < warningGroups.length; g++) {
      List<String> open = new ArrayList<>(warningGroups[g].length);
      for (int i : warningGroups[g]) {
        if (!handled[i] && !ungrouped.contains(features[i].id()) && applicable(report, i)) {
          open.add(features[i].id());
        }
      }
      if (open.isEmpty()) {
        continue;
      }
      warningPending = true;
      for (String f : open) {
        handled[featureIndex.get(f)] = true;
      }
      add(out, open.size() == warningGroups[g].length ? new Question(open.get(0), warningGroupTexts[g], open, false)
          : open.size() == 1 ? Question.about(features[featureIndex.get(open.get(0))])
          : new Question(open.get(0), groupText(indexes(open)), open, false), max);
    }
    if (out.size() >= max && (redPending || warningPending)) {
      return new Plan(out, redPending, true, -1);
    }
    return scoreRest(report, out, handled, redPending, redPending || warningPending, max, answerRate);
  }

  private int[] indexes(List<String> ids) {
    int[] out = new int[ids.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = featureIndex.get(ids.get(k));
    }
    return out;
  }

  private static void add(List<Question> out, Question q, int max) {
    if (out.size() < max) {
      out.add(q);
    }
  }

  /** Whether feature {@code i} is worth asking: relevant, and not answered (not even "don't know"). */
  private boolean applicable(SymptomReport report, int i) {
    if (!relevance.isRelevant(i)) {
      return false;
    }
    // The report's answers by number (0: not mentioned) when it has them, else its map.
    byte[] dense = STATES.dense(report);
    int number = featureNumbers[i];
    if (dense != null && number >= 0 && number < dense.length) {
      return dense[number] == 0;
    }
    return !report.isAnswered(features[i].id());
  }

  private Plan scoreRest(SymptomReport report, List<Question> out, boolean[] handled, boolean redPending,
      boolean pending, int max, double answerRate) {
    int nc = conditionIds.length;
    int np = plugins.length;
    double[] base = new double[nc];
    int[] baseWarn = new int[np];
    boolean[] ok = new boolean[np];
    Scratch scratch = new Scratch(maxConditions, maxWarnings, report, statesLength, workSize, kindsSize, firedSize);
    scratch.fill(report, readIds, readNumbers);
    Arrays.fill(base, Double.NaN);
    for (int p = 0; p < np; p++) {
      baseWarn[p] = NO_WARNING;
      ok[p] = score(p, report, base, baseWarn, scratch);
    }
    boolean minor = report.patient().isMinor();
    int baseTop = top(base);
    int baseTriage = triage(base, baseWarn, minor);

    double[] probP = new double[nc];
    double[] probM = new double[nc];
    int[] warnP = new int[np];
    int[] warnM = new int[np];
    double[] score = new double[features.length];
    Arrays.fill(score, -1);
    boolean topAtRisk = !settled(base, baseTop) && answerRate >= SETTLE_ANSWER_RATE;
    boolean triageAtRisk = false;
    int candidates = 0;
    for (int i = 0; i < features.length; i++) {
      if (features[i].isRedFlag() || handled[i] || !applicable(report, i)) {
        continue;
      }
      int[] readers = relevance.readers(i);
      System.arraycopy(base, 0, probP, 0, nc);
      System.arraycopy(base, 0, probM, 0, nc);
      System.arraycopy(baseWarn, 0, warnP, 0, np);
      System.arraycopy(baseWarn, 0, warnM, 0, np);
      SymptomReport present = null;
      SymptomReport absent = null;
      for (int p : readers) {
        if (!ok[p]) {
          continue;
        }
        if (toggles[p] != null) {
          toggle(p, i, ReportStates.PRESENT, probP, warnP, scratch);
          toggle(p, i, ReportStates.ABSENT, probM, warnM, scratch);
          continue;
        }
        if (present == null) {
          present = report.with(features[i].id(), FindingState.PRESENT);
          absent = report.with(features[i].id(), FindingState.ABSENT);
        }
        score(p, present, probP, warnP, scratch);
        score(p, absent, probM, warnM, scratch);
      }
      candidates++;
      int[] moved = touched[i];
      double q = presentChance(base, probP, probM, moved);
      double gain =
          Math.pow(q, YES_EXPONENT) * (divergence(probP, base, moved) + DIFF_WEIGHT * shareDivergence(probP, base))
              + (1 - q) * (divergence(probM, base, moved) + DIFF_WEIGHT * shareDivergence(probM, base));
      int tP = triage(probP, warnP, minor);
      int tM = triage(probM, warnM, minor);
      double triageChange = q * Math.abs(tP - baseTriage) + (1 - q) * Math.abs(tM - baseTriage);
      boolean flipP = topChanged(baseTop, probP);
      boolean flipM = topChanged(baseTop, probM);
      double flip = (flipP ? q : 0) + (flipM ? 1 - q : 0);
      score[i] = gain + TRIAGE_WEIGHT * triageChange + TOP_WEIGHT * flip;
      if (mostUrgent(warnP) < mostUrgent(baseWarn) && mostUrgent(warnP) <= URGENT) {
        // A "yes" would complete an urgent warning sign (for example numbness after leg weakness):
        // ask it before anything that only refines the differential.
        score[i] += URGENT_WARNING_BONUS;
      }
      topAtRisk |= flipP && q >= FLIP_CHANCE || flipM && 1 - q >= FLIP_CHANCE;
      triageAtRisk |= tP < baseTriage && q >= RAISE_CHANCE || tM < baseTriage && 1 - q >= RAISE_CHANCE;
    }
    boolean decisive = topAtRisk || triageAtRisk;
    // Pick the best remaining questions, each with the next best of its category as a checklist: a
    // partial selection, max is small.
    int[] items = new int[CHECKLIST_SIZE];
    while (out.size() < max) {
      int best = best(score);
      if (best < 0) {
        break;
      }
      FeatureCategory category = features[best].category();
      // The best of its category come first, and best is the best of them all.
      int n = bestOfCategory(score, categoryOf[best], items);
      for (int k = 0; k < n; k++) {
        score[items[k]] = -1;
      }
      out.add(n == 1 ? Question.about(features[best]) : checklist(category, items, n));
    }
    return new Plan(out, redPending, pending || decisive, candidates);
  }

  /** The candidate with the highest score of at least {@link #MIN_SCORE} (the first, on a tie); -1 if none. */
  private int best(double[] score) {
    int best = -1;
    for (int i = 0; i < features.length; i++) {
      if (score[i] >= MIN_SCORE && (best < 0 || score[i] > score[best])) {
        best = i;
      }
    }
    return best;
  }

  /**
   * Put into {@code items} the candidates of a category with a score of at least {@link #MIN_SCORE},
   * highest first (the first feature first, on a tie), at most {@code items.length} of them, in one
   * pass: the order {@link #best} would give them in, called again after each pick. Return how many.
   */
  private int bestOfCategory(double[] score, byte category, int[] items) {
    return bestOf(score, categoryOf, category, MIN_SCORE, items);
  }

  /** {@link #bestOfCategory} over given categories and a given minimum score (for tests). */
  static int bestOf(double[] score, byte[] categoryOf, byte category, double min, int[] items) {
    int n = 0;
    for (int i = 0; i < score.length; i++) {
      double si = score[i];
      if (si < min || categoryOf[i] != category) {
        continue;
      }
      // After every item with a score at least as high: an earlier feature wins a tie.
      int at = n;
      while (at > 0 && si > score[items[at - 1]]) {
        at--;
      }
      if (at == items.length) {
        continue;
      }
      int last = Math.min(n, items.length - 1);
      System.arraycopy(items, at, items, at + 1, last - at);
      items[at] = i;
      n = Math.min(n + 1, items.length);
    }
    return n;
  }


  /**
   * The follow-up of groups answered "yes": the first {@code n} of {@code items} as one checklist
   * ("You said yes. Which of these is it? …"), or a single question when there is one.
   */
  private Question followUp(int[] items, int n, boolean redFlag) {
    if (n == 1) {
      return Question.about(features[items[0]]);
    }
    return listQuestion(FOLLOW_UP, items, n, redFlag);
  }

  /** A checklist of the first {@code n} items, best first: "Which of these …: a; b; c." */
  private Question checklist(FeatureCategory category, int[] items, int n) {
    return listQuestion(category.ordinal(), items, n, false);
  }

  /** A checklist from template {@code t} (a category's ordinal, or {@link #FOLLOW_UP}) and its items' inline texts. */
  private Question listQuestion(int t, int[] items, int n, boolean redFlag) {
    String[] ids = new String[n];
    int length = listPrefix[t].length() + listSuffix[t].length() + n * LIST_SEPARATOR.length();
    for (int k = 0; k < n; k++) {
      ids[k] = features[items[k]].id();
      length += inlineDescriptions[items[k]].length();
    }
    StringBuilder text = new StringBuilder(length).append(listPrefix[t]);
    for (int k = 0; k < n; k++) {
      if (k > 0) {
        text.append(LIST_SEPARATOR);
      }
      text.append(inlineDescriptions[items[k]]);
    }
    return new Question(ids[0], text.append(listSuffix[t]).toString(), List.of(ids), redFlag, Question.Kind.CHECKLIST);
  }

  /** Whether the top condition is likely enough, and far enough ahead of the second. */
  private static boolean settled(double[] prob, int top) {
    if (top < 0) {
      return false;
    }
    double second = 0;
    for (int c = 0; c < prob.length; c++) {
      if (c != top && !Double.isNaN(prob[c])) {
        second = Math.max(second, prob[c]);
      }
    }
    return prob[top] >= TOP_CONFIDENCE && prob[top] - second >= TOP_LEAD;
  }

  /** Working arrays for {@link #score} and {@link #toggle}, allocated once per plan. */
  private static final class Scratch {
    final double[] probabilities;
    final boolean[] fired;
    /** The report the plan is for. */
    final SymptomReport report;
    /** The report's answers by {@link FeatureIndex} number, as {@link ReportStates#dense} codes. */
    final byte[] states;
    /** The plain plugins' working space (see {@link RuleBasedAccess.Toggles#base}). */
    final double[] work;
    final byte[] kinds;
    /** Which warning signs fire on the report, each plugin's from its {@link #firedOffset}. */
    final boolean[] baseFired;

    Scratch(int conditions, int warnings, SymptomReport report, int statesLength, int workSize, int kindsSize,
        int firedSize) {
      probabilities = new double[conditions];
      fired = new boolean[warnings];
      this.report = report;
      states = new byte[statesLength];
      work = new double[workSize];
      kinds = new byte[kindsSize];
      baseFired = new boolean[firedSize];
    }

    /** Read the report's answers of the given features into {@link #states}. */
    void fill(SymptomReport r, String[] ids, int[] numbers) {
      byte[] dense = STATES.dense(r);
      for (int k = 0; k < ids.length; k++) {
        int n = numbers[k];
        if (dense != null && n < dense.length) {
          states[n] = dense[n];
        } else {
          FindingState s = STATES.state(r, n, ids[k]);
          states[n] = s == FindingState.PRESENT ? ReportStates.PRESENT
              : s == FindingState.ABSENT ? ReportStates.ABSENT : 0;
        }
      }
    }
  }

  private static final ReportStates STATES = ReportStates.get();

  /**
   * Score plain plugin {@code p}, already scored on the plan's report, with feature {@code i}
   * answered {@code code} ({@link ReportStates#PRESENT} or {@link ReportStates#ABSENT}), into
   * {@code prob} and {@code warn}, which hold the report's scores: only the conditions and
   * warning signs that read the feature change, each to exactly what a full evaluation of the
   * report with that answer gives. When the plugin fails, leave them unchanged.
   */
  private void toggle(int p, int i, byte code, double[] prob, int[] warn, Scratch scratch) {
    RuleBasedAccess.Toggles t = toggles[p];
    int[] ms = t.models(i);
    int[] ts = t.triggers(i);
    if (ms.length == 0 && ts.length == 0) {
      return;
    }
    int number = featureNumbers[i];
    byte was = scratch.states[number];
    scratch.states[number] = code;
    try {
      t.toggle(i, scratch.report, scratch.states, scratch.work, workOffset[p], scratch.kinds, kindsOffset[p],
          scratch.probabilities, scratch.fired);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable e) {
      return;
    } finally {
      scratch.states[number] = was;
    }
    int[] cs = conditionsOf[p];
    for (int k = 0; k < ms.length; k++) {
      prob[cs[ms[k]]] = Math.round(scratch.probabilities[k] * ROUNDING) / ROUNDING;
    }
    if (ts.length == 0) {
      return;
    }
    int w = NO_WARNING;
    int[] levels = warningLevels[p];
    int from = firedOffset[p];
    int next = 0;
    for (int k = 0; k < levels.length; k++) {
      boolean f;
      if (next < ts.length && ts[next] == k) {
        f = scratch.fired[next++];
      } else {
        f = scratch.baseFired[from + k];
      }
      if (f) {
        w = Math.min(w, levels[k]);
      }
    }
    warn[p] = w;
  }

  /**
   * Score plugin {@code p} on a report into {@code prob} and {@code warn}, replacing its earlier
   * entries; leave them unchanged and return {@code false} when the plugin fails or returns
   * invalid data. A plain rule-based plugin is scored without building its assessment, with
   * the same numbers, and only on the plan's report (whose answers the scratch holds), keeping
   * what {@link #toggle} needs.
   */
  private boolean score(int p, SymptomReport report, double[] prob, int[] warn, Scratch scratch) {
    if (toggles[p] != null) {
      // Only ever the plan's report: its answers are in the scratch states.
      try {
        toggles[p].base(report, scratch.states, scratch.work, workOffset[p], scratch.kinds, kindsOffset[p],
            scratch.probabilities, scratch.fired);
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable t) {
        return false;
      }
      int[] cs = conditionsOf[p];
      for (int k = 0; k < cs.length; k++) {
        prob[cs[k]] = Math.round(scratch.probabilities[k] * ROUNDING) / ROUNDING;
      }
      int w = NO_WARNING;
      int[] levels = warningLevels[p];
      System.arraycopy(scratch.fired, 0, scratch.baseFired, firedOffset[p], levels.length);
      for (int k = 0; k < levels.length; k++) {
        if (scratch.fired[k]) {
          w = Math.min(w, levels[k]);
        }
      }
      warn[p] = w;
      return true;
    }
    Assessment a = evaluate(p, report);
    if (a == null) {
      return false;
    }
    clear(p, prob, warn);
    apply(p, a, prob, warn);
    return true;
  }

  private @Nullable Assessment evaluate(int p, SymptomReport report) {
    LoadedPlugin lp = plugins[p];
    try {
      Assessment a = lp.plugin.evaluate(report);
      return AssessmentEngine.validate(lp, a, report, vocabulary) == null ? a : null;
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable t) {
      return null;
    }
  }

  private void clear(int p, double[] prob, int[] warn) {
    for (int c : conditionsOf[p]) {
      prob[c] = Double.NaN;
    }
    warn[p] = NO_WARNING;
  }

  private void apply(int p, Assessment a, double[] prob, int[] warn) {
    List<ConditionScore> scores = a.scores();
    for (int k = 0; k < scores.size(); k++) {
      ConditionScore cs = scores.get(k);
      prob[conditionIndex.get(cs.conditionId())] = Math.round(cs.probability() * ROUNDING) / ROUNDING;
    }
    int w = warn[p];
    List<FiredWarning> warnings = a.warnings();
    for (int k = 0; k < warnings.size(); k++) {
      w = Math.min(w, warningTriage.get(warnings.get(k).warningId()));
    }
    warn[p] = w;
  }

  /** The top condition: highest probability, ties to the lowest id, as the engine ranks; -1 if none. */
  private static int top(double[] prob) {
    int best = -1;
    for (int c = 0; c < prob.length; c++) {
      if (!Double.isNaN(prob[c]) && (best < 0 || prob[c] > prob[best])) {
        best = c;
      }
    }
    return best;
  }

  private static boolean topChanged(int baseTop, double[] prob) {
    int t = top(prob);
    if (t == baseTop) {
      return false;
    }
    if (baseTop < 0 || t < 0 || Double.isNaN(prob[baseTop])) {
      return true;
    }
    return prob[t] - prob[baseTop] >= TOP_MARGIN;
  }

  /** The triage ordinal, by the rules of {@link AssessmentEngine#assess}. */
  private static int mostUrgent(int[] warn) {
    int t = NO_WARNING;
    for (int w : warn) {
      t = Math.min(t, w);
    }
    return t;
  }

  private int triage(double[] prob, int[] warn, boolean minor) {
    int t = SELF_CARE;
    boolean any = false;
    for (int c = 0; c < prob.length; c++) {
      if (prob[c] >= likelyThreshold) { // NaN compares false
        t = Math.min(t, conditionTriage[c]);
        any = true;
      }
    }
    for (int w : warn) {
      if (w != NO_WARNING) {
        t = Math.min(t, w);
        any = true;
      }
    }
    if (!any || minor) {
      t = Math.min(t, CONSULTATION);
    }
    return t;
  }

  /** The chance the feature is present, from the likelihood ratios the plugins imply; see the class doc. */
  static double presentChance(double[] base, double[] present, double[] absent) {
    return presentChance(base, present, absent, every(base.length));
  }

  /**
   * {@link #presentChance(double[], double[], double[])} over the given conditions only, ascending: the
   * same number when every other condition has the same probability in all three (its likelihood
   * ratios are then exactly 1, so it adds nothing).
   */
  static double presentChance(double[] base, double[] present, double[] absent, int[] conditions) {
    double num = 0;
    double den = 0;
    for (int c : conditions) {
      double p = base[c];
      double pp = present[c];
      double pm = absent[c];
      if (Double.isNaN(p) || Double.isNaN(pp) || Double.isNaN(pm) || p <= 0 || p >= 1 || pp >= 1 || pm >= 1) {
        continue;
      }
      double odds = p / (1 - p);
      double lrP = pp / (1 - pp) / odds;
      double lrM = pm / (1 - pm) / odds;
      boolean supporting = lrP > 1.001 && lrM < 0.999;
      boolean conflicting = lrP < 0.999 && lrM > 1.001;
      if (!supporting && !conflicting) {
        continue;
      }
      double b = (1 - lrM) / (lrP - lrM);
      double a = lrP * b;
      if (!(a >= 0 && a <= 1 && b >= 0 && b <= 1)) {
        continue;
      }
      num += p * (p * a + (1 - p) * b);
      den += p;
    }
    double q = den > 0 ? num / den : Q_UNINFORMED;
    return Math.max(Q_MIN, Math.min(Q_MAX, q));
  }

  private static int[] every(int n) {
    int[] out = new int[n];
    for (int c = 0; c < n; c++) {
      out[c] = c;
    }
    return out;
  }

  /**
   * KL(w' ‖ w) between the shares of the differential (each condition's probability over their sum),
   * in nats: how much an answer moves the ranking between conditions, not only each one's own odds.
   */
  static double shareDivergence(double[] after, double[] before) {
    double sa = 0;
    double sb = 0;
    for (int c = 0; c < after.length; c++) {
      if (!Double.isNaN(after[c]) && !Double.isNaN(before[c])) {
        sa += Math.max(1e-6, after[c]);
        sb += Math.max(1e-6, before[c]);
      }
    }
    if (sa <= 0 || sb <= 0) {
      return 0;
    }
    // With a = max(1e-6, after), b = max(1e-6, before): the sum of (a/sa) log((a/sa)/(b/sb)) is
    // (1/sa) times the sum of a log(a/b), plus log(sb/sa). A condition the answer does not move
    // adds a log(1) = 0 to that sum, so only the few that move cost a logarithm.
    double moved = 0;
    for (int c = 0; c < after.length; c++) {
      if (after[c] != before[c] && !Double.isNaN(after[c]) && !Double.isNaN(before[c])) {
        double a = Math.max(1e-6, after[c]);
        double b = Math.max(1e-6, before[c]);
        moved += a * Math.log(a / b);
      }
    }
    return Math.max(0, moved / sa + Math.log(sb / sa));
  }

  /** The sum over conditions of KL(Bernoulli(after) ‖ Bernoulli(before)), in nats. */
  static double divergence(double[] after, double[] before) {
    return divergence(after, before, every(after.length));
  }

  /**
   * {@link #divergence(double[], double[])} over the given conditions only, ascending: the same
   * number when every other condition has the same probability before and after (it adds nothing).
   */
  static double divergence(double[] after, double[] before, int[] conditions) {
    double sum = 0;
    for (int c : conditions) {
      double r = after[c];
      double p = before[c];
      if (Double.isNaN(r) || Double.isNaN(p) || r == p) {
        continue;
      }
      p = Math.max(1e-6, Math.min(1 - 1e-6, p));
      r = Math.max(1e-6, Math.min(1 - 1e-6, r));
      sum += r * Math.log(r / p) + (1 - r) * Math.log((1 - r) / (1 - p));
    }
    return sum;
  }
}
