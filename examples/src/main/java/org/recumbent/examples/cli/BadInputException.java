package org.recumbent.examples.cli;

/**
 * The input or the command line is wrong in a way the user can fix: the program prints the
 * message on one line of standard error and exits with {@link Recumbent#EXIT_BAD_INPUT}.
 *
 * @since 0.1
 */
final class BadInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Create the exception.
   *
   * @param message one line naming the problem; never {@code null}
   */
  BadInputException(String message) {
    super(message, null, false, false);
  }
}
