package org.recumbent.conditions.neuro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.recumbent.conditions.neuro.Stories.NEUROPATHY;
import static org.recumbent.conditions.neuro.Stories.RLS;
import static org.recumbent.conditions.neuro.Stories.assertFirst;
import static org.recumbent.conditions.neuro.Stories.describe;
import static org.recumbent.conditions.neuro.Stories.probability;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.core.AggregatedAssessment;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Triage;

@DisplayName("The seed's own neurological stories")
class SeedStoryTests {

  @Test
  @DisplayName("an urge to move, crawling deep sensations, worse lying down and relieved by walking is restless legs")
  void seedRestlessLegsStory() {
    // "RLS is a sensorimotor disorder characterized by an irresistible urge to move the legs. This urge
    // is typically accompanied by unpleasant deep sensations, often described as throbbing, crawling,
    // pulling, or itching within the muscles. ... symptoms begin or significantly worsen ... such as
    // when lying down. The discomfort is temporarily relieved by movement, such as walking ..."
    SymptomReport report = SymptomReport.builder()
        .present("quality.urge_to_move", "quality.crawling_pulling_itching", "timing.worse_lying_down",
            "relief.walking_moving")
        .build();
    AggregatedAssessment a = assertFirst(report, RLS, 0.6);
    assertTrue(probability(a, RLS) > probability(a, NEUROPATHY), () -> describe(a));
    assertEquals(Triage.CONSULTATION, a.triage());
    assertTrue(Stories.adviceIds(a).contains(NeuroRelief.RLS_WALK_STRETCH.id()), () -> a.advice().toString());
    assertTrue(Stories.adviceIds(a).contains(NeuroRelief.RLS_IRON_CHECK.id()), () -> a.advice().toString());
  }

  @Test
  @DisplayName("burning, tingling and stabbing pain that is worse at night when lying still is neuropathy")
  void seedNeuropathyStory() {
    // "Neuropathy can cause burning, tingling, or stabbing pain that often becomes more noticeable at
    // night. When lying still, the background activity of the damaged nerves takes center stage ..."
    SymptomReport report = SymptomReport.builder()
        .present("quality.burning", "quality.tingling_pins_needles", "quality.stabbing_electric",
            "timing.worse_evening_night", "timing.worse_lying_down")
        .build();
    AggregatedAssessment a = assertFirst(report, NEUROPATHY, 0.6);
    assertTrue(probability(a, RLS) < 0.3, () -> describe(a));
    assertEquals(Triage.CONSULTATION, a.triage());
    assertTrue(Stories.adviceIds(a).contains(NeuroRelief.FOOT_CHECK.id()), () -> a.advice().toString());
  }

  @Test
  @DisplayName("being worse lying down, and nothing else, makes neither condition likely")
  void lyingDownAloneIsNotEnough() {
    AggregatedAssessment a = Stories.assess(SymptomReport.builder().present("timing.worse_lying_down").build());
    assertTrue(probability(a, RLS) < 0.3, () -> describe(a));
    assertTrue(probability(a, NEUROPATHY) < 0.3, () -> describe(a));
  }
}
