package org.recumbent.core;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One step of an interview: a question and the answer it got.
 *
 * @param question the question; never {@code null}
 * @param answer the answer; for a checklist answered item by item, {@link Answer#YES} if any item
 *     was, {@link Answer#NO} if every item was, {@link Answer#DONT_KNOW} otherwise; never {@code null}
 * @param items each item's answer when the question was answered item by item, in the question's
 *     order; empty otherwise; never {@code null}
 * @since 0.1
 */
public record AskedQuestion(Question question, Answer answer, Map<String, Answer> items) {

  /** Create a step, copying the map. */
  public AskedQuestion {
    requireNonNull(question, "question");
    requireNonNull(answer, "answer");
    items = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(items, "items")));
  }

  /**
   * Create a step answered with one answer.
   *
   * @param question the question; never {@code null}
   * @param answer the answer; never {@code null}
   */
  public AskedQuestion(Question question, Answer answer) {
    this(question, answer, Map.of());
  }
}
