package org.recumbent.spi.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.core.FindingState;
import org.recumbent.core.SymptomReport;

/** The guard that lets a trigger be skipped must never skip one that fires. */
@DisplayName("A trigger's guard")
class TriggerGuardTests {

  private static final List<String> FEATURES = List.of("sign.one_leg_swollen", "sign.calf_tender",
      "sign.ankle_swelling", "location.one_leg_only", "location.calf", "location.thigh", "history.active_cancer",
      "history.previous_dvt", "history.pregnancy", "sign.leg_weakness", "sign.foot_cold", "sign.skin_pale");

  /** A random trigger of nested allOf, anyOf and atLeast over a few features. */
  private static Trigger randomTrigger(Random random, int depth) {
    if (depth == 0 || random.nextInt(4) == 0) {
      return Trigger.present(FEATURES.get(random.nextInt(FEATURES.size())));
    }
    int size = 1 + random.nextInt(4);
    Trigger[] parts = new Trigger[size];
    for (int k = 0; k < size; k++) {
      parts[k] = randomTrigger(random, depth - 1);
    }
    return switch (random.nextInt(4)) {
      case 0 -> Trigger.allOf(parts);
      case 1 -> Trigger.anyOf(parts);
      case 2 -> Trigger.unlessAllAbsent(parts[0], FEATURES.get(random.nextInt(FEATURES.size())),
          FEATURES.get(random.nextInt(FEATURES.size())));
      default -> Trigger.atLeast(1 + random.nextInt(size), parts);
    };
  }

  private static SymptomReport randomReport(Random random) {
    SymptomReport.Builder b = SymptomReport.builder();
    for (String f : FEATURES) {
      int state = random.nextInt(3);
      if (state < 2) {
        b.finding(f, state == 0 ? FindingState.PRESENT : FindingState.ABSENT);
      }
    }
    return b.build();
  }

  @Test
  @DisplayName("rules a trigger out only when it cannot fire, for any trigger and any report")
  void neverSkipsAFiringTrigger() {
    qt().withExamples(2000).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      Trigger t = randomTrigger(random, 3);
      for (int k = 0; k < 20; k++) {
        SymptomReport r = randomReport(random);
        if (!t.mayMatch(r)) {
          assertFalse(t.fire(r).isPresent(), () -> "skipped a trigger that fires on " + r);
        }
      }
    });
  }

  @Test
  @DisplayName("unlessAllAbsent is silenced only when every listed finding is reported absent, and names the trigger's findings")
  void unlessAllAbsent() {
    Trigger t = Trigger.unlessAllAbsent(Trigger.allOf("location.calf", "history.pregnancy"),
        "sign.one_leg_swollen", "sign.calf_tender");
    SymptomReport.Builder base = SymptomReport.builder().present("location.calf", "history.pregnancy");
    assertEquals(java.util.Optional.of(List.of("location.calf", "history.pregnancy")), t.fire(base.build()));
    assertTrue(t.fire(base.absent("sign.one_leg_swollen").build()).isPresent());
    assertFalse(t.fire(base.absent("sign.calf_tender").build()).isPresent());
    assertFalse(t.fire(SymptomReport.builder().present("location.calf").build()).isPresent());
    assertTrue(t.features().containsAll(List.of("sign.one_leg_swollen", "sign.calf_tender")), t.features().toString());
  }

  @Test
  @DisplayName("rules out a trigger whose needed findings are all missing, and keeps it when one is present")
  void rulesOut() {
    Trigger wells = Trigger.allOf(Trigger.anyOf("sign.one_leg_swollen", "sign.calf_tender"),
        Trigger.atLeast(2, "sign.one_leg_swollen", "sign.calf_tender", "history.active_cancer", "history.previous_dvt"));
    assertFalse(wells.mayMatch(SymptomReport.builder().present("history.active_cancer", "history.previous_dvt").build()));
    assertTrue(wells.mayMatch(SymptomReport.builder().present("sign.calf_tender").build()));
  }
}
