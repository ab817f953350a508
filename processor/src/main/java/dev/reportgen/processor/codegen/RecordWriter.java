package dev.reportgen.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.reportgen.processor.schema.ColumnDef;
import dev.reportgen.processor.schema.ReportDef;
import dev.reportgen.runtime.ReportKind;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.RowExtras;
import javax.lang.model.element.Modifier;

/**
 * Writes the record for one report: one component per column in schema order, then {@code extras};
 * Javadoc from the schema with each wire keyword; a static {@code type()} returning the parser.
 */
final class RecordWriter {
  private final GeneratedNames names;

  RecordWriter(GeneratedNames names) {
    this.names = names;
  }

  TypeSpec write(ReportDef report) {
    ClassName self = names.recordType(report);
    MethodSpec.Builder components = MethodSpec.constructorBuilder();
    for (ColumnDef column : report.columns()) {
      components.addParameter(TypeMapping.javaType(column, names), column.javaName());
    }
    components.addParameter(RowExtras.class, "extras");

    TypeSpec.Builder type =
        TypeSpec.recordBuilder(self)
            .addModifiers(Modifier.PUBLIC)
            .recordConstructor(components.build())
            .addJavadoc("$L", javadoc(report));
    names.start(type);
    type.addMethod(
        MethodSpec.methodBuilder("type")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ParameterizedTypeName.get(ClassName.get(ReportType.class), self))
            .addJavadoc("The parser for this report.\n")
            .addStatement("return $T.INSTANCE", names.parserType(report))
            .build());
    return type.build();
  }

  private String javadoc(ReportDef report) {
    StringBuilder doc = new StringBuilder();
    doc.append(JavadocText.titled(report.title(), report.description())).append("\n\n");
    doc.append("<p>Returned by ");
    for (int i = 0; i < report.endpointNames().size(); i++) {
      doc.append(i == 0 ? "" : ", ").append(JavadocText.code(report.endpointNames().get(i)));
    }
    doc.append(".");
    if (report.kind() == ReportKind.SUMMARY) {
      doc.append(" A summary report: every response holds exactly one row.");
    }
    if (report.additionalFields()) {
      doc.append(
          " Rows may carry custom-field columns named at run time; they are kept in {@link"
              + " RowExtras#columns()}.");
    }
    doc.append("\n\n");
    for (ColumnDef column : report.columns()) {
      doc.append("@param ").append(column.javaName()).append(' ');
      doc.append(JavadocText.code(column.keyword())).append(" (");
      doc.append(TypeMapping.schemaTypeName(column));
      if (column.enumName() != null) {
        doc.append(" {@link ").append(column.enumName()).append('}');
      }
      if (column.nullable() || column.optional()) {
        doc.append(", nullable");
      }
      if (column.optional()) {
        doc.append(", optional");
      }
      doc.append(')');
      String prose = JavadocText.prose(column.description());
      if (!prose.isEmpty()) {
        doc.append(": ").append(prose);
      }
      doc.append('\n');
    }
    doc.append("@param extras columns not in the schema and raw text of unknown enum values\n");
    return doc.toString();
  }
}
