package dev.reportgen.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.reportgen.processor.check.SchemaReader;
import dev.reportgen.processor.schema.SchemaFile;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The message catalogue, the one for the whole processor: stable, unique tags, all documented
 * (schema-language tags in docs/schema-format.md, the processor's own in docs/processor.md).
 */
class MessagesTest {

  /** Tag of every factory in {@link Messages}, by method name. */
  private static Map<String, String> tagsByFactory() throws Exception {
    Map<String, String> tags = new TreeMap<>();
    for (Method m : Messages.class.getDeclaredMethods()) {
      if (!Modifier.isPublic(m.getModifiers()) || m.getReturnType() != Message.class) {
        continue;
      }
      Object[] args = new Object[m.getParameterCount()];
      Class<?>[] types = m.getParameterTypes();
      for (int i = 0; i < args.length; i++) {
        args[i] = sample(types[i]);
      }
      Message message = (Message) m.invoke(null, args);
      assertWithMessage(m.getName()).that(message.text()).isNotEmpty();
      assertWithMessage(m.getName()).that(message.text()).doesNotContain("\n");
      tags.put(m.getName(), message.tag());
    }
    return tags;
  }

  private static Object sample(Class<?> type) {
    if (type == String.class) {
      return "x";
    } else if (type == int.class) {
      return 1;
    } else if (type == long.class) {
      return 1L;
    } else if (type == boolean.class) {
      return true;
    } else if (type == Optional.class) {
      return Optional.of("y");
    } else if (type == Collection.class || type == List.class) {
      return List.of("a", "b");
    } else if (type == SourceLocation.class) {
      return new SourceLocation("f.yaml", 3, 4);
    } else if (type == Throwable.class) {
      return new IllegalStateException("boom");
    }
    throw new AssertionError("no sample for " + type);
  }

  @Test
  void everyFactoryHasItsOwnWellFormedTag() throws Exception {
    Map<String, String> tags = tagsByFactory();
    assertThat(tags).isNotEmpty();
    for (Map.Entry<String, String> e : tags.entrySet()) {
      assertWithMessage(e.getKey()).that(e.getValue()).matches("RG[0129]\\d\\d");
    }
    assertWithMessage("tags shared by two factories: %s", tags)
        .that(new TreeSet<>(tags.values()))
        .hasSize(tags.size());
  }

  @Test
  void suggestionsAreWordedTheSameEverywhere() {
    assertThat(Messages.unknownType("Datetim", Optional.of("DATETIME"), List.of("DATETIME")).text())
        .contains("Did you mean 'DATETIME'?");
    assertThat(Messages.unknownType("Bool", Optional.empty(), List.of("DATETIME")).text())
        .doesNotContain("Did you mean");
  }

  private static Path doc(String name) {
    Path p = Path.of("").toAbsolutePath().resolveSibling("docs").resolve(name);
    Assumptions.assumeTrue(Files.exists(p), "docs/" + name + " not next to the module: " + p);
    return p;
  }

  private static Path doc() {
    return doc("schema-format.md");
  }

  /** Tags in the first column of a table of {@code doc}. */
  private static TreeSet<String> documentedTags(String doc) throws Exception {
    TreeSet<String> documented = new TreeSet<>();
    Matcher m = Pattern.compile("(?m)^\\| (RG\\d\\d\\d) \\|").matcher(Files.readString(doc(doc)));
    while (m.find()) {
      documented.add(m.group(1));
    }
    return documented;
  }

  @Test
  void everyTagIsInTheDocumentedTable() throws Exception {
    TreeSet<String> tags = new TreeSet<>(tagsByFactory().values());
    TreeSet<String> schemaLanguage = new TreeSet<>();
    TreeSet<String> processor = new TreeSet<>();
    for (String tag : tags) {
      (tag.matches("RG[12]\\d\\d|RG901") ? schemaLanguage : processor).add(tag);
    }
    assertThat(documentedTags("schema-format.md")).containsExactlyElementsIn(schemaLanguage);
    assertThat(documentedTags("processor.md")).containsExactlyElementsIn(processor);
  }

  @Test
  void retiredTagsAreNotReused() throws Exception {
    // RG051-RG055 were code generation's copies of checker rules; their numbers stay unused
    assertThat(tagsByFactory().values())
        .containsNoneOf("RG051", "RG052", "RG053", "RG054", "RG055");
  }

  @Test
  void theCompleteExampleOfTheDocumentIsValid() throws Exception {
    String doc = Files.readString(doc());
    Matcher m = Pattern.compile("(?s)```yaml\\n(.*?)```").matcher(doc);
    assertThat(m.find()).isTrue();
    ListDiagnostics d = new ListDiagnostics();
    SchemaReader.read(
        List.of(new SchemaFile("example.yaml", m.group(1).getBytes(StandardCharsets.UTF_8))), d);
    assertWithMessage(d.toString()).that(d.entries()).isEmpty();
  }
}
