package org.recumbent.tck;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.recumbent.core.Feature;
import org.recumbent.core.FindingState;
import org.recumbent.core.Patient;
import org.recumbent.core.Sex;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Vocabulary;
import org.recumbent.spi.ConditionPlugin;

/**
 * QuickTheories generators of {@link SymptomReport}s, for property-based tests of plugins and of
 * the aggregator.
 *
 * <p>A generated report mentions up to {@value #MAX_FINDINGS} features, each present, absent or
 * explicitly unknown, chosen from the standard vocabulary and any extra features. Ages cover the
 * whole range 0 to 120, with extra weight on the edges (0, 17, 18, 120) and on an unknown age;
 * every {@link Sex} value appears. When a property fails, QuickTheories shrinks the report toward
 * fewer findings and prints the smallest failing one with {@link SymptomReport#toString()}.
 *
 * <pre>{@code
 * ReportGenerators.theory().forAll(ReportGenerators.reportsFor(plugin))
 *     .checkAssert(report -> assertThat(...));
 * }</pre>
 *
 * @since 0.1
 */
public final class ReportGenerators {

  /** The system property that sets the number of tries per property. */
  public static final String TRIES_PROPERTY = "property.tries";
  /** The number of tries per property when {@value #TRIES_PROPERTY} is not set. */
  public static final int DEFAULT_TRIES = 1000;
  /** The most findings a generated report mentions. */
  public static final int MAX_FINDINGS = 30;

  private static final List<Integer> EDGE_AGES =
      List.of(Patient.MIN_AGE, Patient.ADULT_AGE - 1, Patient.ADULT_AGE, Patient.MAX_AGE);

  private ReportGenerators() {}

  /**
   * Return the number of tries per property: the system property {@value #TRIES_PROPERTY}, or
   * {@value #DEFAULT_TRIES}.
   *
   * @return at least 1
   * @throws IllegalArgumentException if the property is set but is not a positive whole number
   */
  public static int tries() {
    String value = System.getProperty(TRIES_PROPERTY);
    if (value == null || value.isBlank()) {
      return DEFAULT_TRIES;
    }
    try {
      int tries = Integer.parseInt(value.trim());
      if (tries < 1) {
        throw new IllegalArgumentException(TRIES_PROPERTY + " must be at least 1, was " + value);
      }
      return tries;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(TRIES_PROPERTY + " must be a whole number, was '" + value + "'", e);
    }
  }

  /**
   * Return a QuickTheories entry point that runs {@link #tries()} examples per property.
   *
   * @return the theory; never {@code null}
   */
  public static QuickTheory theory() {
    return QuickTheory.qt().withExamples(tries());
  }

  /**
   * Generate reports over the standard vocabulary.
   *
   * @return the generator; never {@code null}
   */
  public static Gen<SymptomReport> reports() {
    return reports(List.of());
  }

  /**
   * Generate reports over the standard vocabulary plus a plugin's own features.
   *
   * @param plugin the plugin whose {@linkplain org.recumbent.spi.PluginDescriptor#features() features}
   *     to add; never {@code null}
   * @return the generator; never {@code null}
   */
  public static Gen<SymptomReport> reportsFor(ConditionPlugin plugin) {
    requireNonNull(plugin, "plugin");
    List<String> ids = new ArrayList<>();
    for (Feature f : plugin.descriptor().features()) {
      ids.add(f.id());
    }
    return reports(ids);
  }

  /**
   * Generate reports over every feature of a vocabulary.
   *
   * @param vocabulary the vocabulary, such as {@link org.recumbent.core.ConditionAggregator#vocabulary()};
   *     never {@code null}
   * @return the generator; never {@code null}
   */
  public static Gen<SymptomReport> reports(Vocabulary vocabulary) {
    return findingsOver(List.copyOf(vocabulary.ids()));
  }

  /**
   * Generate reports over the standard vocabulary plus extra feature ids.
   *
   * @param extraFeatureIds feature ids to add to the standard ones; never {@code null}
   * @return the generator; never {@code null}
   */
  public static Gen<SymptomReport> reports(Collection<String> extraFeatureIds) {
    List<String> ids = new ArrayList<>(Vocabulary.standard().ids());
    for (String id : extraFeatureIds) {
      if (!ids.contains(id)) {
        ids.add(requireNonNull(id, "feature id"));
      }
    }
    return findingsOver(ids);
  }

  /**
   * Generate patients: every age from 0 to 120 (edges more often), an unknown age, every sex.
   *
   * @return the generator; never {@code null}
   */
  public static Gen<Patient> patients() {
    Gen<Optional<Integer>> ages = Generate.frequency(List.of(
        org.quicktheories.api.Pair.of(6, SourceDSL.integers().between(Patient.MIN_AGE, Patient.MAX_AGE)
            .map(Optional::of)),
        org.quicktheories.api.Pair.of(2, Generate.pick(EDGE_AGES).map(Optional::of)),
        org.quicktheories.api.Pair.of(2, Generate.constant(Optional.<Integer>empty()))));
    Gen<Sex> sexes = Generate.enumValues(Sex.class);
    return ages.zip(sexes, (age, sex) -> age.map(a -> Patient.of(a, sex)).orElseGet(() -> Patient.ofSex(sex)));
  }

  private static Gen<SymptomReport> findingsOver(List<String> featureIds) {
    if (featureIds.isEmpty()) {
      throw new IllegalArgumentException("cannot generate findings over an empty vocabulary");
    }
    List<String> ids = List.copyOf(featureIds);
    // Each finding is drawn independently; the list shrinks toward fewer findings, each state
    // toward PRESENT and each feature toward the first id of the vocabulary.
    Gen<String> feature = Generate.pick(ids);
    Gen<FindingState> state = Generate.enumValues(FindingState.class);
    Gen<List<Finding>> findings = SourceDSL.lists()
        .of(feature.zip(state, Finding::new))
        .ofSizeBetween(0, MAX_FINDINGS);
    Gen<SymptomReport> reports = patients().zip(findings, (patient, list) -> {
      SymptomReport.Builder b = SymptomReport.builder().patient(patient);
      for (Finding f : list) {
        b.finding(f.featureId, f.state);
      }
      return b.build();
    });
    return reports.describedAs(SymptomReport::toString);
  }

  private record Finding(String featureId, FindingState state) {}
}
