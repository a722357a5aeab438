/**
 * JMH benchmarks and measuring drivers for Recumbent; see {@code BENCHMARKS.md} at the root of the
 * repository for the results and the commands that reproduce them.
 */
@NullMarked
package org.recumbent.benchmarks;

import org.jspecify.annotations.NullMarked;
