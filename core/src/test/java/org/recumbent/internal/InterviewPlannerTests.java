package org.recumbent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Triage;
import org.recumbent.spi.Assessment;
import org.recumbent.spi.Code;
import org.recumbent.spi.ConditionDescriptor;
import org.recumbent.spi.ConditionPlugin;
import org.recumbent.spi.ConditionScore;
import org.recumbent.spi.FiredWarning;
import org.recumbent.spi.PluginDescriptor;
import org.recumbent.spi.ReliefStrategy;
import org.recumbent.spi.Source;
import org.recumbent.spi.WarningSign;

@DisplayName("InterviewPlanner")
class InterviewPlannerTests {

  static final Source TEST = Source.expertEstimate("planner test fixture");

  /** Not rule-based: scores a pair of features only together, and fires a warning on a red flag with a history. */
  static final class Pair implements ConditionPlugin {
    final PluginDescriptor descriptor = PluginDescriptor.builder("pair").displayName("Pair (test)")
        .condition(ConditionDescriptor.builder("pair.x").name("X").summary("X.").icd10(Code.icd10("R52", "Pain", "test"))
            .source(TEST).triageWhenLikely(Triage.CONSULTATION_24, TEST).build())
        .reliefStrategy(ReliefStrategy.builder("pair.rest").text("Rest.").forConditions("pair.x").source(TEST).build())
        .warningSign(new WarningSign("pair.clot", Triage.EMERGENCY, "Go now.", "A swollen leg.", TEST))
        .build();

    @Override
    public PluginDescriptor descriptor() {
      return descriptor;
    }

    @Override
    public Assessment evaluate(SymptomReport r) {
      boolean both = r.isPresent("quality.throbbing") && r.isPresent("location.thigh");
      List<FiredWarning> w = new ArrayList<>();
      if (r.isPresent("redflag.one_leg_swollen_warm_red") && r.isPresent("history.active_cancer")) {
        w.add(new FiredWarning("pair.clot", List.of("redflag.one_leg_swollen_warm_red", "history.active_cancer")));
      }
      return Assessment.of(List.of(new ConditionScore("pair.x", both ? 0.6 : 0.05, List.of(), List.of())), w);
    }
  }

  static PluginRegistry registry(ConditionPlugin... plugins) {
    return PluginRegistry.of(List.of(plugins), List.of());
  }

  @Test
  @DisplayName("the probe finds features a plugin reads only together with others, and nothing else")
  void probe() {
    PluginRegistry reg = registry(new Pair());
    InterviewPlanner planner = new InterviewPlanner(reg, 0.3);
    for (String f : List.of("quality.throbbing", "location.thigh", "redflag.one_leg_swollen_warm_red", "history.active_cancer")) {
      assertTrue(planner.isRelevant(f), f);
    }
    assertFalse(planner.isRelevant("quality.burning"));
    assertFalse(planner.isRelevant("redflag.fever"));
    assertEquals(Triage.EMERGENCY, planner.escalation("redflag.one_leg_swollen_warm_red"));
    assertNull(planner.escalation("quality.throbbing"));
  }

  @Test
  @DisplayName("a plugin that throws on every report reads nothing and is never re-scored")
  void throwingPlugin() {
    ConditionPlugin broken = new ConditionPlugin() {
      final PluginDescriptor d = new Pair().descriptor;

      @Override
      public PluginDescriptor descriptor() {
        return d;
      }

      @Override
      public Assessment evaluate(SymptomReport report) {
        throw new IllegalStateException("broken");
      }
    };
    InterviewPlanner planner = new InterviewPlanner(registry(broken), 0.3);
    assertFalse(planner.isRelevant("quality.throbbing"));
    InterviewPlanner.Plan plan = planner.plan(SymptomReport.empty(), Set.of(), 3);
    assertTrue(plan.questions().isEmpty());
    assertEquals(0, plan.candidates());
  }

  @Test
  @DisplayName("the red flag of a partly known pattern is asked first, then the decisive feature")
  void plan() {
    InterviewPlanner planner = new InterviewPlanner(registry(new Pair()), 0.3);
    SymptomReport r = SymptomReport.builder().present("quality.throbbing").build();
    InterviewPlanner.Plan p = planner.plan(r, Set.of(), 5);
    assertTrue(p.redFlagPending());
    assertEquals(List.of("redflag.one_leg_swollen_warm_red"), p.questions().get(0).features());
    assertEquals("location.thigh", p.questions().get(1).feature());
    InterviewPlanner.Plan after = planner.plan(r.with("redflag.one_leg_swollen_warm_red", org.recumbent.core.FindingState.ABSENT), Set.of(), 5);
    assertFalse(after.redFlagPending());
    assertTrue(after.decisive(), "thigh present makes pair.x likely and raises the level of care");
  }

