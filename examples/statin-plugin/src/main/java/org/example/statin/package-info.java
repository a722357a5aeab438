/**
 * An example third-party plugin: statin-associated muscle symptoms.
 *
 * @since 0.1
 */
@NullMarked
package org.example.statin;

import org.jspecify.annotations.NullMarked;
