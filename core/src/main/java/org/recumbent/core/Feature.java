package org.recumbent.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * One thing a person can report about their legs, with the plain question that asks about it.
 *
 * <p>Standard features ({@code timing.worse_lying_down}, …) come with {@link Vocabulary#standard()};
 * a plugin may add its own, whose ids start with the plugin id and a dot.
 *
 * @param id the feature id, such as {@code relief.dangling_legs}; never {@code null}
 * @param category what kind of feature this is; never {@code null}
 * @param question a plain question to ask a person, ending in a question mark; never {@code null}
 * @param description a short plain description; never {@code null}
 * @since 0.1
 */
public record Feature(String id, FeatureCategory category, String question, String description) {

  /** The shape of a feature id: a lower-case namespace, a dot, and a lower-case name. */
  public static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9_]*)+");

  /**
   * Create a feature, checking every field.
   *
   * @throws IllegalArgumentException if the id is malformed or a text is blank
   */
  public Feature {
    requireNonNull(id, "id");
    requireNonNull(category, "category");
    requireNonNull(question, "question");
    requireNonNull(description, "description");
    checkArgument(ID.matcher(id).matches(),
        "feature id '%s' must look like 'namespace.name' in lower case (pattern %s)", id, ID);
    checkArgument(!question.isBlank(), "feature '%s' needs a question", id);
    checkArgument(!description.isBlank(), "feature '%s' needs a description", id);
  }

  /**
   * Return whether this feature is a red flag, asked before anything else.
   *
   * @return {@code true} for the {@link FeatureCategory#RED_FLAG} category
   */
  public boolean isRedFlag() {
    return category == FeatureCategory.RED_FLAG;
  }

  /**
   * Return the namespace: the part of the id before the first dot.
   *
   * @return the namespace; never {@code null}
   */
  public String namespace() {
    return id.substring(0, id.indexOf('.'));
  }
}