  @Test
  @DisplayName("the chance a feature is present follows the likelihood ratios the plugins imply")
  void presentChance() {
    // Prior 0.2; present gives odds x4 (LR+ 4), absent odds x0.5 (LR- 0.5): b = 0.5/3.5, a = 4b.
    double p = 0.2;
    double pp = 0.25 * 4 / (1 + 0.25 * 4);
    double pm = 0.25 * 0.5 / (1 + 0.25 * 0.5);
    double b = 0.5 / 3.5;
    double expected = p * 4 * b + (1 - p) * b;
    assertEquals(expected, InterviewPlanner.presentChance(new double[] {p}, new double[] {pp}, new double[] {pm}), 1e-9);
    assertEquals(InterviewPlanner.Q_UNINFORMED, InterviewPlanner.presentChance(new double[] {p}, new double[] {p},
        new double[] {p}), 1e-9, "no information: an uncommon finding");
    assertEquals(InterviewPlanner.Q_MIN, InterviewPlanner.presentChance(new double[] {0.5}, new double[] {0.99},
        new double[] {0.49}), 1e-9, "never treated as impossible");
  }

  @Test
  @DisplayName("information gain is a Kullback-Leibler divergence: zero when nothing moves, positive otherwise")
  void divergence() {
    assertEquals(0, InterviewPlanner.divergence(new double[] {0.3, Double.NaN}, new double[] {0.3, 0.5}), 0);
    double d = InterviewPlanner.divergence(new double[] {0.6}, new double[] {0.5});
    assertEquals(0.6 * Math.log(1.2) + 0.4 * Math.log(0.8), d, 1e-12);
    assertTrue(InterviewPlanner.divergence(new double[] {0.9}, new double[] {0.5}) > d);
  }

  @Test
  @DisplayName("the divergence between shares of the differential equals the textbook sum, with a logarithm only where a share's condition moved")
  void shareDivergence() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(1127L);
    for (int run = 0; run < 20_000; run++) {
      int n = 1 + random.nextInt(9);
      double[] before = new double[n];
      double[] after = new double[n];
      for (int c = 0; c < n; c++) {
        int kind = random.nextInt(10);
        before[c] = kind == 0 ? Double.NaN : kind == 1 ? 0.0 : kind == 2 ? 1e-9 : random.nextDouble();
        after[c] = random.nextInt(3) == 0 ? before[c] : kind == 3 ? Double.NaN : random.nextDouble();
      }
      double expected = textbookShareDivergence(after, before);
      double actual = InterviewPlanner.shareDivergence(after, before);
      assertEquals(expected, actual, 1e-12 * Math.max(1, expected),
          () -> java.util.Arrays.toString(after) + " from " + java.util.Arrays.toString(before));
      assertTrue(actual >= 0);
    }
    double[] same = {0.2, 0.5, Double.NaN};
    assertEquals(0, InterviewPlanner.shareDivergence(same, same.clone()), 0);
  }

  /** KL(w' ‖ w) between the shares, summed term by term (shares floored at 1e-6 before normalising). */
  private static double textbookShareDivergence(double[] after, double[] before) {
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
    double sum = 0;
    for (int c = 0; c < after.length; c++) {
      if (!Double.isNaN(after[c]) && !Double.isNaN(before[c])) {
        double r = Math.max(1e-6, after[c]) / sa;
        double p = Math.max(1e-6, before[c]) / sb;
        sum += r * Math.log(r / p);
      }
    }
    return Math.max(0, sum);
  }

  @Test
  @DisplayName("picks a checklist's items in one pass in the order that picking the best again after each pick gives")
  void bestOfCategory() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(27L);
    for (int run = 0; run < 20_000; run++) {
      int n = random.nextInt(40);
      double[] score = new double[n];
      byte[] category = new byte[n];
      for (int i = 0; i < n; i++) {
        // Few distinct scores, so ties are common; some below the minimum.
        score[i] = random.nextInt(6) / 4.0 - 0.5;
        category[i] = (byte) random.nextInt(3);
      }
      byte wanted = (byte) random.nextInt(3);
      int[] items = new int[1 + random.nextInt(8)];
      int count = InterviewPlanner.bestOf(score, category, wanted, 0.0, items);
      double[] left = score.clone();
      List<Integer> expected = new ArrayList<>();
      while (expected.size() < items.length) {
        int best = -1;
        for (int i = 0; i < n; i++) {
          if (left[i] >= 0.0 && category[i] == wanted && (best < 0 || left[i] > left[best])) {
            best = i;
          }
        }
        if (best < 0) {
          break;
        }
        expected.add(best);
        left[best] = -1;
      }
      List<Integer> actual = new ArrayList<>();
      for (int k = 0; k < count; k++) {
        actual.add(items[k]);
      }
      assertEquals(expected, actual, () -> java.util.Arrays.toString(score) + " " + java.util.Arrays.toString(category));
    }
  }
}
