package org.recumbent.conditions.vascular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.recumbent.core.SymptomReport;
import org.recumbent.core.Triage;
import org.recumbent.core.Vocabulary;
import org.recumbent.spi.ConditionDescriptor;
import org.recumbent.spi.ConditionPlugin;
import org.recumbent.spi.PluginDescriptor;
import org.recumbent.spi.ReliefStrategy;
import org.recumbent.spi.ReliefTags;
import org.recumbent.spi.WarningSign;
import org.recumbent.spi.support.EvidenceModel;

@DisplayName("The vascular plugin")
class VascularConditionPluginTests {

  private final VascularConditionPlugin plugin = new VascularConditionPlugin();
  private final PluginDescriptor descriptor = plugin.descriptor();

  @Nested
  @DisplayName("describes itself")
  class Descriptor {

    @Test
    @DisplayName("as plugin 'vascular' with the conditions vascular.pad and vascular.cvi")
    void idsAndConditions() {
      assertEquals("vascular", descriptor.id());
      assertEquals(List.of("vascular.pad", "vascular.cvi"),
          descriptor.conditions().stream().map(ConditionDescriptor::id).toList());
      assertSame(descriptor, plugin.descriptor());
      assertEquals(descriptor, new VascularConditionPlugin().descriptor());
    }

    @Test
    @DisplayName("with the verified ICD-10-CM codes, and SNOMED CT only where seen, flagged unverified")
    void codes() {
      ConditionDescriptor pad = condition("vascular.pad");
      assertEquals("I70.223", pad.icd10().value());
      assertTrue(pad.icd10().isVerified());
      assertEquals("399957001", pad.snomed().orElseThrow().value());
      assertFalse(pad.snomed().orElseThrow().isVerified());
      ConditionDescriptor cvi = condition("vascular.cvi");
      assertEquals("I87.2", cvi.icd10().value());
      assertTrue(cvi.icd10().isVerified());
      assertEquals("28695004", cvi.snomed().orElseThrow().value());
      assertFalse(cvi.snomed().orElseThrow().isVerified());
    }

    @Test
    @DisplayName("with the agreed levels of care: PAD within 24 hours, CVI an appointment")
    void triage() {
      assertEquals(Triage.CONSULTATION_24, condition("vascular.pad").triageWhenLikely());
      assertEquals(Triage.CONSULTATION, condition("vascular.cvi").triageWhenLikely());
    }

    @Test
    @DisplayName("with at least one relief strategy per condition, each tagged and sourced")
    void relief() {
      for (ConditionDescriptor c : descriptor.conditions()) {
        assertTrue(descriptor.reliefStrategies().stream().anyMatch(r -> r.forConditions().contains(c.id())),
            c.id());
      }
      Set<String> ownConditions = descriptor.conditions().stream().map(ConditionDescriptor::id)
          .collect(Collectors.toSet());
      Set<String> standardTags = Set.of(ReliefTags.LEG_ELEVATION, ReliefTags.LEG_DEPENDENCY, ReliefTags.HEAT,
          ReliefTags.COLD, ReliefTags.COMPRESSION, ReliefTags.STRETCHING, ReliefTags.WALKING, ReliefTags.MASSAGE,
          ReliefTags.POSITIONING, ReliefTags.HYDRATION, ReliefTags.MEDICAL_REVIEW, ReliefTags.FOOT_CARE,
          ReliefTags.SLEEP_HYGIENE);
      for (ReliefStrategy r : descriptor.reliefStrategies()) {
        assertTrue(ownConditions.containsAll(r.forConditions()), r.id());
        assertFalse(r.tags().isEmpty(), r.id() + " has no tags");
        assertTrue(standardTags.containsAll(r.tags()), r.id() + " " + r.tags());
      }
    }

