/**
 * The {@code recumbent} command-line program: {@code assess}, {@code batch}, {@code interview},
 * {@code simulate}, {@code conditions} and {@code vocabulary}.
 *
 * <p>Exit codes: 0 success, 1 failure (standard output cannot be written, or an unexpected error;
 * one line on standard error), 2 bad input or usage (one line on standard error), 3 a batch or
 * simulation in which some lines were not valid reports.
 *
 * @since 0.1
 */
@NullMarked
package org.recumbent.examples.cli;

import org.jspecify.annotations.NullMarked;
