package org.recumbent.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A question to ask next. Usually about one feature; red flags may be asked as one grouped
 * question, answered "yes" if any of its features is present.
 *
 * @param feature the main feature the question asks about; never {@code null}
 * @param question the plain question; never {@code null}
 * @param features every feature the question covers, {@code feature} first; never {@code null} or empty
 * @param redFlag whether the question asks about red flags
 * @since 0.1
 */
public record Question(String feature, String question, List<String> features, boolean redFlag) {

  /** Create a question, copying the list. */
  public Question {
    requireNonNull(feature, "feature");
    requireNonNull(question, "question");
    features = List.copyOf(features);
    checkArgument(!features.isEmpty() && features.get(0).equals(feature),
        "question features must start with the main feature %s", feature);
  }

  /**
   * Return a question about a single feature.
   *
   * @param feature the feature; never {@code null}
   * @return the question; never {@code null}
   */
  public static Question about(Feature feature) {
    return new Question(feature.id(), feature.question(), List.of(feature.id()), feature.isRedFlag());
  }
}
