package org.recumbent.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * What is known about the person: age in whole years and sex; both may be unknown.
 *
 * @since 0.1
 */
public final class Patient {

  /** The youngest age the wire format accepts. */
  public static final int MIN_AGE = 0;
  /** The oldest age the wire format accepts. */
  public static final int MAX_AGE = 120;
  /** Recumbent is meant for adults; a younger person's report is answered but flagged out of scope. */
  public static final int ADULT_AGE = 18;

  private static final Patient UNKNOWN = new Patient(-1, Sex.UNKNOWN);

  private final int age; // -1 when unknown
  private final Sex sex;
  // age() as a value, made once: scoring asks for it once per condition model.
  private final OptionalInt ageValue;

  private Patient(int age, Sex sex) {
    this.age = age;
    this.sex = sex;
    this.ageValue = age < 0 ? OptionalInt.empty() : OptionalInt.of(age);
  }

  /**
   * Return a patient of unknown age and sex.
   *
   * @return the shared unknown patient; never {@code null}
   */
  public static Patient unknown() {
    return UNKNOWN;
  }

  /**
   * Return a patient of known age and sex.
   *
   * @param age whole years, {@value #MIN_AGE} to {@value #MAX_AGE}
   * @param sex the sex; never {@code null}
   * @return the patient; never {@code null}
   * @throws IllegalArgumentException if {@code age} is out of range
   */
  public static Patient of(int age, Sex sex) {
    checkAge(age);
    return new Patient(age, requireNonNull(sex, "sex"));
  }

  /**
   * Return a patient of unknown age.
   *
   * @param sex the sex; never {@code null}
   * @return the patient; never {@code null}
   */
  public static Patient ofSex(Sex sex) {
    requireNonNull(sex, "sex");
    return sex == Sex.UNKNOWN ? UNKNOWN : new Patient(-1, sex);
  }

  static void checkAge(int age) {
    checkArgument(age >= MIN_AGE && age <= MAX_AGE,
        "patient.age: %s is out of range; allowed: whole years %s to %s", age, MIN_AGE, MAX_AGE);
  }

  /**
   * Return the age in whole years, if known.
   *
   * @return the age, or empty when unknown
   */
  public OptionalInt age() {
    return ageValue;
  }

  /**
   * Return the sex; {@link Sex#UNKNOWN} when not given.
   *
   * @return the sex; never {@code null}
   */
  public Sex sex() {
    return sex;
  }

  /**
   * Return whether the person is known to be under {@value #ADULT_AGE}, which is out of scope.
   *
   * @return {@code true} only for a known age below 18
   */
  public boolean isMinor() {
    return age >= 0 && age < ADULT_AGE;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Patient p && p.age == age && p.sex == sex;
  }

  @Override
  public int hashCode() {
    return Objects.hash(age, sex);
  }

  @Override
  public String toString() {
    return "Patient{age=" + (age < 0 ? "unknown" : Integer.toString(age)) + ", sex=" + sex.wireName() + "}";
  }
}
