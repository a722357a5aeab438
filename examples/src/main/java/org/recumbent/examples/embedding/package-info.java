/**
 * How a health app embeds Recumbent: build a report, assess it, read the answer.
 *
 * @since 0.1
 */
@NullMarked
package org.recumbent.examples.embedding;

import org.jspecify.annotations.NullMarked;
