package org.recumbent.spi.support;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.recumbent.core.FindingState;
import org.recumbent.core.SymptomReport;
import org.recumbent.internal.FeatureIndex;
import org.recumbent.internal.ReportStates;

/**
 * A condition on present findings that fires a warning sign, and names the findings that fired it.
 *
 * <p>Build one from {@link #present(String)}, {@link #allOf}, {@link #anyOf} and
 * {@link #atLeast}; {@link #fire(SymptomReport)} returns the present findings that fired it, so a
 * warning always says why it fired. Immutable and thread-safe.
 *
 * @since 0.1
 */
public abstract class Trigger {

  /** Reads a report's states by feature number; see {@link FeatureIndex}. */
  private static final ReportStates STATES = ReportStates.get();

  /**
   * Feature numbers of which at least one must be present for this trigger to fire: a cheap test
   * that rules most triggers out without walking their parts (see {@link #mayMatch}).
   */
  private final int[] guard;

  private Trigger(int[] guard) {
    this.guard = guard;
  }

  /**
   * Whether the trigger may fire: false only when the report's answers are in {@code dense} and
   * none of the guard's features is present, which rules a match out.
   */
  final boolean mayMatch(byte @Nullable [] dense) {
    if (dense == null) {
      return true;
    }
    for (int number : guard) {
      if (number >= dense.length || dense[number] == ReportStates.PRESENT) {
        return true;
      }
    }
    return false;
  }

  /** {@link #mayMatch(byte[])} on a report's answers. */
  final boolean mayMatch(SymptomReport report) {
    return mayMatch(STATES.dense(report));
  }

  /** The guard of every part firing: the smallest guard of a part, as each part must fire. */
  private static int[] guardOfAll(Trigger[] parts) {
    int[] best = parts[0].guard;
    for (Trigger t : parts) {
      best = t.guard.length < best.length ? t.guard : best;
    }
    return best;
  }

