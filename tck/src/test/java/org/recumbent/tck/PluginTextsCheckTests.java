package org.recumbent.tck;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.recumbent.core.Triage;
import org.recumbent.spi.Code;
import org.recumbent.spi.ConditionDescriptor;
import org.recumbent.spi.PluginDescriptor;
import org.recumbent.spi.ReliefStrategy;
import org.recumbent.spi.Source;
import org.recumbent.spi.WarningSign;

class PluginTextsCheckTests {

  private static final Source S = Source.expertEstimate("test");

  private static final PluginDescriptor DESCRIPTOR = PluginDescriptor.builder("demo")
      .displayName("Demo")
      .condition(ConditionDescriptor.builder("demo.ache").name("Ache").summary("It aches.")
          .icd10(Code.icd10("R52", "Pain", "test")).source(S).triageWhenLikely(Triage.SELF_CARE, S)
          .unsafeRelief("heat", "Heat burns.").build())
      .reliefStrategy(ReliefStrategy.builder("demo.rest").text("Rest.").forConditions("demo.ache").source(S).build())
      .warningSign(new WarningSign("demo.bad", Triage.EMERGENCY, "Go now.", "Watch this.", S))
      .build();

  private static final String GOOD = """
      plugin.name=Demo
      ache.name=Ache
      ache.summary=It aches.
      ache.unsafe.heat=Heat burns.
      relief.rest=Rest.
      warning.bad.message=Go now.
      warning.bad.watchFor=Watch this.
      """;

  private static InputStream file(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("passes when every shown text comes from the file and every key is used")
  void passes() {
    PluginTextsCheck.assertTextsFromFile(DESCRIPTOR, file(GOOD));
  }

  @Test
  @DisplayName("fails on a text that differs from the file, naming its key")
  void failsOnDifferentText() {
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> PluginTextsCheck.assertTextsFromFile(DESCRIPTOR, file(GOOD.replace("Rest.", "Sleep."))));
    assertTrue(e.getMessage().contains("relief.rest"), e.getMessage());
  }

  @Test
  @DisplayName("fails on a key the descriptor never shows, and on a missing file")
  void failsOnUnusedKeyOrMissingFile() {
    assertThrows(AssertionFailedError.class,
        () -> PluginTextsCheck.assertTextsFromFile(DESCRIPTOR, file(GOOD + "unused.key=Never shown.\n")));
    assertThrows(AssertionFailedError.class, () -> PluginTextsCheck.assertTextsFromFile(DESCRIPTOR, null));
  }
}
