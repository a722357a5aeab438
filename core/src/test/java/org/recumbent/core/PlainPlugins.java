package org.recumbent.core;

import java.util.List;
import org.recumbent.spi.Assessment;
import org.recumbent.spi.ConditionPlugin;
import org.recumbent.spi.PluginDescriptor;
import org.recumbent.testing.FakePlugins;

/**
 * Fixtures for the tests that compare the shortcuts for plain rule-based plugins (the engine's and
 * the planner's) with evaluating the same plugins in full.
 */
final class PlainPlugins {

  private PlainPlugins() {}

  /** Hides a plugin's type, so the aggregator and the planner call evaluate() and check each assessment. */
  record Wrapped(ConditionPlugin plugin) implements ConditionPlugin {
    @Override
    public PluginDescriptor descriptor() {
      return plugin.descriptor();
    }

    @Override
    public Assessment evaluate(SymptomReport report) {
      return plugin.evaluate(report);
    }
  }

  /** Plain rule-based plugins of every shape the tests have: fake conditions, warnings, their own feature. */
  static List<ConditionPlugin> all() {
    return List.of(new FakePlugins.Arterial(), new FakePlugins.Venous(), new FakePlugins.WithFeature(),
        new InterviewFakes.Vascular(), new InterviewFakes.Neuro(), new InterviewFakes.Musculoskeletal(),
        new InterviewFakes.Skin());
  }

  /** A plugin that fails on every report with a burning pain, and judges nothing otherwise. */
  static ConditionPlugin failingOnBurning() {
    return FakePlugins.faulty("boom", r -> {
      if (r.isPresent("quality.burning")) {
        throw new IllegalStateException("down");
      }
      return Assessment.of(List.of(), List.of());
    });
  }
}
