package dev.reportgen.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The runtime's API is what its module exports: the user API and the generated-code contract, and
 * no package of the JSON and CSV machinery.
 */
class RuntimeModuleTest {
  private static ModuleDescriptor descriptor() {
    Path classes =
        Path.of(ReportReader.class.getProtectionDomain().getCodeSource().getLocation().getPath());
    return ModuleFinder.of(classes).find("dev.reportgen.runtime").orElseThrow().descriptor();
  }

  @Test
  void exportsTheApiAndTheGeneratedCodeContractOnly() {
    Set<String> exported = new TreeSet<>();
    for (ModuleDescriptor.Exports export : descriptor().exports()) {
      assertEquals(Set.of(), export.targets(), "qualified export of " + export.source());
      exported.add(export.source());
    }
    assertEquals(Set.of("dev.reportgen.runtime", "dev.reportgen.runtime.spi"), exported);
  }

  @Test
  void needsNothingButJacksonCoreAndFastCsv() {
    Set<String> required = new TreeSet<>();
    Map<String, Set<ModuleDescriptor.Requires.Modifier>> compileOnly = new TreeMap<>();
    for (ModuleDescriptor.Requires requires : descriptor().requires()) {
      if (requires.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC)) {
        compileOnly.put(requires.name(), requires.modifiers());
      } else if (!requires.name().equals("java.base")) {
        required.add(requires.name());
      }
    }
    assertEquals(Set.of("com.fasterxml.jackson.core", "de.siegmar.fastcsv"), required);
    // JSpecify's annotations: read by whoever compiles against the runtime (generated code
    // carries them), never needed at run time
    assertEquals(
        Map.of(
            "org.jspecify",
            Set.of(
                ModuleDescriptor.Requires.Modifier.STATIC,
                ModuleDescriptor.Requires.Modifier.TRANSITIVE)),
        compileOnly);
  }
}
