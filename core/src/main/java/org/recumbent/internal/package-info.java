/**
 * Internal implementation details; not API. May change without notice.
 */
@NullMarked
package org.recumbent.internal;

import org.jspecify.annotations.NullMarked;