  /**
   * The guard of at least {@code n} parts firing: of any {@code parts.length - n + 1} parts one
   * must fire, so the union of the guards of that many parts with the smallest guards.
   */
  private static int[] guardOfAtLeast(int n, Trigger[] parts) {
    Trigger[] bySize = parts.clone();
    java.util.Arrays.sort(bySize, java.util.Comparator.comparingInt(t -> t.guard.length));
    java.util.TreeSet<Integer> union = new java.util.TreeSet<>();
    for (int k = 0; k < parts.length - n + 1; k++) {
      for (int number : bySize[k].guard) {
        union.add(number);
      }
    }
    return union.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Return the findings that fired this trigger, if it fires.
   *
   * @param report the report; never {@code null}
   * @return the present feature ids that fired it, in declaration order, or empty when it does not fire
   */
  public final Optional<List<String>> fire(SymptomReport report) {
    requireNonNull(report, "report");
    if (!matches(report)) {
      return Optional.empty();
    }
    return Optional.of(firedBy(report));
  }

  /** The present findings that fired this trigger, which must {@link #matches match}. */
  final List<String> firedBy(SymptomReport report) {
    IdList out = new IdList();
    collect(report, out);
    return out.toList();
  }

  final boolean matches(SymptomReport report) {
    return matches(report, STATES.dense(report));
  }

  /**
   * Whether the trigger fires, reading the report's answers from its {@link ReportStates#dense}
   * array when it is given and has the feature's number.
   */
  abstract boolean matches(SymptomReport report, byte @Nullable [] dense);

  abstract void collect(SymptomReport report, IdList out);

  /**
   * Return every feature id this trigger reads.
   *
   * @return the ids, in declaration order; never {@code null}
   */
  public final List<String> features() {
    List<String> out = new ArrayList<>();
    addFeatures(out);
    return out;
  }

  abstract void addFeatures(List<String> out);

  /**
   * Fire when one finding is present.
   *
   * @param featureId the feature id; never {@code null}
   * @return the trigger; never {@code null}
   */
  public static Trigger present(String featureId) {
    requireNonNull(featureId, "featureId");
    int number = FeatureIndex.intern(featureId);
    return new Trigger(new int[] {number}) {
      @Override
      boolean matches(SymptomReport report, byte @Nullable [] dense) {
        if (dense != null && number < dense.length) {
          return dense[number] == ReportStates.PRESENT;
        }
        return STATES.state(report, number, featureId) == FindingState.PRESENT;
      }

      @Override
      void collect(SymptomReport report, IdList out) {
        out.add(featureId);
      }

      @Override
      void addFeatures(List<String> out) {
        if (!out.contains(featureId)) {
          out.add(featureId);
        }
      }
    };
  }

  /**
   * Fire when every part fires.
   *
   * @param parts the parts; never {@code null} or empty
   * @return the trigger; never {@code null}
   */
  public static Trigger allOf(Trigger... parts) {
    List<Trigger> list = List.of(parts);
    checkArgument(!list.isEmpty(), "allOf needs a part");
    Trigger[] array = list.toArray(new Trigger[0]);
    return new Trigger(guardOfAll(array)) {
      @Override
      boolean matches(SymptomReport report, byte @Nullable [] dense) {
        for (Trigger t : array) {
          if (!t.matches(report, dense)) {
            return false;
          }
        }
        return true;
      }

      @Override
      void collect(SymptomReport report, IdList out) {
        for (Trigger t : array) {
          t.collect(report, out);
        }
      }

      @Override
      void addFeatures(List<String> out) {
        list.forEach(t -> t.addFeatures(out));
      }
    };
  }

  /**
   * Fire when every feature is present.
   *
   * @param featureIds the feature ids; never {@code null} or empty
   * @return the trigger; never {@code null}
   */
  public static Trigger allOf(String... featureIds) {
    return allOf(wrap(featureIds));
  }

  /**
   * Fire when any part fires; names the findings of every part that fired.
   *
   * @param parts the parts; never {@code null} or empty
   * @return the trigger; never {@code null}
   */
  public static Trigger anyOf(Trigger... parts) {
    return atLeast(1, parts);
  }

  /**
   * Fire when any feature is present.
   *
   * @param featureIds the feature ids; never {@code null} or empty
   * @return the trigger; never {@code null}
   */
  public static Trigger anyOf(String... featureIds) {
    return atLeast(1, wrap(featureIds));
  }

  /**
   * Fire when at least {@code n} parts fire, as in a points score such as Wells.
   *
   * @param n the number needed, at least 1
   * @param parts the parts; never {@code null}
   * @return the trigger; never {@code null}
   */
  public static Trigger atLeast(int n, Trigger... parts) {
    List<Trigger> list = List.of(parts);
    checkArgument(n >= 1 && n <= list.size(), "atLeast(%s) of %s parts", n, list.size());
    Trigger[] array = list.toArray(new Trigger[0]);
    return new Trigger(guardOfAtLeast(n, array)) {
      @Override
      boolean matches(SymptomReport report, byte @Nullable [] dense) {
        int count = 0;
        for (Trigger t : array) {
          if (t.matches(report, dense) && ++count >= n) {
            return true;
          }
        }
        return false;
      }

      @Override
      void collect(SymptomReport report, IdList out) {
        for (Trigger t : array) {
          if (t.matches(report)) {
            t.collect(report, out);
          }
        }
      }

      @Override
      void addFeatures(List<String> out) {
        list.forEach(t -> t.addFeatures(out));
      }
    };
  }

  /**
   * Fire when at least {@code n} of the features are present.
   *
   * @param n the number needed, at least 1
   * @param featureIds the feature ids; never {@code null}
   * @return the trigger; never {@code null}
   */
  public static Trigger atLeast(int n, String... featureIds) {
    return atLeast(n, wrap(featureIds));
  }

  /**
   * Fire when {@code trigger} fires, unless every one of the features is reported absent: for a
   * pattern that only matters while a finding that would explain it is not ruled out (such as pain
   * in one calf with a risk of clots, once the person has said the leg is neither swollen nor
   * tender). Do not use it for red flags, which must fire whatever else is reported. The features
   * count as read, so an interview asks them; it names the findings {@code trigger} names.
   *
   * @param trigger the trigger; never {@code null}
   * @param featureIds the features that, all absent, silence it; never {@code null} or empty
   * @return the trigger; never {@code null}
   */
  public static Trigger unlessAllAbsent(Trigger trigger, String... featureIds) {
    requireNonNull(trigger, "trigger");
    checkArgument(featureIds.length > 0, "unlessAllAbsent needs a feature");
    List<String> ids = List.of(featureIds);
    int[] numbers = new int[featureIds.length];
    for (int k = 0; k < numbers.length; k++) {
      numbers[k] = FeatureIndex.intern(featureIds[k]);
    }
    return new Trigger(trigger.guard) {
      @Override
      boolean matches(SymptomReport report, byte @Nullable [] dense) {
        if (!trigger.matches(report, dense)) {
          return false;
        }
        for (int k = 0; k < numbers.length; k++) {
          boolean absent = dense != null && numbers[k] < dense.length
              ? dense[numbers[k]] == ReportStates.ABSENT
              : STATES.state(report, numbers[k], ids.get(k)) == FindingState.ABSENT;
          if (!absent) {
            return true;
          }
        }
        return false;
      }

      @Override
      void collect(SymptomReport report, IdList out) {
        trigger.collect(report, out);
      }

      @Override
      void addFeatures(List<String> out) {
        trigger.addFeatures(out);
        for (String id : ids) {
          if (!out.contains(id)) {
            out.add(id);
          }
        }
      }
    };
  }

  private static Trigger[] wrap(String... featureIds) {
    Trigger[] out = new Trigger[featureIds.length];
    for (int i = 0; i < featureIds.length; i++) {
      out[i] = present(featureIds[i]);
    }
    return out;
  }
}
