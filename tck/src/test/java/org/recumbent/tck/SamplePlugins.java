package org.recumbent.tck;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.recumbent.core.Feature;
import org.recumbent.core.FeatureCategory;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Triage;
import org.recumbent.spi.Assessment;
import org.recumbent.spi.Code;
import org.recumbent.spi.ConditionDescriptor;
import org.recumbent.spi.ConditionPlugin;
import org.recumbent.spi.ConditionScore;
import org.recumbent.spi.PluginDescriptor;
import org.recumbent.spi.ReliefStrategy;
import org.recumbent.spi.ReliefTags;
import org.recumbent.spi.Source;
import org.recumbent.spi.WarningSign;
import org.recumbent.spi.support.EvidenceModel;
import org.recumbent.spi.support.RuleBasedPlugin;
import org.recumbent.spi.support.Trigger;

/** Plugins that keep or break the contract, to prove each check can fail. */
final class SamplePlugins {

  static final Source TEST = Source.expertEstimate("test fixture for the TCK's own tests");
  static final String FEATURE = "tck-sample.night_itch";

  private SamplePlugins() {}

  static PluginDescriptor.Builder descriptor(String id) {
    return PluginDescriptor.builder(id)
        .displayName("Sample " + id)
        .version("1.0")
        .feature(new Feature(id + ".night_itch", FeatureCategory.QUALITY, "Do your legs itch at night?",
            "Itching legs at night."))
        .condition(ConditionDescriptor.builder(id + ".itch")
            .name("Night itch")
            .summary("Legs that itch at night.")
            .icd10(Code.icd10("L29.8", "Other pruritus", "test"))
            .snomed(Code.snomedUnverified("418290006", "Itching of skin"))
            .source(TEST)
            .triageWhenLikely(Triage.CONSULTATION, TEST)
            .unsafeRelief(ReliefTags.HEAT, "Heat makes itching worse.")
            .build())
        .reliefStrategy(ReliefStrategy.builder(id + ".cool_sheets")
            .text("Use light, cool bed sheets.")
            .forConditions(id + ".itch")
            .tags(ReliefTags.SLEEP_HYGIENE)
            .source(TEST)
            .build())
        .warningSign(new WarningSign(id + ".fever", Triage.CONSULTATION_24,
            "See a clinician within a day.", "A fever with the itch.", TEST));
  }

  /** A plugin whose evaluate is a function of the report; not registered as a service. */
  static ConditionPlugin scripted(Function<SymptomReport, Assessment> evaluate) {
    PluginDescriptor d = descriptor("tck-scripted").build();
    return new ConditionPlugin() {
      @Override
      public PluginDescriptor descriptor() {
        return d;
      }

      @Override
      public Assessment evaluate(SymptomReport report) {
        return evaluate.apply(report);
      }
    };
  }

  static Assessment one(double p, List<String> supporting, List<String> conflicting) {
    return Assessment.of(List.of(new ConditionScore("tck-scripted.itch", p, supporting, conflicting)), List.of());
  }

  /** Any known state of the burning feature raises the probability. */
  static ConditionPlugin notMonotone() {
    return scripted(r -> one(r.isAnswered("quality.burning") && !r.state("quality.burning").equals(
        org.recumbent.core.FindingState.UNKNOWN) ? 0.6 : 0.4, List.of(), List.of()));
  }

  /** Goes above 1 with many findings. */
  static ConditionPlugin outOfRange() {
    return scripted(r -> one(0.1 * r.findings().size(), List.of(), List.of()));
  }

  /** Counts calls, and leaks the count into the result. */
  static ConditionPlugin nonDeterministic() {
    AtomicInteger calls = new AtomicInteger();
    return scripted(r -> one((calls.incrementAndGet() % 7) / 10.0, List.of(), List.of()));
  }

  /** Explains with a feature nobody declared. */
  static ConditionPlugin foreignFeature() {
    return scripted(r -> one(0.2, r.isPresent("quality.burning") ? List.of("quality.burnin") : List.of(), List.of()));
  }

  /** Fires a warning on a finding that is absent. */
  static ConditionPlugin ungroundedWarning() {
    return scripted(r -> r.isAbsent("redflag.fever")
        ? Assessment.builder().score(new ConditionScore("tck-scripted.itch", 0.2, List.of(), List.of()))
            .warning("tck-scripted.fever", List.of("redflag.fever")).build()
        : one(0.2, List.of(), List.of()));
  }

  /** Fails on the oldest age. */
  static ConditionPlugin throwsOnEdgeAge() {
    return scripted(r -> {
      if (r.patient().age().orElse(0) == 120) {
        throw new ArithmeticException("age table has no row for 120");
      }
      return one(0.2, List.of(), List.of());
    });
  }

  /** Gives a different answer while another thread is inside evaluate. */
  static ConditionPlugin notThreadSafe() {
    AtomicInteger inside = new AtomicInteger();
    return scripted(r -> {
      int concurrent = inside.incrementAndGet();
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      concurrent = Math.max(concurrent, inside.get());
      inside.decrementAndGet();
      return one(concurrent > 1 ? 0.9 : 0.2, List.of(), List.of());
    });
  }

  /** Accepts a null report. */
  static ConditionPlugin acceptsNull() {
    return scripted(r -> r == null ? Assessment.notApplicable("nothing") : one(0.2, List.of(), List.of()));
  }

  /** A descriptor without a SNOMED code, relief strategy or warning sign. */
  static ConditionPlugin incomplete() {
    PluginDescriptor d = PluginDescriptor.builder("tck-incomplete")
        .displayName("Incomplete")
        .condition(ConditionDescriptor.builder("tck-incomplete.x")
            .name("X").summary("An example.").icd10(Code.icd10("R52", "Pain", "test")).source(TEST)
            .triageWhenLikely(Triage.CONSULTATION, TEST).build())
        .build();
    return new ConditionPlugin() {
      @Override
      public PluginDescriptor descriptor() {
        return d;
      }

      @Override
      public Assessment evaluate(SymptomReport report) {
        return Assessment.notApplicable("nothing");
      }
    };
  }
}
