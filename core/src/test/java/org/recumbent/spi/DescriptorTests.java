package org.recumbent.spi;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recumbent.core.Feature;
import org.recumbent.core.FeatureCategory;
import org.recumbent.core.Triage;

class DescriptorTests {

  private static final Source S = Source.expertEstimate("test");

  private static ConditionDescriptor condition(String id) {
    return ConditionDescriptor.builder(id).name("N").summary("S.").icd10(Code.icd10("R52", "Pain", "test"))
        .source(S).triageWhenLikely(Triage.SELF_CARE, S).build();
  }

  @Test
  @DisplayName("plugin ids are lower-kebab")
  void pluginId() {
    assertThrows(IllegalArgumentException.class, () -> PluginDescriptor.builder("Vascular"));
    assertThrows(IllegalArgumentException.class, () -> PluginDescriptor.builder("vascular.x"));
    PluginDescriptor.builder("statin-muscle");
  }

  @Test
  @DisplayName("every id a plugin owns must start with the plugin id")
  void namespaces() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> PluginDescriptor.builder("a")
        .displayName("A").condition(condition("b.c")).build());
    assertTrue(e.getMessage().contains("'b.c'") && e.getMessage().contains("'a.'"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> PluginDescriptor.builder("a").displayName("A")
        .condition(condition("a.c"))
        .feature(new Feature("quality.mine", FeatureCategory.QUALITY, "Q?", "D.")).build());
    assertThrows(IllegalStateException.class, () -> PluginDescriptor.builder("a").displayName("A")
        .condition(condition("a.c")).condition(condition("a.c")).build());
  }

  @Test
  @DisplayName("a condition needs a name, summary, code, source and level of care")
  void conditionCompleteness() {
    assertThrows(IllegalStateException.class, () -> ConditionDescriptor.builder("a.c").name("N").build());
    assertThrows(IllegalArgumentException.class, () -> ConditionDescriptor.builder("a.c")
        .icd10(Code.snomedUnverified("1", "x")));
    assertThrows(IllegalStateException.class, () -> PluginDescriptor.builder("a").displayName("A").build());
  }

  @Test
  @DisplayName("relief strategies need text, conditions and a source; warnings need texts")
  void reliefAndWarnings() {
    assertThrows(IllegalStateException.class, () -> ReliefStrategy.builder("a.r").text("Do it.").source(S).build());
    assertThrows(IllegalArgumentException.class, () -> new WarningSign("a.w", Triage.EMERGENCY, " ", "w", S));
    assertThrows(IllegalArgumentException.class, () -> new Source(Source.Kind.PAPER, "", true));
  }
}
