/**
 * The service-provider interface for condition plugins: {@link org.recumbent.spi.ConditionPlugin},
 * the descriptor it publishes and the {@link org.recumbent.spi.Assessment} it returns.
 */
@NullMarked
package org.recumbent.spi;

import org.jspecify.annotations.NullMarked;
