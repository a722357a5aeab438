/**
 * Helpers for plugin authors: a transparent likelihood-ratio evidence model whose every number
 * carries its source.
 */
@NullMarked
package org.recumbent.spi.support;

import org.jspecify.annotations.NullMarked;
