package org.recumbent.tck;

import static org.recumbent.tck.SamplePlugins.FEATURE;
import static org.recumbent.tck.SamplePlugins.TEST;

import java.util.List;
import java.util.Map;
import org.recumbent.spi.support.EvidenceModel;
import org.recumbent.spi.support.RuleBasedPlugin;
import org.recumbent.spi.support.Trigger;

/** A plugin that keeps every contract; registered in the test services file. */
public final class WellBehavedPlugin extends RuleBasedPlugin {

  /** Create the plugin. */
  public WellBehavedPlugin() {
    super(SamplePlugins.descriptor("tck-sample").build(),
        List.of(EvidenceModel.builder("tck-sample.itch")
            .prior(0.05, TEST)
            .priorFromAge(60, 0.08, TEST)
            .criterion(FEATURE, 8, 0.3, TEST)
            .criterion("timing.worse_evening_night", 2, 0.8, TEST)
            .anyOf(3, 0.9, TEST, "quality.crawling_pulling_itching", "quality.burning")
            .criterion("quality.muscle_tightening", 0.5, 1.1, TEST)
            .essential("location.both_legs_symmetric", 0.1, TEST)
            .build()),
        Map.of("tck-sample.fever", Trigger.allOf(FEATURE, "redflag.fever")));
  }
}
