package org.recumbent.spi.support;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Vocabulary;
import org.recumbent.internal.FeatureIndex;
import org.recumbent.internal.ReportStates;
import org.recumbent.internal.RuleBasedAccess;
import org.recumbent.spi.Assessment;
import org.recumbent.spi.ConditionDescriptor;
import org.recumbent.spi.ConditionPlugin;
import org.recumbent.spi.ConditionScore;
import org.recumbent.spi.FiredWarning;
import org.recumbent.spi.PluginDescriptor;
import org.recumbent.spi.WarningSign;

/**
 * A base for plugins built from {@link EvidenceModel}s and {@link Trigger}s: give it the
 * descriptor, one model per condition and one trigger per warning sign, and it evaluates.
 *
 * <p>The constructor checks that there is exactly one model per described condition and one
 * trigger per warning sign, so a plugin cannot forget one. Subclasses stay stateless and
 * thread-safe.
 *
 * @since 0.1
 */
public abstract class RuleBasedPlugin implements ConditionPlugin {

  static {
    RuleBasedAccess.install(new Access());
  }

  /** Reads a report's answers by feature number; see {@link ReportStates}. */
  private static final ReportStates STATES = ReportStates.get();

  private final PluginDescriptor descriptor;
  private final EvidenceModel[] models;
  private final String[] warningIds;
  private final Trigger[] triggers;

  /**
   * Create the plugin.
   *
   * @param descriptor the descriptor; never {@code null}
   * @param models one model per condition in the descriptor; never {@code null}
   * @param triggers warning id to trigger, one per warning sign in the descriptor; never {@code null}
   * @throws IllegalArgumentException if a model or trigger is missing or extra
   */
  protected RuleBasedPlugin(PluginDescriptor descriptor, List<EvidenceModel> models, Map<String, Trigger> triggers) {
    this.descriptor = requireNonNull(descriptor, "descriptor");
    Map<String, EvidenceModel> byId = new LinkedHashMap<>();
    for (EvidenceModel m : models) {
      checkArgument(byId.put(m.conditionId(), m) == null, "two models for %s", m.conditionId());
    }
    List<EvidenceModel> ordered = new ArrayList<>();
    for (ConditionDescriptor c : descriptor.conditions()) {
      EvidenceModel m = byId.remove(c.id());
      checkArgument(m != null, "plugin %s: no evidence model for condition %s", descriptor.id(), c.id());
      ordered.add(m);
    }
    checkArgument(byId.isEmpty(), "plugin %s: models for undeclared conditions %s", descriptor.id(), byId.keySet());
    this.models = ordered.toArray(new EvidenceModel[0]);
    Map<String, Trigger> remaining = new LinkedHashMap<>(triggers);
    List<String> ids = new ArrayList<>();
    List<Trigger> ts = new ArrayList<>();
    for (WarningSign w : descriptor.warningSigns()) {
      Trigger t = remaining.remove(w.id());
      checkArgument(t != null, "plugin %s: no trigger for warning %s", descriptor.id(), w.id());
      ids.add(w.id());
      ts.add(t);
    }
    checkArgument(remaining.isEmpty(), "plugin %s: triggers for undeclared warnings %s", descriptor.id(), remaining.keySet());
    this.warningIds = ids.toArray(new String[0]);
    this.triggers = ts.toArray(new Trigger[0]);
  }

  @Override
  public final PluginDescriptor descriptor() {
    return descriptor;
  }

  /**
   * Return the evidence models, in descriptor order, for audit and documentation.
   *
   * @return the models; never {@code null}
   */
  public final List<EvidenceModel> models() {
    return List.of(models);
  }

  /**
   * Return the trigger of a warning sign.
   *
   * @param warningId the warning id; never {@code null}
   * @return the trigger, or empty if this plugin has no such warning
   */
  public final Optional<Trigger> trigger(String warningId) {
    for (int i = 0; i < warningIds.length; i++) {
      if (warningIds[i].equals(warningId)) {
        return Optional.of(triggers[i]);
      }
    }
    return Optional.empty();
  }

  @Override
  public Assessment evaluate(SymptomReport report) {
    requireNonNull(report, "report");
    // Immutable lists from the start, which Assessment keeps without copying them again.
    ConditionScore[] scores = new ConditionScore[models.length];
    for (int i = 0; i < models.length; i++) {
      scores[i] = models[i].score(report);
    }
    return Assessment.of(IdList.immutable(scores, scores.length), fired(report));
  }

