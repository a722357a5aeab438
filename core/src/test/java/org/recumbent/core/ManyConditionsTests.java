package org.recumbent.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.spi.Code;
import org.recumbent.spi.ConditionDescriptor;
import org.recumbent.spi.PluginDescriptor;
import org.recumbent.spi.ReliefStrategy;
import org.recumbent.spi.ReliefTags;
import org.recumbent.spi.support.EvidenceModel;
import org.recumbent.spi.support.RuleBasedPlugin;
import org.recumbent.testing.FakePlugins;

/**
 * The advice merge keeps sets of conditions as bits of one long when they fit; with more
 * conditions it takes the general path. Both must give the same advice by the rule: every
 * strategy that helps a likely condition and that no condition of concern forbids.
 */
@DisplayName("The aggregator with more conditions than fit in one long")
class ManyConditionsTests {

  /**
   * A plugin of more conditions than fit in one long: condition {@code i} becomes likely when
   * feature {@code i % 7} of {@link #TRIGGERS} is present, and forbids heat.
   */
  static final class Many extends RuleBasedPlugin {
    static final int CONDITIONS = 70;
    static final String[] TRIGGERS = {"quality.burning", "quality.heavy", "location.calf", "sign.foot_cold",
        "history.smoking", "timing.constant", "quality.numbness"};

    Many() {
      super(manyDescriptor(), manyModels(), Map.of());
    }

    private static PluginDescriptor manyDescriptor() {
      PluginDescriptor.Builder b = PluginDescriptor.builder("many")
          .displayName("Many (test)");
      for (int i = 0; i < CONDITIONS; i++) {
        String id = String.format("many.c%02d", i);
        b.condition(ConditionDescriptor.builder(id)
            .name("Condition " + i)
            .summary("A test condition.")
            .icd10(Code.icd10("R52", "Pain, unspecified", "test"))
            .source(FakePlugins.TEST)
            .triageWhenLikely(Triage.SELF_CARE, FakePlugins.TEST)
            .unsafeRelief(ReliefTags.HEAT, "Not with condition " + i + ".")
            .build());
        b.reliefStrategy(ReliefStrategy.builder("many.rest" + i)
            .text("Rest for condition " + i + ".")
            .forConditions(id)
            .source(FakePlugins.TEST)
            .build());
      }
      return b.build();
    }

    private static List<EvidenceModel> manyModels() {
      List<EvidenceModel> out = new ArrayList<>();
      for (int i = 0; i < CONDITIONS; i++) {
        out.add(EvidenceModel.builder(String.format("many.c%02d", i))
            .prior(0.001, FakePlugins.TEST)
            .criterion(TRIGGERS[i % TRIGGERS.length], 900, 0.9, FakePlugins.TEST)
            .build());
      }
      return out;
    }
  }

  @Test
  @DisplayName("with more conditions than fit in one long, gives every strategy that helps a likely condition and that no condition of concern forbids")
  void manyConditions() {
    ConditionAggregator many = ConditionAggregator.builder().nextQuestions(0).thresholds(0.2, 0.05)
        .addPlugin(new FakePlugins.Arterial())
        .addPlugin(new FakePlugins.Venous())
        .addPlugin(new Many()).build();
    assertTrue(many.loadFailures().isEmpty(), () -> "load failures: " + many.loadFailures());
    List<ReliefStrategy> strategies = new ArrayList<>();
    int conditions = 0;
    for (PluginDescriptor d : many.plugins()) {
      strategies.addAll(d.reliefStrategies());
      conditions += d.conditions().size();
    }
    assertTrue(conditions > Long.SIZE, "conditions: " + conditions);
    List<String> ids = new ArrayList<>(many.vocabulary().ids());
    Random random = new Random(70);
    FindingState[] states = FindingState.values();
    int given = 0;
    int avoided = 0;
    for (int n = 0; n < 2000; n++) {
      SymptomReport.Builder r = SymptomReport.builder().age(20 + random.nextInt(70));
      for (int k = random.nextInt(8); k > 0; k--) {
        r.finding(ids.get(random.nextInt(ids.size())), states[random.nextInt(states.length)]);
      }
      SymptomReport report = r.build();
      AggregatedAssessment a = many.assess(report);
      if (a.triage().isAtLeast(Triage.EMERGENCY)) {
        continue;
      }
      Set<String> likely = new HashSet<>();
      List<Forbidding> concern = new ArrayList<>();
      for (RankedCondition c : a.differential()) {
        if (c.probability() >= many.likelyThreshold()) {
          likely.add(c.condition());
        }
        if (c.probability() >= many.cautionThreshold()) {
          concern.add(new Forbidding(many.condition(c.condition()).orElseThrow()));
        }
      }
      Set<String> advice = new HashSet<>();
      a.advice().forEach(x -> advice.add(x.id()));
      for (ReliefStrategy s : strategies) {
        boolean helps = s.forConditions().stream().anyMatch(likely::contains);
        boolean forbidden = concern.stream().anyMatch(c -> c.forbids(s));
        assertEquals(helps && !forbidden, advice.contains(s.id()), () -> s.id() + " for " + report + ": " + a);
      }
      given += advice.size();
      avoided += a.avoid().size();
    }
    assertTrue(given > 1000, "advice given: " + given);
    assertTrue(avoided > 200, "advice to avoid: " + avoided);
  }

  /** Whether a condition makes a strategy unsafe: by name, or by one of its kinds of relief. */
  private record Forbidding(ConditionDescriptor d) {
    boolean forbids(ReliefStrategy s) {
      return s.unsafeWith().containsKey(d.id()) || s.tags().stream().anyMatch(d.unsafeReliefTags()::containsKey);
    }
  }
}
