package org.recumbent.json;

import static java.util.Objects.requireNonNull;

/**
 * A report (or assessment) in JSON is not valid wire format v1. The message starts with the JSON
 * path of the problem, such as {@code $.patient.sex}, and names the allowed values.
 *
 * @since 0.1
 */
public final class ReportFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String path;

  /**
   * Create the exception.
   *
   * @param path the JSON path of the problem; never {@code null}
   * @param problem what is wrong and what is allowed; never {@code null}
   */
  public ReportFormatException(String path, String problem) {
    super(requireNonNull(path, "path") + ": " + requireNonNull(problem, "problem"));
    this.path = path;
  }

  /**
   * Return the JSON path of the problem, such as {@code $.findings["quality.burnin"]}. A key from
   * the input is shown as the message shows it: control and other invisible characters escaped,
   * and cut to its first 80 characters and an ellipsis.
   *
   * @return the path; never {@code null}
   */
  public String path() {
    return path;
  }
}
