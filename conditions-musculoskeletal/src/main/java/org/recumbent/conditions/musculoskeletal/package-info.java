/**
 * The musculoskeletal condition plugin: {@link
 * org.recumbent.conditions.musculoskeletal.MusculoskeletalConditionPlugin} and the medical content
 * it is built from (evidence models, warning signs, relief), each number with its source.
 */
@NullMarked
package org.recumbent.conditions.musculoskeletal;

import org.jspecify.annotations.NullMarked;
