package org.recumbent.internal;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A process-wide numbering of the feature ids that evidence models and triggers read, so scoring
 * can read a report's states from an array by number instead of looking each id up in a map.
 *
 * <p>An id gets its number once, the first time a model or trigger that reads it is built, and
 * keeps it for the life of the process; numbers are dense from 0 and never reused. Only ids that
 * models and triggers declare are numbered (never ids that merely appear in reports), so the
 * table grows with the rules loaded, not with the reports scored. Thread-safe: numbering is
 * serialised, reading is lock-free. This package is not exported.
 */
public final class FeatureIndex {

  private static final ConcurrentHashMap<String, Integer> NUMBERS = new ConcurrentHashMap<>();
  // Written after the id it counts is in NUMBERS: a reader that sees size n sees ids 0..n-1.
  private static volatile int size;

  private FeatureIndex() {}

  /**
   * Return the number of a feature id, giving it the next free number if it has none.
   *
   * @param featureId the id
   * @return its number, at least 0
   */
  public static synchronized int intern(String featureId) {
    requireNonNull(featureId, "featureId");
    Integer known = NUMBERS.get(featureId);
    if (known != null) {
      return known;
    }
    int n = size;
    NUMBERS.put(featureId, n);
    size = n + 1;
    return n;
  }

  /**
   * Return the number of a feature id, without numbering it.
   *
   * @param featureId the id
   * @return its number, or -1 when no model or trigger has numbered it
   */
  public static int indexOf(String featureId) {
    Integer known = NUMBERS.get(featureId);
    return known == null ? -1 : known;
  }

  /**
   * Return how many ids are numbered. Read it before {@link #indexOf}: every id numbered below
   * the value read is then visible to {@code indexOf}.
   *
   * @return the count
   */
  public static int size() {
    return size;
  }
}
