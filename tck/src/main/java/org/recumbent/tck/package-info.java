/**
 * The contract test kit for condition plugins: {@link org.recumbent.tck.ConditionPluginContract},
 * {@link org.recumbent.tck.ReportGenerators} and {@link org.recumbent.tck.SampleReports}.
 */
@NullMarked
package org.recumbent.tck;

import org.jspecify.annotations.NullMarked;