    @Test
    @DisplayName("with the nine warning signs, each with a message and a watch-for text")
    void warnings() {
      assertEquals(Set.of("vascular.acute_limb_ischemia", "vascular.pulmonary_embolism", "vascular.suspected_dvt",
              "vascular.possible_dvt", "vascular.possible_dvt_in_pregnancy", "vascular.leg_clot_check",
              "vascular.critical_limb_ischemia", "vascular.black_tissue", "vascular.venous_ulcer", "vascular.threatened_limb"),
          descriptor.warningSigns().stream().map(WarningSign::id).collect(Collectors.toSet()));
      for (WarningSign w : descriptor.warningSigns()) {
        assertTrue(w.message().length() > 40, w.id());
        assertTrue(w.watchFor().length() > 20, w.id());
        assertTrue(plugin.trigger(w.id()).isPresent(), w.id());
      }
    }

    @Test
    @DisplayName("reading only features of the standard vocabulary")
    void featuresExist() {
      Vocabulary vocabulary = Vocabulary.standard();
      for (EvidenceModel m : plugin.models()) {
        for (String f : m.features()) {
          assertTrue(vocabulary.contains(f), m.conditionId() + " reads unknown feature " + f);
        }
      }
      for (WarningSign w : descriptor.warningSigns()) {
        for (String f : plugin.trigger(w.id()).orElseThrow().features()) {
          assertTrue(vocabulary.contains(f), w.id() + " reads unknown feature " + f);
        }
      }
    }

    @Test
    @DisplayName("so that every vascular red flag of the vocabulary fires one of its warnings")
    void everyVascularRedFlagIsWatched() {
      Set<String> watched = descriptor.warningSigns().stream()
          .flatMap(w -> plugin.trigger(w.id()).orElseThrow().features().stream()).collect(Collectors.toSet());
      for (String flag : List.of("redflag.sudden_cold_pale_painful_leg", "redflag.one_leg_swollen_warm_red",
          "redflag.chest_pain_breathless")) {
        assertTrue(watched.contains(flag), flag);
      }
    }
  }

  @Test
  @DisplayName("rejects a null report with NullPointerException")
  void rejectsNull() {
    assertThrows(NullPointerException.class, () -> plugin.evaluate(null));
  }

  @Test
  @DisplayName("gives every condition a probability in [0, 1] for an empty report, and fires nothing")
  void emptyReport() {
    var a = plugin.evaluate(SymptomReport.empty());
    assertEquals(2, a.scores().size());
    a.scores().forEach(s -> assertTrue(s.probability() >= 0 && s.probability() <= 1));
    assertTrue(a.warnings().isEmpty());
  }

  @Nested
  @DisplayName("is registered")
  class Registration {

    @Test
    @DisplayName("so that ServiceLoader finds it on the class path")
    void serviceLoader() {
      List<Class<?>> found = ServiceLoader.load(ConditionPlugin.class).stream()
          .map(ServiceLoader.Provider::type).collect(Collectors.toList());
      assertTrue(found.contains(VascularConditionPlugin.class), found.toString());
    }

    @Test
    @DisplayName("in META-INF/services under its class name")
    void servicesFile() throws IOException {
      try (InputStream in = VascularConditionPlugin.class.getClassLoader()
          .getResourceAsStream("META-INF/services/org.recumbent.spi.ConditionPlugin")) {
        assertTrue(in != null, "services file missing");
        String content = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(VascularConditionPlugin.class.getName(), content);
      }
    }

    @Test
    @DisplayName("in its module descriptor, which provides the plugin and exports nothing")
    void moduleDescriptor() throws URISyntaxException {
      Path classes = Path.of(VascularConditionPlugin.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      ModuleReference ref = ModuleFinder.of(classes).find("org.recumbent.conditions.vascular")
          .orElseThrow(() -> new AssertionError("no module-info in " + classes));
      ModuleDescriptor md = ref.descriptor();
      assertTrue(md.requires().stream().anyMatch(r -> r.name().equals("org.recumbent.core")));
      assertTrue(md.exports().isEmpty(), md.exports().toString());
      ModuleDescriptor.Provides provides = md.provides().stream()
          .filter(p -> p.service().equals(ConditionPlugin.class.getName())).findFirst().orElseThrow();
      assertEquals(List.of(VascularConditionPlugin.class.getName()), provides.providers());
    }
  }

  private ConditionDescriptor condition(String id) {
    return descriptor.conditions().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }
}
