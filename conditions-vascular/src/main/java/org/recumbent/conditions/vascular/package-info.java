/**
 * The vascular condition plugin: peripheral artery disease with ischemic rest pain and chronic
 * venous insufficiency.
 */
@NullMarked
package org.recumbent.conditions.vascular;

import org.jspecify.annotations.NullMarked;
