package dev.reportgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The processor's packages depend on each other one way only: processor -> codegen -> check ->
 * schema -> diagnostics. Read from the compiled classes' constant pools, where every class a class
 * uses is named (in class entries and in field and method descriptors), so an import, a fully
 * qualified name or a signature each count, and a Javadoc link does not.
 */
class PackageDependenciesTest {
  private static final String BASE = "dev/reportgen/processor";

  /** Each package, lowest first: a package may use only those before it. */
  private static final List<String> LAYERS =
      List.of("diagnostics", "schema", "check", "codegen", "");

  private static final Pattern REFERENCE =
      Pattern.compile(Pattern.quote(BASE) + "/(?:(\\w+)/)?[A-Z][\\w$]*");

  @Test
  void dependenciesPointDownTheLayersOnly() throws Exception {
    Map<String, Set<String>> uses = packageDependencies();
    List<String> violations = new ArrayList<>();
    for (Map.Entry<String, Set<String>> e : uses.entrySet()) {
      int from = layer(e.getKey());
      for (String used : e.getValue()) {
        if (layer(used) > from) {
          violations.add(name(e.getKey()) + " -> " + name(used));
        }
      }
    }
    assertWithMessage("package dependencies found: %s", uses).that(violations).isEmpty();
  }

  @Test
  void theScanSeesTheDependenciesThatExist() throws Exception {
    // guards the test above against passing because it reads nothing
    Map<String, Set<String>> uses = packageDependencies();
    assertThat(uses.keySet()).containsExactly("diagnostics", "schema", "check", "codegen", "");
    assertThat(uses.get("")).containsAtLeast("codegen", "check", "schema", "diagnostics");
    assertThat(uses.get("codegen")).contains("schema");
    assertThat(uses.get("check")).containsAtLeast("schema", "diagnostics");
    assertThat(uses.get("schema")).contains("diagnostics");
    assertThat(uses.get("diagnostics")).isEmpty();
  }

  private static int layer(String pkg) {
    int i = LAYERS.indexOf(pkg);
    if (i < 0) {
      throw new AssertionError(
          "package " + name(pkg) + " has no place in the layers " + LAYERS + "; add it");
    }
    return i;
  }

  private static String name(String pkg) {
    return pkg.isEmpty() ? "processor" : pkg;
  }

  /** Package (relative to {@value #BASE}, "" for the root) -> the other packages it uses. */
  private static Map<String, Set<String>> packageDependencies()
      throws IOException, URISyntaxException {
    Path classes =
        Path.of(
            ReportgenProcessor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path root = classes.resolve(BASE);
    Map<String, Set<String>> uses = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".class")).toList();
    }
    for (Path file : files) {
      String rel = root.relativize(file.getParent()).toString().replace('\\', '/');
      Set<String> used = uses.computeIfAbsent(rel, k -> new TreeSet<>());
      for (String text : constantPoolTexts(file)) {
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
          String pkg = m.group(1) == null ? "" : m.group(1);
          if (!pkg.equals(rel)) {
            used.add(pkg);
          }
        }
      }
    }
    return uses;
  }

  /**
   * The UTF-8 entries of a class file's constant pool (JVMS 4.4): class names, descriptors and
   * signatures among them.
   */
  private static List<String> constantPoolTexts(Path classFile) throws IOException {
    List<String> texts = new ArrayList<>();
    try (InputStream raw = Files.newInputStream(classFile);
        DataInputStream in = new DataInputStream(raw)) {
      if (in.readInt() != 0xCAFEBABE) {
        throw new IOException("not a class file: " + classFile);
      }
      in.readUnsignedShort(); // minor
      in.readUnsignedShort(); // major
      int count = in.readUnsignedShort();
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> texts.add(in.readUTF()); // Utf8 (modified UTF-8, as readUTF reads it)
          case 7, 8, 16, 19, 20 -> in.skipBytes(2); // Class, String, MethodType, Module, Package
          case 15 -> in.skipBytes(3); // MethodHandle
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4); // Integer ... InvokeDynamic
          case 5, 6 -> { // Long, Double take two slots
            in.skipBytes(8);
            i++;
          }
          default -> throw new IOException("constant pool tag " + tag + " in " + classFile);
        }
      }
    }
    return texts;
  }
}
