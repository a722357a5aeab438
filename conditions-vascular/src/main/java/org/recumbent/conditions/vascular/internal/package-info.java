/**
 * The medical content of the vascular plugin: evidence models, warning triggers, relief
 * strategies and the seed sentences they come from. Not exported.
 */
@NullMarked
package org.recumbent.conditions.vascular.internal;

import org.jspecify.annotations.NullMarked;
