package org.recumbent.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recumbent.core.ConditionAggregator;
import org.recumbent.core.SymptomReport;
import org.recumbent.spi.support.EvidenceModel;

@DisplayName("The floor scorer")
class FloorScorerTests {

  private static ConditionAggregator aggregator;
  private static List<EvidenceModel> models;
  private static FloorScorer floor;

  @BeforeAll
  static void setUp() {
    aggregator = Fixtures.aggregator(0);
    Map<String, EvidenceModel> byId = Fixtures.evidenceModels();
    models = new ArrayList<>(byId.values());
    floor = new FloorScorer(models, new ArrayList<>(aggregator.vocabulary().ids()));
  }

  // 3 and 14 findings take the sparse path (answered features only), 15 and every finding the dense one.
  @ParameterizedTest(name = "reports of {0} findings")
  @ValueSource(strings = {"3", "14", "15", "all"})
  @DisplayName("gives every condition the probability its evidence model gives")
  void matchesTheEvidenceModels(String size) {
    assertFalse(models.isEmpty(), "no evidence models were discovered");
    SymptomReport[] reports = new Reports(aggregator.vocabulary(), 11).next(2000, Reports.parseSize(size));
    double[] out = new double[models.size()];
    for (SymptomReport r : reports) {
      floor.score(floor.encode(r), out);
      for (int c = 0; c < models.size(); c++) {
        String id = models.get(c).conditionId();
        assertEquals(models.get(c).score(r).probability(), out[c], 1e-9, () -> id + " differs for " + r);
      }
    }
  }
}