  /** The warnings that fire on a report, in descriptor order, as {@link #evaluate} gives them. */
  private List<FiredWarning> fired(SymptomReport report) {
    FiredWarning[] fired = null;
    int firedCount = 0;
    byte[] dense = STATES.dense(report);
    for (int i = 0; i < triggers.length; i++) {
      if (triggers[i].mayMatch(dense) && triggers[i].matches(report, dense)) {
        if (fired == null) {
          fired = new FiredWarning[triggers.length - i];
        }
        fired[firedCount++] = new FiredWarning(warningIds[i], triggers[i].firedBy(report));
      }
    }
    return fired == null ? List.of() : IdList.immutable(fired, firedCount);
  }

  /** The interview planner's way to score without building assessments; see {@link RuleBasedAccess}. */
  private static final class Access extends RuleBasedAccess {
    @Override
    public boolean isPlain(ConditionPlugin plugin, Vocabulary vocabulary) {
      if (!(plugin instanceof RuleBasedPlugin rb)) {
        return false;
      }
      try {
        if (plugin.getClass().getMethod("evaluate", SymptomReport.class).getDeclaringClass() != RuleBasedPlugin.class) {
          return false;
        }
      } catch (ReflectiveOperationException | RuntimeException e) {
        return false;
      }
      for (EvidenceModel m : rb.models) {
        for (String f : m.features()) {
          if (!vocabulary.contains(f)) {
            return false;
          }
        }
      }
      return true;
    }

    @Override
    public void assess(ConditionPlugin plugin, SymptomReport report, Sink sink) {
      RuleBasedPlugin rb = (RuleBasedPlugin) plugin;
      requireNonNull(report, "report");
      byte[] dense = STATES.dense(report);
      for (int i = 0; i < rb.models.length; i++) {
        rb.models[i].scoreTo(report, dense, i, sink);
      }
      for (int i = 0; i < rb.triggers.length; i++) {
        Trigger t = rb.triggers[i];
        if (t.mayMatch(dense) && t.matches(report, dense)) {
          sink.warning(i, t.firedBy(report));
        }
      }
    }

    @Override
    public List<FiredWarning> warnings(ConditionPlugin plugin, SymptomReport report) {
      return ((RuleBasedPlugin) plugin).fired(requireNonNull(report, "report"));
    }

    @Override
    public Toggles toggles(ConditionPlugin plugin, int[] featureNumbers) {
      return new PlainToggles((RuleBasedPlugin) plugin, featureNumbers);
    }
  }

  /**
   * The incremental scoring of a plain plugin (see {@link RuleBasedAccess.Toggles}): the working
   * space of a report holds, for each model, the running sum of its log odds before each criterion
   * (the prior's first) and the total, and the state each criterion was found in (what it
   * contributed). One more answer re-reads only the criteria and triggers on that feature, and sums
   * the log odds again in the same order from the running sum before the first changed criterion
   * (the same bits as a full evaluation).
   */
  private static final class PlainToggles extends RuleBasedAccess.Toggles {
    private static final int[] NONE = new int[0];
    private static final int[][] NO_CRITERIA = new int[0][];

    private final EvidenceModel[] models;
    private final Trigger[] triggers;
    /** Where each model's running sums start (one before each criterion, then the total). */
    private final int[] start;
    private final int workSize;
    /** Where each model's criterion states start. */
    private final int[] kindStart;
    private final int kindsSize;
    private final String[] ids;
    private final int[] numbers;
    /** By feature: the models that read it; for each of them the criteria that read it; the triggers that read it. */
    private final int[][] modelsOf;
    private final int[][][] criteriaOf;
    private final int[][] triggersOf;

