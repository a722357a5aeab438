package org.recumbent.internal;

import org.jspecify.annotations.Nullable;
import org.recumbent.core.FindingState;
import org.recumbent.core.Patient;
import org.recumbent.core.Sex;
import org.recumbent.core.SymptomReport;

/**
 * Lets evidence models and triggers read a report's state of a feature by its
 * {@link FeatureIndex} number, from an array the report builds once, instead of by a map look-up.
 * The answer is always the one {@link SymptomReport#state(String)} gives for the same id. Set
 * once by {@code SymptomReport} when that class is initialised; this package is not exported.
 */
public abstract class ReportStates {

  private static volatile @Nullable ReportStates instance;

  /**
   * Install the access; only the first call counts.
   *
   * @param access the access
   */
  public static synchronized void install(ReportStates access) {
    if (instance == null) {
      instance = access;
    }
  }

  /**
   * Return the access, initialising {@code SymptomReport} (which installs it) if needed.
   *
   * @return the access
   */
  public static ReportStates get() {
    ReportStates s = instance;
    if (s == null) {
      SymptomReport.empty(); // initialises SymptomReport, which installs the access
      s = instance;
      if (s == null) {
        throw new IllegalStateException("SymptomReport did not install its state access");
      }
    }
    return s;
  }

  /**
   * Return what a report knows about a feature, exactly as {@code report.state(featureId)} would.
   *
   * @param report the report
   * @param index the feature's {@link FeatureIndex#intern number}
   * @param featureId the feature id that has that number
   * @return the state; {@link FindingState#UNKNOWN} when not mentioned
   */
  public abstract FindingState state(SymptomReport report, int index, String featureId);

  /** The code of a present finding in a {@link #dense} array. */
  public static final byte PRESENT = 1;
  /** The code of an absent finding in a {@link #dense} array. */
  public static final byte ABSENT = 2;

  /**
   * Return a report's answers by feature number, the array {@link #state} reads, so a scorer can
   * read many features of one report without a call each: {@link #PRESENT}, {@link #ABSENT}, or
   * another value for a feature not known. An id numbered at or after the array's length is not
   * in it (ask {@link #state}).
   *
   * @param report the report
   * @return the array, built on first use; null for an overlay made by {@code with}, whose
   *     answers {@link #state} gives
   */
  public abstract byte @Nullable [] dense(SymptomReport report);

  /**
   * Return which feature numbers a report answers explicitly, as bits (bit {@code n % 64} of word
   * {@code n / 64}): every number whose entry in its {@link #dense} array is not 0, and perhaps
   * more (a number beyond that array, should it have been built again since). Call after
   * {@link #dense}, which it describes. A number that is not set here is not known in the report.
   *
   * @param report the report
   * @return the bits, which the caller must not change; null for an overlay made by {@code with}
   */
  public abstract long @Nullable [] answered(SymptomReport report);

  /**
   * Return how many features a report names, in any state (an overlay made by {@code with}
   * counts as its base), so a scorer can choose how to read it.
   *
   * @param report the report
   * @return the count
   */
  public abstract int answerCount(SymptomReport report);

  /** How many sexes a {@link #patientIndex} counts. */
  public static final int SEXES = Sex.values().length;

  /**
   * Return a report's patient as one number, {@code (age + 1) * SEXES + sex ordinal} with age -1
   * when not given, so from 0 to {@code (Patient.MAX_AGE + 2) * SEXES - 1}: kept in the report, so
   * scoring reads the age and sex without following the patient reference.
   *
   * @param report the report
   * @return the index
   */
  public abstract int patientIndex(SymptomReport report);

  /**
   * Return whether a {@link #patientIndex} is of a person known to be under
   * {@link Patient#ADULT_AGE}, as {@link Patient#isMinor()} says.
   *
   * @param patientIndex the index
   * @return {@code true} only for a known age below 18
   */
  public static boolean isMinor(int patientIndex) {
    int age = patientIndex / SEXES - 1;
    return age >= 0 && age < Patient.ADULT_AGE;
  }

  /**
   * Make a report from answers already checked and sorted, without a builder (for the wire
   * format, which reads many reports): the same report {@code SymptomReport.builder()} would
   * build from them.
   *
   * @param patient the patient
   * @param ids well-formed feature ids, distinct, in their natural ({@code String.compareTo})
   *     order; kept, not copied, so the caller must not change the array
   * @param codes each id's state as 1 + {@link FindingState#ordinal()}; kept, not copied
   * @return the report
   */
  public abstract SymptomReport report(Patient patient, String[] ids, byte[] codes);
}
