package org.recumbent.conditions.neuro;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.recumbent.core.ConditionAggregator;
import org.recumbent.core.Triage;
import org.recumbent.core.Vocabulary;
import org.recumbent.spi.ConditionDescriptor;
import org.recumbent.spi.ConditionPlugin;
import org.recumbent.spi.PluginDescriptor;
import org.recumbent.spi.ReliefStrategy;
import org.recumbent.spi.Source;
import org.recumbent.spi.WarningSign;
import org.recumbent.spi.support.EvidenceModel;

@DisplayName("The neuro plugin")
class NeuroConditionPluginTests {

  private final NeuroConditionPlugin plugin = new NeuroConditionPlugin();
  private final PluginDescriptor descriptor = plugin.descriptor();

  @Nested
  @DisplayName("describes its catalogue")
  class Catalogue {

    @Test
    @DisplayName("with id 'neuro', restless legs and neuropathy, each triaged as a planned consultation when likely")
    void conditions() {
      assertEquals("neuro", descriptor.id());
      assertEquals(List.of(NeuroConditionPlugin.RLS, NeuroConditionPlugin.NEUROPATHY),
          descriptor.conditions().stream().map(ConditionDescriptor::id).toList());
      for (ConditionDescriptor c : descriptor.conditions()) {
        assertEquals(Triage.CONSULTATION, c.triageWhenLikely(), c.id());
      }
    }

    @Test
    @DisplayName("reads only features of the standard vocabulary, in its models and its warning triggers")
    void featuresExist() {
      Vocabulary vocabulary = Vocabulary.standard();
      List<String> read = new ArrayList<>();
      plugin.models().forEach(m -> read.addAll(m.features()));
      descriptor.warningSigns().forEach(w -> read.addAll(plugin.trigger(w.id()).orElseThrow().features()));
      for (String f : read) {
        assertTrue(vocabulary.contains(f), () -> f + " is not in the vocabulary");
      }
    }

    @Test
    @DisplayName("gives every condition relief advice, and every piece of advice a tag, a source and its own conditions")
    void relief() {
      Set<String> own = descriptor.conditions().stream().map(ConditionDescriptor::id).collect(Collectors.toSet());
      for (ReliefStrategy r : descriptor.reliefStrategies()) {
        assertFalse(r.tags().isEmpty(), () -> r.id() + " has no tag");
        assertTrue(own.containsAll(r.forConditions()), r::id);
        assertNotNull(r.source());
      }
      for (String c : own) {
        assertTrue(descriptor.reliefStrategies().stream().anyMatch(r -> r.forConditions().contains(c)), c);
      }
    }

    @Test
    @DisplayName("marks the essential urge to move in the restless-legs model")
    void essentialUrge() {
      EvidenceModel rls = plugin.models().get(0);
      assertEquals(NeuroConditionPlugin.RLS, rls.conditionId());
      assertEquals("quality.urge_to_move", rls.essentials().get(0).feature());
      assertTrue(rls.essentials().get(0).capWhenAbsent() < 0.1);
    }
  }

  @Nested
  @DisplayName("is traceable to the seed")
  class Traceability {

    @Test
    @DisplayName("every seed citation is a sentence that appears word for word in the seed text")
    void seedQuotesAreExact() throws IOException {
      String seed;
      try (InputStream in = NeuroConditionPluginTests.class.getResourceAsStream("/seed.txt")) {
        assertNotNull(in, "seed.txt test resource");
        seed = new String(in.readAllBytes(), UTF_8);
      }
      List<Source> sources = allSources();
      List<Source> seedSources = sources.stream().filter(s -> s.kind() == Source.Kind.SEED).toList();
      assertTrue(seedSources.size() >= 8, "expected the seed to be cited throughout, found " + seedSources.size());
      for (Source s : seedSources) {
        String quote = s.citation().substring("Seed text: \"".length(), s.citation().length() - 1);
        assertTrue(seed.contains(quote), () -> "not in the seed: " + quote);
      }
      // The seed's neurological claims are all represented.
      for (String sentence : new String[] {"irresistible urge to move the legs", "relieved by movement",
          "burning, tingling, or stabbing pain", "When lying still"}) {
        assertTrue(seedSources.stream().anyMatch(s -> s.citation().contains(sentence)), sentence);
      }
    }

    private List<Source> allSources() {
      List<Source> out = new ArrayList<>();
      for (ConditionDescriptor c : descriptor.conditions()) {
        out.addAll(c.sources());
        out.add(c.triageSource());
      }
      for (EvidenceModel m : plugin.models()) {
        out.add(m.basePriorSource());
        m.agePriors().forEach(a -> out.add(a.source()));
        m.sexOdds().forEach(s -> out.add(s.source()));
        m.criteria().forEach(c -> out.add(c.source()));
        m.essentials().forEach(e -> out.add(e.source()));
      }
      descriptor.reliefStrategies().forEach(r -> out.add(r.source()));
      descriptor.warningSigns().forEach(w -> out.add(w.source()));
      return out;
    }
  }

  @Nested
  @DisplayName("is registered")
  class Registration {

    @Test
    @DisplayName("and ServiceLoader finds it on the class path")
    void serviceLoaderFindsIt() {
      List<Class<?>> found = ServiceLoader.load(ConditionPlugin.class).stream()
          .map(ServiceLoader.Provider::type).collect(Collectors.toList());
      assertTrue(found.contains(NeuroConditionPlugin.class), () -> "found only " + found);
    }

    @Test
    @DisplayName("and an aggregator that discovers plugins includes it")
    void aggregatorDiscoversIt() {
      ConditionAggregator aggregator = ConditionAggregator.builder().discoverPlugins().build();
      assertTrue(aggregator.plugins().stream().anyMatch(d -> d.id().equals("neuro")));
      assertTrue(aggregator.condition(NeuroConditionPlugin.RLS).isPresent());
    }

    @Test
    @DisplayName("the same way in META-INF/services and in module-info's provides clause")
    void servicesFileMatchesModuleDescriptor() throws Exception {
      Path classes = Path.of(NeuroConditionPlugin.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path services = classes.resolve("META-INF/services/org.recumbent.spi.ConditionPlugin");
      List<String> listed = Files.readAllLines(services, UTF_8).stream().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
      assertEquals(List.of(NeuroConditionPlugin.class.getName()), listed);

      ModuleDescriptor module;
      try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
        module = ModuleDescriptor.read(in);
      }
      assertEquals("org.recumbent.conditions.neuro", module.name());
      assertTrue(module.exports().isEmpty(), "reached only through the SPI");
      List<String> provided = module.provides().stream()
          .filter(p -> p.service().equals(ConditionPlugin.class.getName()))
          .flatMap(p -> p.providers().stream()).toList();
      assertEquals(listed, provided);
    }

    @Test
    @DisplayName("every warning sign and strategy id lives in the plugin's namespace")
    void namespaced() {
      for (WarningSign w : descriptor.warningSigns()) {
        assertTrue(w.id().startsWith("neuro."), w::id);
      }
      for (ReliefStrategy r : descriptor.reliefStrategies()) {
        assertTrue(r.id().startsWith("neuro."), r::id);
      }
    }
  }
}
