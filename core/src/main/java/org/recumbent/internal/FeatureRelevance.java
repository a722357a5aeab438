package org.recumbent.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.recumbent.core.Feature;
import org.recumbent.core.FeatureCategory;
import org.recumbent.core.FindingState;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Triage;
import org.recumbent.core.Vocabulary;
import org.recumbent.spi.Assessment;
import org.recumbent.spi.FiredWarning;
import org.recumbent.spi.WarningSign;
import org.recumbent.spi.support.RuleBasedPlugin;
import org.recumbent.spi.support.Trigger;

/**
 * Which plugins read which features, found once when the aggregator is built, so the interview
 * re-scores a report only for features that can change something, and only with the plugins that
 * read them.
 *
 * <p>How a plugin's features are found: a {@link RuleBasedPlugin} declares them (the features of its
 * evidence models and triggers). Every plugin, rule-based or not, is also probed: it is run on three
 * base reports (the empty report; every other feature present; every other feature absent) and on
 * each base with the feature present and with it absent. When any output differs from the base's
 * (a probability, the supporting or conflicting findings, a warning), the plugin reads the feature.
 * The three bases catch features that matter only together with others ({@code allOf} criteria and
 * triggers, {@code atLeast} triggers) or only when others are absent ({@code anyOf}). A plugin that
 * throws, or returns invalid output, on the empty report is left out: the aggregator leaves it out
 * of every assessment too.
 *
 * <p>The probe also records, for each feature, the most urgent warning its presence made fire; the
 * interview uses it when a person answers "yes" to a grouped red-flag question but not to any of its
 * parts.
 *
 * <p>Last, it finds the warning groups: the signs worth asking about, together, right after the red
 * flags, because their presence fires an urgent warning (see {@link #warningGroups()}).
 */
public final class FeatureRelevance {

  private static final int NONE = Integer.MAX_VALUE;

  /** The most urgent level a warning sign must call for to make its signs part of a warning group. */
  static final Triage WARNING_GROUP_LEVEL = Triage.CONSULTATION_24;
  /** The most signs one warning group lists. */
  static final int WARNING_GROUP_SIZE = 8;
  /** The findings a person usually gives first; the warning probe also starts from them. */
  private static final List<String> OPENING =
      List.of("timing.worse_lying_down", "timing.worse_evening_night", "timing.wakes_from_sleep");

  private final List<Feature> features;
  private final int[][] readers;
  private final int[] escalation;
  private final List<int[]> warningGroups;

  private FeatureRelevance(List<Feature> features, int[][] readers, int[] escalation, List<int[]> warningGroups) {
    this.features = features;
    this.readers = readers;
    this.escalation = escalation;
    this.warningGroups = warningGroups;
  }

