package org.recumbent.conditions.musculoskeletal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.core.ConditionAggregator;
import org.recumbent.core.SymptomReport;
import org.recumbent.spi.ConditionDescriptor;
import org.recumbent.spi.ConditionPlugin;
import org.recumbent.spi.PluginDescriptor;
import org.recumbent.spi.ReliefStrategy;
import org.recumbent.spi.ReliefTags;
import org.recumbent.spi.Source;
import org.recumbent.spi.support.EvidenceModel;

@DisplayName("The musculoskeletal plugin")
class MusculoskeletalConditionPluginTests {

  private final MusculoskeletalConditionPlugin plugin = new MusculoskeletalConditionPlugin();

  @Test
  @DisplayName("describes the three conditions under the id 'musculoskeletal'")
  void describesItsConditions() {
    PluginDescriptor d = plugin.descriptor();
    assertEquals("musculoskeletal", d.id());
    assertEquals(List.of("musculoskeletal.cramps", "musculoskeletal.arthritis", "musculoskeletal.sciatica"),
        d.conditions().stream().map(ConditionDescriptor::id).toList());
    assertEquals(ConditionPlugin.SPI_VERSION, d.spiVersion());
  }

  @Test
  @DisplayName("is found by ServiceLoader on the class path")
  void isFoundByServiceLoader() {
    List<String> found = ServiceLoader.load(ConditionPlugin.class).stream()
        .map(p -> p.type().getName()).toList();
    assertTrue(found.contains(MusculoskeletalConditionPlugin.class.getName()), found::toString);
  }

  @Test
  @DisplayName("is found by the aggregator's discovery")
  void isDiscoveredByTheAggregator() {
    ConditionAggregator aggregator = ConditionAggregator.builder().discoverPlugins().build();
    assertTrue(aggregator.plugins().stream().anyMatch(d -> d.id().equals("musculoskeletal")));
    assertTrue(aggregator.loadFailures().isEmpty(), aggregator.loadFailures()::toString);
  }

  @Test
  @DisplayName("declares the same provider in module-info as in META-INF/services")
  void moduleDescriptorProvidesThePlugin() throws URISyntaxException {
    Path classes = Path.of(MusculoskeletalConditionPlugin.class.getProtectionDomain().getCodeSource()
        .getLocation().toURI());
    ModuleDescriptor module = ModuleFinder.of(classes).findAll().stream()
        .map(ModuleReference::descriptor).findFirst().orElseThrow();
    assertEquals("org.recumbent.conditions.musculoskeletal", module.name());
    assertTrue(module.exports().isEmpty(), "nothing is exported");
    Set<String> provided = module.provides().stream()
        .filter(p -> p.service().equals(ConditionPlugin.class.getName()))
        .flatMap(p -> p.providers().stream()).collect(Collectors.toSet());
    assertEquals(Set.of(MusculoskeletalConditionPlugin.class.getName()), provided);
  }

  @Test
  @DisplayName("rejects a null report")
  void rejectsNull() {
    assertThrows(NullPointerException.class, () -> plugin.evaluate(null));
  }

  @Test
  @DisplayName("gives each condition relief, a warning sign to watch for, codes and sources")
  void everyConditionIsComplete() {
    PluginDescriptor d = plugin.descriptor();
    for (ConditionDescriptor c : d.conditions()) {
      assertTrue(d.reliefStrategies().stream().anyMatch(r -> r.forConditions().contains(c.id())), c.id());
      assertFalse(c.sources().isEmpty(), c.id());
      assertTrue(c.sources().stream().anyMatch(s -> s.kind() == Source.Kind.SEED), c.id() + " cites the seed");
      assertTrue(c.icd10().isVerified(), c.id());
      c.snomed().ifPresent(s -> assertFalse(s.isVerified(), "SNOMED codes are flagged unverified"));
    }
    assertFalse(d.warningSigns().isEmpty());
  }

  @Test
  @DisplayName("ties every relief strategy to its own conditions, with tags and a source")
  void reliefIsTaggedAndSourced() {
    PluginDescriptor d = plugin.descriptor();
    Set<String> own = d.conditions().stream().map(ConditionDescriptor::id).collect(Collectors.toSet());
    for (ReliefStrategy r : d.reliefStrategies()) {
      assertFalse(r.tags().isEmpty(), r.id());
      assertTrue(own.containsAll(r.forConditions()), r.id());
    }
    ReliefStrategy warmth = d.reliefStrategies().stream()
        .filter(r -> r.id().equals("musculoskeletal.warm_bath_or_heat")).findFirst().orElseThrow();
    assertTrue(warmth.tags().contains(ReliefTags.HEAT), "heat advice is tagged so PAD and neuropathy can veto it");
    assertEquals(Source.Kind.SEED, warmth.source().kind());
    assertTrue(d.reliefStrategies().stream().anyMatch(r -> r.tags().contains(ReliefTags.HYDRATION)));
    assertTrue(d.reliefStrategies().stream().anyMatch(r -> r.tags().contains(ReliefTags.MEDICAL_REVIEW)));
    assertTrue(d.reliefStrategies().stream().filter(r -> r.tags().contains(ReliefTags.POSITIONING)).count() >= 2);
  }

  @Test
  @DisplayName("reads only features of the vocabulary, and every criterion carries a source")
  void modelsReadKnownFeatures() {
    ConditionAggregator aggregator = ConditionAggregator.builder().addPlugin(plugin).build();
    for (EvidenceModel m : plugin.models()) {
      for (String f : m.features()) {
        assertTrue(aggregator.vocabulary().contains(f), m.conditionId() + " reads unknown " + f);
      }
      m.criteria().forEach(c -> assertFalse(c.source().citation().isBlank()));
    }
    for (var w : plugin.descriptor().warningSigns()) {
      for (String f : plugin.trigger(w.id()).orElseThrow().features()) {
        assertTrue(aggregator.vocabulary().contains(f), w.id() + " reads unknown " + f);
      }
    }
  }

  @Test
  @DisplayName("scores every condition in [0, 1] for an empty report and fires nothing")
  void emptyReport() {
    var a = plugin.evaluate(SymptomReport.empty());
    assertEquals(3, a.scores().size());
    a.scores().forEach(s -> assertTrue(s.probability() >= 0 && s.probability() <= 1));
    assertTrue(a.warnings().isEmpty());
  }
}
