package dev.reportgen.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.reportgen.processor.schema.ColumnDef;
import dev.reportgen.processor.schema.ReportDef;
import dev.reportgen.runtime.Column;
import dev.reportgen.runtime.ColumnType;
import dev.reportgen.runtime.ReportKind;
import dev.reportgen.runtime.ReportType;
import dev.reportgen.runtime.RowExtras;
import dev.reportgen.runtime.spi.Cell;
import dev.reportgen.runtime.spi.RowDecoder;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Report>Parser implements ReportType<Report>}: the column table the runtime maps
 * each response header against (once per response), and a {@code Decoder} that fills one row with a
 * {@code switch} on the column index: no reflection, no per-row name lookups.
 */
final class ParserWriter {
  private static final ClassName LIST = ClassName.get(List.class);

  private final GeneratedNames names;

  ParserWriter(GeneratedNames names) {
    this.names = names;
  }

  TypeSpec write(ReportDef report) {
    ClassName self = names.parserType(report);
    ClassName record = names.recordType(report);
    ClassName decoder = self.nestedClass("Decoder");

    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(ClassName.get(ReportType.class), record))
            .addJavadoc(
                "Reads {@link $T} rows: the column table and row decoder for report {@code $L}.\n",
                record,
                report.name());
    names.start(type);

    type.addField(
        FieldSpec.builder(self, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The one instance; the parser is stateless.\n")
            .initializer("new $T()", self)
            .build());
    type.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(LIST, ClassName.get(Column.class)),
                "COLUMNS",
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer(columnsTable(report))
            .build());
    type.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(LIST, ClassName.get(String.class)),
                "ENDPOINTS",
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer(stringList(report.endpointNames()))
            .build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());

    type.addMethod(getter("name", ClassName.get(String.class), CodeBlock.of("$S", report.name())));
    type.addMethod(
        getter("title", ClassName.get(String.class), CodeBlock.of("$S", report.title())));
    type.addMethod(
        getter(
            "endpoints",
            ParameterizedTypeName.get(LIST, ClassName.get(String.class)),
            CodeBlock.of("ENDPOINTS")));
    type.addMethod(
        getter(
            "kind",
            ClassName.get(ReportKind.class),
            CodeBlock.of("$T.$L", ReportKind.class, report.kind().name())));
    type.addMethod(
        getter(
            "columns",
            ParameterizedTypeName.get(LIST, ClassName.get(Column.class)),
            CodeBlock.of("COLUMNS")));
    type.addMethod(
        getter(
            "additionalFields", TypeName.BOOLEAN, CodeBlock.of("$L", report.additionalFields())));
    type.addMethod(
        getter(
            "recordType",
            ParameterizedTypeName.get(ClassName.get(Class.class), record),
            CodeBlock.of("$T.class", record)));
    type.addMethod(
        MethodSpec.methodBuilder("newDecoder")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(RowDecoder.class), record))
            .addStatement("return new $T()", decoder)
            .build());
    type.addMethod(valueMethod(report, record));
    type.addMethod(
        MethodSpec.methodBuilder("extras")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(RowExtras.class)
            .addParameter(record, "row")
            .addStatement("return row.extras()")
            .build());
    type.addType(decoderType(report, record, decoder));
    return type.build();
  }

  private static MethodSpec getter(String name, TypeName returns, CodeBlock value) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns)
        .addStatement("return $L", value)
        .build();
  }

  private static CodeBlock columnsTable(ReportDef report) {
    if (report.columns().isEmpty()) {
      return CodeBlock.of("$T.of()", List.class);
    }
    CodeBlock.Builder table = CodeBlock.builder().add("$T.of(\n", List.class).indent().indent();
    for (int i = 0; i < report.columns().size(); i++) {
      ColumnDef column = report.columns().get(i);
      table.add(
          "$T.$L($S,$W$S,$W$T.$L)$L",
          Column.class,
          columnFactory(column),
          column.keyword(),
          column.javaName(),
          ColumnType.class,
          column.type().name(),
          i + 1 < report.columns().size() ? ",\n" : ")");
    }
    return table.unindent().unindent().build();
  }

  /**
   * The {@link Column} factory that says how present a column is: in every header with a value
   * ({@code required}), in every header maybe empty ({@code nullable}), or only in some headers
   * ({@code optional}, which is always nullable).
   */
  private static String columnFactory(ColumnDef column) {
    if (column.optional()) {
      return "optional";
    }
    return column.nullable() ? "nullable" : "required";
  }

  private static CodeBlock stringList(List<String> values) {
    CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", List.class);
    for (int i = 0; i < values.size(); i++) {
      list.add(i == 0 ? "$S" : ",$W$S", values.get(i));
    }
    return list.add(")").build();
  }

  private static MethodSpec valueMethod(ReportDef report, ClassName record) {
    CodeBlock.Builder body = CodeBlock.builder().add("return switch (column) {\n").indent();
    for (int i = 0; i < report.columns().size(); i++) {
      body.add("case $L -> row.$L();\n", i, report.columns().get(i).javaName());
    }
    body.add("default -> throw new $T(column);\n", IndexOutOfBoundsException.class);
    body.unindent().add("};\n");
    return MethodSpec.methodBuilder("value")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(Nullness.nullable(ClassName.get(Object.class)))
        .addParameter(record, "row")
        .addParameter(TypeName.INT, "column")
        .addCode(body.build())
        .build();
  }

  private TypeSpec decoderType(ReportDef report, ClassName record, ClassName decoder) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(decoder)
            // Its fields are null between rows by design; the runtime sets every non-nullable
            // column before build(). Nullness is not what this class can state.
            .addAnnotation(Nullness.NULL_UNMARKED)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(ClassName.get(RowDecoder.class), record));
    MethodSpec.Builder reset =
        MethodSpec.methodBuilder("reset")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC);
    CodeBlock.Builder set = CodeBlock.builder().add("switch (column) {\n").indent();
    CodeBlock.Builder args = CodeBlock.builder();
    for (int i = 0; i < report.columns().size(); i++) {
      ColumnDef column = report.columns().get(i);
      TypeName javaType = TypeMapping.javaType(column, names);
      type.addField(javaType, column.javaName(), Modifier.PRIVATE);
      reset.addStatement("this.$L = $L", column.javaName(), TypeMapping.resetValue(javaType));
      set.add(
          "case $L -> this.$L = $L;\n",
          i,
          column.javaName(),
          TypeMapping.decode(column, names, "cell"));
      args.add("this.$L,$W", column.javaName());
    }
    set.add("default -> throw new $T(column);\n", IndexOutOfBoundsException.class);
    set.unindent().add("}\n");
    type.addMethod(reset.build());
    type.addMethod(
        MethodSpec.methodBuilder("set")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(TypeName.INT, "column")
            .addParameter(Cell.class, "cell")
            .addCode(set.build())
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("build")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(record)
            .addParameter(RowExtras.class, "extras")
            .addStatement("return new $T($Lextras)", record, args.build())
            .build());
    return type.build();
  }
}