  /**
   * Probe every plugin of a registry.
   *
   * @param registry the loaded plugins and their vocabulary
   * @return the relevance table
   */
  public static FeatureRelevance probe(PluginRegistry registry) {
    Vocabulary vocabulary = registry.vocabulary();
    List<Feature> features = vocabulary.features();
    List<LoadedPlugin> plugins = registry.plugins();
    int n = features.size();
    List<List<Integer>> readerLists = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      readerLists.add(new ArrayList<>(2));
    }
    int[] escalation = new int[n];
    java.util.Arrays.fill(escalation, NONE);
    Bases bases = new Bases(features);
    // For each plain plugin (see RuleBasedAccess.isPlainIn), the access and the features of the
    // vocabulary its triggers read; null for the others.
    RuleBasedAccess access = RuleBasedAccess.get();
    RuleBasedAccess[] plain = new RuleBasedAccess[plugins.size()];
    List<List<String>> triggered = new ArrayList<>(plugins.size());
    for (int p = 0; p < plugins.size(); p++) {
      plain[p] = access != null && access.isPlainIn(plugins.get(p), registry) ? access : null;
      triggered.add(plain[p] != null ? triggerFeatures(plugins.get(p), vocabulary) : null);
    }
    for (int p = 0; p < plugins.size(); p++) {
      LoadedPlugin lp = plugins.get(p);
      Assessment empty = evaluate(lp, SymptomReport.empty(), vocabulary);
      if (empty == null) {
        continue;
      }
      Set<String> declared = declared(lp);
      if (plain[p] != null) {
        // A plain rule-based plugin reads exactly the features it declares (its evaluate is
        // RuleBasedPlugin's, which reads no other), and its outputs always pass the checks; only
        // its triggers, and only on the features they read, can make a warning fire. So it is
        // probed for warnings alone, with what its evaluate would give, without scoring; and as
        // its triggers read nothing else, "every other feature" of a base need only be every
        // other feature they read.
        List<String> reads = triggered.get(p);
        for (int i = 0; i < n; i++) {
          String id = features.get(i).id();
          if (declared.contains(id)) {
            readerLists.get(i).add(p);
          }
          if (reads.contains(id)) {
            escalate(plain[p], lp, SymptomReport.empty(), id, escalation, i, registry);
            escalate(plain[p], lp, Bases.allBut(reads, id, FindingState.PRESENT), id, escalation, i, registry);
            escalate(plain[p], lp, Bases.allBut(reads, id, FindingState.ABSENT), id, escalation, i, registry);
          }
        }
        continue;
      }
      for (int i = 0; i < n; i++) {
        String id = features.get(i).id();
        boolean reads = declared.contains(id);
        reads |= probe(lp, vocabulary, SymptomReport.empty(), empty, id, escalation, i, registry);
        reads |= probe(lp, vocabulary, bases.present(i), null, id, escalation, i, registry);
        reads |= probe(lp, vocabulary, bases.absent(i), null, id, escalation, i, registry);
        if (reads) {
          readerLists.get(i).add(p);
        }
      }
    }
    int[][] readers = new int[n][];
    for (int i = 0; i < n; i++) {
      List<Integer> l = readerLists.get(i);
      readers[i] = new int[l.size()];
      for (int k = 0; k < l.size(); k++) {
        readers[i][k] = l.get(k);
      }
    }
    return new FeatureRelevance(features, readers, escalation,
        warningGroups(registry, features, readers, plain, triggered));
  }

  /**
   * Find the warning signs worth one grouped question: the signs (category {@code sign}, not red
   * flags) whose presence, on its own or with one other finding, fires a warning at
   * {@link #WARNING_GROUP_LEVEL} or more urgent, from the empty report or from the findings a
   * person usually gives first. Signs that fire the same warning are kept together (a theme: the
   * skin of the foot, a swollen calf); themes are packed, in vocabulary order, into groups of at
   * most {@link #WARNING_GROUP_SIZE}.
   */
  private static List<int[]> warningGroups(PluginRegistry registry, List<Feature> features, int[][] readers,
      @Nullable RuleBasedAccess[] plain, List<@Nullable List<String>> triggered) {
    Vocabulary vocabulary = registry.vocabulary();
    List<LoadedPlugin> plugins = registry.plugins();
    int n = features.size();
    SymptomReport.Builder opening = SymptomReport.builder();
    for (String f : OPENING) {
      if (vocabulary.contains(f)) {
        opening.finding(f, FindingState.PRESENT);
      }
    }
    List<SymptomReport> bases = List.of(SymptomReport.empty(), opening.build());
    // warningsOf[i]: the urgent warnings sign i was seen to fire.
    List<Set<String>> warningsOf = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      warningsOf.add(new HashSet<>());
    }
    int limit = WARNING_GROUP_LEVEL.ordinal();
    for (int i = 0; i < n; i++) {
      Feature f = features.get(i);
      if (f.category() != FeatureCategory.SIGN || readers[i].length == 0) {
        continue;
      }
      for (int p : readers[i]) {
        LoadedPlugin lp = plugins.get(p);
        for (SymptomReport base : bases) {
          if (base.isAnswered(f.id())) {
            continue;
          }
          SymptomReport alone = base.with(f.id(), FindingState.PRESENT);
          urgentWarnings(lp, plain[p], alone, f.id(), limit, registry, warningsOf.get(i));
          for (int j = 0; j < n; j++) {
            Feature g = features.get(j);
            if (j == i || g.isRedFlag() || alone.isAnswered(g.id()) || !readsToo(readers[j], p)
                // A plain plugin's warnings change only with a finding its triggers read.
                || plain[p] != null && !triggered.get(p).contains(g.id())) {
              continue;
            }
            urgentWarnings(lp, plain[p], alone.with(g.id(), FindingState.PRESENT), f.id(), limit, registry,
                warningsOf.get(i));
          }
        }
      }
    }
    // Themes: signs that share a warning, joined transitively, in vocabulary order.
    int[] theme = new int[n];
    java.util.Arrays.fill(theme, -1);
    List<List<Integer>> themes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (warningsOf.get(i).isEmpty() || theme[i] >= 0) {
        continue;
      }
      List<Integer> t = new ArrayList<>();
      java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(i));
      theme[i] = themes.size();
      while (!queue.isEmpty()) {
        int a = queue.poll();
        t.add(a);
        for (int b = 0; b < n; b++) {
          if (theme[b] < 0 && !java.util.Collections.disjoint(warningsOf.get(a), warningsOf.get(b))) {
            theme[b] = themes.size();
            queue.add(b);
          }
        }
      }
      t.sort(null);
      themes.add(t);
    }
    List<int[]> groups = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    for (List<Integer> t : themes) {
      if (!current.isEmpty() && current.size() + t.size() > WARNING_GROUP_SIZE) {
        groups.add(current.stream().mapToInt(Integer::intValue).toArray());
        current = new ArrayList<>();
      }
      current.addAll(t);
    }
    if (!current.isEmpty()) {
      groups.add(current.stream().mapToInt(Integer::intValue).toArray());
    }
    return List.copyOf(groups);
  }

  private static boolean readsToo(int[] readersOfOther, int plugin) {
    for (int r : readersOfOther) {
      if (r == plugin) {
        return true;
      }
    }
    return false;
  }

  /**
   * Add the ids of the warnings at {@code limit} or more urgent that {@code id} helps fire on a
   * report; from the warnings alone when the plugin is plain ({@code plain} is then the access).
   */
  private static void urgentWarnings(LoadedPlugin lp, @Nullable RuleBasedAccess plain, SymptomReport report,
      String id, int limit, PluginRegistry registry, Set<String> into) {
    List<FiredWarning> warnings;
    if (plain != null) {
      warnings = warnings(plain, lp, report);
    } else {
      Assessment a = evaluate(lp, report, registry.vocabulary());
      warnings = a == null ? null : a.warnings();
    }
    if (warnings == null) {
      return;
    }
    for (FiredWarning w : warnings) {
      WarningSign sign = registry.warnings().get(w.warningId());
      if (sign != null && sign.triage().ordinal() <= limit && w.triggeredBy().contains(id)) {
        into.add(w.warningId());
      }
    }
  }

  /**
   * @return the warning groups: indexes into {@link #features()} of signs asked as one question
   *     after the red flags; see {@link #probe}
   */
  public List<int[]> warningGroups() {
    return warningGroups;
  }

  private static Set<String> declared(LoadedPlugin lp) {
    Set<String> out = new HashSet<>();
    if (lp.plugin instanceof RuleBasedPlugin rb) {
      for (var model : rb.models()) {
        out.addAll(model.features());
      }
      for (WarningSign w : lp.descriptor.warningSigns()) {
        rb.trigger(w.id()).map(Trigger::features).ifPresent(out::addAll);
      }
    }
    return out;
  }

  /** Return whether the plugin's output on {@code base} changes when {@code id} is set. */
  private static boolean probe(LoadedPlugin lp, Vocabulary vocabulary, SymptomReport base,
      @Nullable Assessment baseOutput, String id, int[] escalation, int index, PluginRegistry registry) {
    Assessment b = baseOutput != null ? baseOutput : evaluate(lp, base, vocabulary);
    if (b == null) {
      return false;
    }
    boolean reads = false;
    Assessment present = evaluate(lp, base.with(id, FindingState.PRESENT), vocabulary);
    if (present == null || !present.equals(b)) {
      reads = true;
      if (present != null) {
        escalate(b.warnings(), present.warnings(), id, escalation, index, registry);
      }
    }
    Assessment absent = evaluate(lp, base.with(id, FindingState.ABSENT), vocabulary);
    return reads || absent == null || !absent.equals(b);
  }

  /**
   * Note, for feature {@code index}, the most urgent warning that fires once {@code id} is present
   * ({@code after}) and did not before, naming {@code id}.
   */
  private static void escalate(List<FiredWarning> before, List<FiredWarning> after, String id, int[] escalation,
      int index, PluginRegistry registry) {
    for (FiredWarning w : after) {
      if (!before.contains(w) && w.triggeredBy().contains(id)) {
        WarningSign sign = registry.warnings().get(w.warningId());
        if (sign != null) {
          escalation[index] = Math.min(escalation[index], sign.triage().ordinal());
        }
      }
    }
  }

  /** {@link #escalate(List, List, String, int[], int, PluginRegistry)} for a plain plugin, from its warnings alone. */
  private static void escalate(RuleBasedAccess access, LoadedPlugin lp, SymptomReport base, String id,
      int[] escalation, int index, PluginRegistry registry) {
    List<FiredWarning> before = warnings(access, lp, base);
    List<FiredWarning> after = warnings(access, lp, base.with(id, FindingState.PRESENT));
    if (before != null && after != null) {
      escalate(before, after, id, escalation, index, registry);
    }
  }

  /** A plain plugin's warnings on a report, or null if it throws (then evaluate would fail too). */
  private static @Nullable List<FiredWarning> warnings(RuleBasedAccess access, LoadedPlugin lp, SymptomReport report) {
    try {
      return access.warnings(lp.plugin, report);
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable t) {
      return null;
    }
  }

  /**
   * The features of the vocabulary that a rule-based plugin's triggers read, without repeats (a
   * report of the probe holds no other, so no other can be present).
   */
  private static List<String> triggerFeatures(LoadedPlugin lp, Vocabulary vocabulary) {
    Set<String> out = new java.util.LinkedHashSet<>();
    if (lp.plugin instanceof RuleBasedPlugin rb) {
      for (WarningSign w : lp.descriptor.warningSigns()) {
        rb.trigger(w.id()).map(Trigger::features).ifPresent(out::addAll);
      }
    }
    out.retainAll(vocabulary.ids());
    return List.copyOf(out);
  }

  /**
   * The base reports of the full probe, for each feature: every other feature present, and every
   * other absent; each built when first needed (only plugins that are not plain need them).
   */
  private static final class Bases {
    private final List<String> ids;
    private final SymptomReport[] present;
    private final SymptomReport[] absent;

    Bases(List<Feature> features) {
      this.ids = features.stream().map(Feature::id).toList();
      this.present = new SymptomReport[ids.size()];
      this.absent = new SymptomReport[ids.size()];
    }

    SymptomReport present(int i) {
      if (present[i] == null) {
        present[i] = allBut(ids, ids.get(i), FindingState.PRESENT);
      }
      return present[i];
    }

    SymptomReport absent(int i) {
      if (absent[i] == null) {
        absent[i] = allBut(ids, ids.get(i), FindingState.ABSENT);
      }
      return absent[i];
    }

    /** A report with every feature of {@code ids} but {@code id} in the given state. */
    static SymptomReport allBut(List<String> ids, String id, FindingState state) {
      SymptomReport.Builder b = SymptomReport.builder();
      for (String other : ids) {
        if (!other.equals(id)) {
          b.finding(other, state);
        }
      }
      return b.build();
    }
  }

  private static @Nullable Assessment evaluate(LoadedPlugin lp, SymptomReport report, Vocabulary vocabulary) {
    try {
      Assessment a = lp.plugin.evaluate(report);
      return AssessmentEngine.validate(lp, a, report, vocabulary) == null ? a : null;
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable t) {
      return null;
    }
  }

  /** @return the vocabulary's features, in vocabulary order; indexes of the other methods refer to it */
  public List<Feature> features() {
    return features;
  }

  /**
   * @param featureIndex a feature's index in {@link #features()}
   * @return the indexes of the plugins (in registry order) that read it; empty when none
   */
  public int[] readers(int featureIndex) {
    return readers[featureIndex];
  }

  /**
   * @param featureIndex a feature's index in {@link #features()}
   * @return whether any plugin reads it
   */
  public boolean isRelevant(int featureIndex) {
    return readers[featureIndex].length > 0;
  }

  /**
   * @param featureIndex a feature's index in {@link #features()}
   * @return the most urgent warning the feature's presence was seen to fire, if any
   */
  public @Nullable Triage escalation(int featureIndex) {
    int e = escalation[featureIndex];
    return e == NONE ? null : Triage.values()[e];
  }
}
