package org.recumbent.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A question to ask next: about one feature, or about several at once (see {@link Kind}).
 *
 * @param feature the main feature the question asks about; never {@code null}
 * @param question the plain question; never {@code null}
 * @param features every feature the question covers, {@code feature} first; never {@code null} or empty
 * @param redFlag whether the question asks about red flags
 * @param kind how the question is answered; {@link Kind#SINGLE} exactly when it covers one feature
 * @since 0.1
 */
public record Question(String feature, String question, List<String> features, boolean redFlag, Kind kind) {

  /**
   * How a question is answered.
   *
   * @since 0.1
   */
  public enum Kind {
    /** One feature: yes, no or don't know. */
    SINGLE,
    /**
     * Several features asked as one ("Do any of these apply to you…?"): "yes" if any applies, and
     * then each is asked on its own; "no" if none does; "don't know" for all of them.
     */
    GROUP,
    /**
     * A list the person goes through item by item ("Which of these describe what you feel…?"): answer
     * each item with {@link InterviewSession#answerEach(Question, java.util.Map)}. Answered with one
     * {@link Answer}, it behaves as a {@link #GROUP}.
     */
    CHECKLIST
  }

  /** Create a question, copying the list. */
  public Question {
    requireNonNull(feature, "feature");
    requireNonNull(question, "question");
    requireNonNull(kind, "kind");
    features = List.copyOf(features);
    checkArgument(!features.isEmpty() && features.get(0).equals(feature),
        "question features must start with the main feature %s", feature);
    checkArgument((kind == Kind.SINGLE) == (features.size() == 1),
        "a %s question cannot cover %s feature(s)", kind, features.size());
  }

  /**
   * Create a single question (one feature) or a group (several), as {@code features} says.
   *
   * @param feature the main feature; never {@code null}
   * @param question the plain question; never {@code null}
   * @param features every feature the question covers, {@code feature} first; never {@code null} or empty
   * @param redFlag whether the question asks about red flags
   */
  public Question(String feature, String question, List<String> features, boolean redFlag) {
    this(feature, question, features, redFlag, features.size() == 1 ? Kind.SINGLE : Kind.GROUP);
  }

  /**
   * Return a question about a single feature.
   *
   * @param feature the feature; never {@code null}
   * @return the question; never {@code null}
   */
  public static Question about(Feature feature) {
    return new Question(feature.id(), feature.question(), List.of(feature.id()), feature.isRedFlag(), Kind.SINGLE);
  }
}
