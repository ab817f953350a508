package dev.reportgen.processor.check;

import static com.google.common.truth.Truth.assertThat;

import dev.reportgen.processor.diagnostics.ListDiagnostics;
import dev.reportgen.processor.diagnostics.SourceLocation;
import dev.reportgen.processor.schema.ColumnDef;
import dev.reportgen.processor.schema.Parsed;
import dev.reportgen.processor.schema.SchemaSet;
import dev.reportgen.runtime.ColumnType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The semantic pass on hand-built {@link Parsed} input. */
class SchemaCheckerTest {
  private static final SourceLocation AT = new SourceLocation("t.yaml", 1, 1);

  private static Parsed.Text t(String s) {
    return new Parsed.Text(s, AT);
  }

  private static Parsed.Column column(String keyword, Boolean nullable, boolean optional) {
    return new Parsed.Column(
        t(keyword),
        t("String"),
        nullable,
        nullable == null ? null : AT,
        optional,
        null,
        null,
        "d",
        AT);
  }

  private static Optional<SchemaSet> check(List<Parsed.Column> columns, ListDiagnostics d) {
    Parsed.Report report =
        new Parsed.Report(
            t("R"),
            "R",
            t("rows"),
            "d",
            List.of(new Parsed.Endpoint(t("getR"), null, null, AT)),
            false,
            columns,
            AT);
    return SchemaChecker.check(
        List.of(new Parsed.File("t.yaml", true, List.of(), List.of(report))), "Reports", d);
  }

  @ParameterizedTest(name = "nullable={0} optional={1} -> nullable {2}")
  @CsvSource({
    ", false, false",
    ", true, true",
    "true, false, true",
    "true, true, true",
    "false, false, false",
  })
  void nullableDefaults(Boolean nullable, boolean optional, boolean expected) {
    ListDiagnostics d = new ListDiagnostics();
    ColumnDef c =
        check(List.of(column("c", nullable, optional)), d)
            .orElseThrow()
            .reports()
            .get(0)
            .columns()
            .get(0);
    assertThat(c.nullable()).isEqualTo(expected);
    assertThat(c.optional()).isEqualTo(optional);
    assertThat(c.type()).isEqualTo(ColumnType.STRING);
  }

  @Test
  void optionalButNotNullable() {
    ListDiagnostics d = new ListDiagnostics();
    assertThat(check(List.of(column("c", false, true)), d)).isEmpty();
    assertThat(d.tags()).containsExactly("RG206");
  }

  @Test
  void incompleteFileYieldsNoSetButNoErrorEither() {
    ListDiagnostics d = new ListDiagnostics();
    Optional<SchemaSet> set =
        SchemaChecker.check(
            List.of(new Parsed.File("t.yaml", false, List.of(), List.of())), "Reports", d);
    assertThat(set).isEmpty();
    assertThat(d.entries()).isEmpty();
  }

  @Test
  void typeNamesCoverEveryColumnType() {
    assertThat(SchemaChecker.TYPE_NAMES.values()).containsExactlyElementsIn(ColumnType.values());
    assertThat(SchemaChecker.TYPE_SPELLINGS).hasSize(ColumnType.values().length);
  }
}