    PlainToggles(RuleBasedPlugin rb, int[] featureNumbers) {
      models = rb.models;
      triggers = rb.triggers;
      start = new int[models.length];
      kindStart = new int[models.length];
      int size = 0;
      int kinds = 0;
      List<String> read = new ArrayList<>();
      for (int m = 0; m < models.length; m++) {
        start[m] = size;
        size += 1 + models[m].criterionCount();
        kindStart[m] = kinds;
        kinds += models[m].criterionCount();
        addAll(read, models[m].features());
      }
      workSize = size;
      kindsSize = kinds;
      int[][] triggerNumbers = new int[triggers.length][];
      for (int t = 0; t < triggers.length; t++) {
        List<String> fs = triggers[t].features();
        addAll(read, fs);
        triggerNumbers[t] = new int[fs.size()];
        for (int k = 0; k < fs.size(); k++) {
          triggerNumbers[t][k] = FeatureIndex.intern(fs.get(k));
        }
      }
      ids = read.toArray(new String[0]);
      numbers = new int[ids.length];
      for (int k = 0; k < ids.length; k++) {
        numbers[k] = FeatureIndex.intern(ids[k]);
      }
      int n = featureNumbers.length;
      modelsOf = new int[n][];
      criteriaOf = new int[n][][];
      triggersOf = new int[n][];
      for (int f = 0; f < n; f++) {
        int number = featureNumbers[f];
        List<Integer> ms = new ArrayList<>();
        List<int[]> cs = new ArrayList<>();
        for (int m = 0; number >= 0 && m < models.length; m++) {
          List<Integer> criteria = new ArrayList<>();
          for (int c = 0; c < models[m].criterionCount(); c++) {
            if (contains(models[m].criterionNumbers(c), number)) {
              criteria.add(c);
            }
          }
          if (!criteria.isEmpty() || contains(models[m].essentialNumbers(), number)) {
            ms.add(m);
            cs.add(toArray(criteria));
          }
        }
        List<Integer> ts = new ArrayList<>();
        for (int t = 0; number >= 0 && t < triggers.length; t++) {
          if (contains(triggerNumbers[t], number)) {
            ts.add(t);
          }
        }
        modelsOf[f] = toArray(ms);
        criteriaOf[f] = cs.isEmpty() ? NO_CRITERIA : cs.toArray(new int[0][]);
        triggersOf[f] = toArray(ts);
      }
    }

    private static void addAll(List<String> out, List<String> ids) {
      for (String id : ids) {
        if (!out.contains(id)) {
          out.add(id);
        }
      }
    }

    private static boolean contains(int[] values, int value) {
      for (int v : values) {
        if (v == value) {
          return true;
        }
      }
      return false;
    }

    private static int[] toArray(List<Integer> values) {
      if (values.isEmpty()) {
        return NONE;
      }
      int[] out = new int[values.size()];
      for (int k = 0; k < out.length; k++) {
        out[k] = values.get(k);
      }
      return out;
    }

    @Override
    public int workSize() {
      return workSize;
    }

    @Override
    public int kindsSize() {
      return kindsSize;
    }

    @Override
    public String[] ids() {
      return ids;
    }

    @Override
    public int[] numbers() {
      return numbers;
    }

    @Override
    public int[] models(int feature) {
      return modelsOf[feature];
    }

    @Override
    public int[] triggers(int feature) {
      return triggersOf[feature];
    }

    @Override
    public void base(SymptomReport report, byte[] states, double[] work, int offset, byte[] kinds, int kindsOffset,
        double[] probabilities, boolean[] fired) {
      for (int m = 0; m < models.length; m++) {
        EvidenceModel model = models[m];
        int o = offset + start[m];
        int ko = kindsOffset + kindStart[m];
        double logOdds = model.priorLogOdds(report);
        int criteria = model.criterionCount();
        for (int c = 0; c < criteria; c++) {
          work[o + c] = logOdds;
          byte state = model.criterionState(c, states);
          kinds[ko + c] = state;
          logOdds += model.logLr(c, state);
        }
        work[o + criteria] = logOdds;
        probabilities[m] = model.probability(logOdds, states);
      }
      for (int t = 0; t < triggers.length; t++) {
        fired[t] = triggers[t].matches(report, states);
      }
    }

    @Override
    public void toggle(int feature, SymptomReport report, byte[] states, double[] work, int offset, byte[] kinds,
        int kindsOffset, double[] probabilities, boolean[] fired) {
      int[] ms = modelsOf[feature];
      int[][] changed = criteriaOf[feature];
      for (int k = 0; k < ms.length; k++) {
        EvidenceModel model = models[ms[k]];
        int o = offset + start[ms[k]];
        int ko = kindsOffset + kindStart[ms[k]];
        int[] cs = changed[k];
        // The same sum in the same order as base, from the running sum before the first changed
        // criterion (the total when only an essential criterion reads the feature): the stored
        // criterion states, except the changed ones.
        int criteria = model.criterionCount();
        int from = cs.length == 0 ? criteria : cs[0];
        double logOdds = work[o + from];
        int next = 0;
        for (int c = from; c < criteria; c++) {
          if (next < cs.length && cs[next] == c) {
            logOdds += model.logLr(c, model.criterionState(c, states));
            next++;
          } else {
            logOdds += model.logLr(c, kinds[ko + c]);
          }
        }
        probabilities[k] = model.probability(logOdds, states);
      }
      int[] ts = triggersOf[feature];
      for (int k = 0; k < ts.length; k++) {
        fired[k] = triggers[ts[k]].matches(report, states);
      }
    }
  }
}
