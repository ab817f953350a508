package dev.reportgen.processor;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import dev.reportgen.runtime.Column;
import dev.reportgen.runtime.ColumnType;
import dev.reportgen.runtime.ReportType;
import java.util.HashMap;
import java.util.Map;
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
    Class<?> type = new GeneratedClasses(compilation).load(name);
    return (ReportType<?>) type.getField("INSTANCE").get(null);
  }
}
