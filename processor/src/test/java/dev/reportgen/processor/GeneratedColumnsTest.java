package dev.reportgen.processor;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import dev.reportgen.runtime.Column;
import dev.reportgen.runtime.ColumnType;
import dev.reportgen.runtime.ReportType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The compiled golden parser's column table, loaded and run: each column's nullable and optional
 * flags are the schema's, whichever {@link Column} factory the generated code names.
 */
class GeneratedColumnsTest {

  @Test
  void columnTableCarriesTheSchemasNullabilityAndPresence() throws Exception {
    Compilation compilation = GoldenFilesTest.compileGoldenSet();
    ReportType<?> sentEmail = parser(compilation, "com.example.golden.SentEmailParser");

    Map<String, Column> byKeyword = new HashMap<>();
    for (Column c : sentEmail.columns()) {
      byKeyword.put(c.keyword(), c);
    }
    // date_sent: no flags in the schema; day: nullable; header1: optional (and so nullable)
    assertThat(byKeyword.get("date_sent"))
        .isEqualTo(new Column("date_sent", "dateSent", ColumnType.DATETIME, false, false));
    assertThat(byKeyword.get("day"))
        .isEqualTo(new Column("day", "day", ColumnType.DATE, true, false));
    assertThat(byKeyword.get("header1"))
        .isEqualTo(new Column("header1", "header1", ColumnType.STRING, true, true));
    assertThat(sentEmail.columns().stream().filter(Column::optional).map(Column::keyword).toList())
        .containsExactly("header1");

    ReportType<?> summary = parser(compilation, "com.example.golden.SentSummaryParser");
    assertThat(summary.columns())
        .containsExactly(
            new Column("total", "total", ColumnType.INTEGER, false, false),
            new Column("last_status", "lastStatus", ColumnType.ENUM, true, true))
        .inOrder();
  }

  private static ReportType<?> parser(Compilation compilation, String name) throws Exception {
    Class<?> type = Class.forName(name, true, new GeneratedClasses(compilation));
    return (ReportType<?>) type.getField("INSTANCE").get(null);
  }

  /** Loads the classes a compilation wrote; everything else from the test's class path. */
  private static final class GeneratedClasses extends ClassLoader {
    private final Map<String, JavaFileObject> classes = new HashMap<>();

    GeneratedClasses(Compilation compilation) {
      super(GeneratedColumnsTest.class.getClassLoader());
      List<JavaFileObject> files = compilation.generatedFiles();
      for (JavaFileObject file : files) {
        if (file.getKind() == JavaFileObject.Kind.CLASS) {
          String path = file.toUri().getPath();
          int at = path.indexOf("/CLASS_OUTPUT/");
          String binary = path.substring(at + "/CLASS_OUTPUT/".length()).replace('/', '.');
          classes.put(binary.substring(0, binary.length() - ".class".length()), file);
        }
      }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      JavaFileObject file = classes.get(name);
      if (file == null) {
        throw new ClassNotFoundException(name);
      }
      try (InputStream in = file.openInputStream()) {
        byte[] bytes = in.readAllBytes();
        return defineClass(name, bytes, 0, bytes.length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
