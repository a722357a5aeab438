package org.recumbent.core;

import static java.util.Objects.requireNonNull;

/**
 * One step of an interview: a question and the answer it got.
 *
 * @param question the question; never {@code null}
 * @param answer the answer; never {@code null}
 * @since 0.1
 */
public record AskedQuestion(Question question, Answer answer) {

  /** Create a step. */
  public AskedQuestion {
    requireNonNull(question, "question");
    requireNonNull(answer, "answer");
  }
}
