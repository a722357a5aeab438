/**
 * The user-facing API: build a {@link org.recumbent.core.SymptomReport}, hand it to a
 * {@link org.recumbent.core.ConditionAggregator}, read the {@link org.recumbent.core.AggregatedAssessment}.
 *
 * <p>Recumbent is decision support, not a diagnosis.
 */
@NullMarked
package org.recumbent.core;

import org.jspecify.annotations.NullMarked;
