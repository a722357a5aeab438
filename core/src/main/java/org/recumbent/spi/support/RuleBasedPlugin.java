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
    FiredWarning[] fired = null;
    int firedCount = 0;
    for (int i = 0; i < triggers.length; i++) {
      if (triggers[i].matches(report)) {
        if (fired == null) {
          fired = new FiredWarning[triggers.length - i];
        }
        fired[firedCount++] = new FiredWarning(warningIds[i], triggers[i].firedBy(report));
      }
    }
    return Assessment.of(IdList.immutable(scores, scores.length),
        fired == null ? List.of() : IdList.immutable(fired, firedCount));
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
        if (rb.triggers[i].matches(report, dense)) {
          sink.warning(i, rb.triggers[i].firedBy(report));
        }
      }
    }

    @Override
    public void evaluate(ConditionPlugin plugin, SymptomReport report, double[] probabilities, boolean[] fired) {
      RuleBasedPlugin rb = (RuleBasedPlugin) plugin;
      requireNonNull(report, "report");
      for (int i = 0; i < rb.models.length; i++) {
        probabilities[i] = rb.models[i].probability(report);
      }
      for (int i = 0; i < rb.triggers.length; i++) {
        fired[i] = rb.triggers[i].matches(report);
      }
    }
  }
}
