/**
 * The JSON wire format v1 for symptom reports and assessments.
 */
@NullMarked
package org.recumbent.json;

import org.jspecify.annotations.NullMarked;
