/**
 * The neurological condition plugin: restless legs syndrome (IRLSSG 2012 criteria) and
 * peripheral neuropathy (DN4 interview items, MNSI history), with their warning signs and
 * relief advice. Every number and every piece of advice carries its source.
 */
@NullMarked
package org.recumbent.conditions.neuro;

import org.jspecify.annotations.NullMarked;
