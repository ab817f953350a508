package dev.reportgen.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.reportgen.processor.schema.ColumnDef;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Column type to Java type, {@code Cell} accessor and reset value. Non-nullable INTEGER and FLOAT
 * are the primitives {@code long} and {@code double}; everything else is a reference type that is
 * {@code null} when absent.
 */
final class TypeMapping {
  private TypeMapping() {}

  /**
   * The record component type of {@code column}: {@code @Nullable} on the type use when the column
   * is nullable.
   */
  static TypeName javaType(ColumnDef column, GeneratedNames names) {
    TypeName type = plainType(column, names);
    return column.nullable() || column.optional() ? Nullness.nullable(type) : type;
  }

  private static TypeName plainType(ColumnDef column, GeneratedNames names) {
    boolean nullable = column.nullable() || column.optional();
    return switch (column.type()) {
      case DATE -> ClassName.get(LocalDate.class);
      case DATETIME -> ClassName.get(Instant.class);
      case INTEGER -> nullable ? ClassName.get(Long.class) : TypeName.LONG;
      case FLOAT -> nullable ? ClassName.get(Double.class) : TypeName.DOUBLE;
      case STRING -> ClassName.get(String.class);
      case ENUM -> names.enumType(column.enumName());
    };
  }

  /** The expression decoding {@code cell} for {@code column}, e.g. {@code cell.int64OrNull()}. */
  static CodeBlock decode(ColumnDef column, GeneratedNames names, String cell) {
    boolean nullable = column.nullable() || column.optional();
    String suffix = nullable ? "OrNull" : "";
    return switch (column.type()) {
      case DATE -> CodeBlock.of("$L.date$L()", cell, suffix);
      case DATETIME -> CodeBlock.of("$L.dateTime$L()", cell, suffix);
      case INTEGER -> CodeBlock.of("$L.int64$L()", cell, suffix);
      case FLOAT -> CodeBlock.of("$L.float64$L()", cell, suffix);
      case STRING -> CodeBlock.of("$L.string$L()", cell, suffix);
      case ENUM ->
          CodeBlock.of(
              "$L.enumValue$L($T.LOOKUP)", cell, suffix, names.enumType(column.enumName()));
    };
  }

  /**
   * The value a decoder field is reset to before each row: {@code null}, {@code 0L} or {@code 0.0}.
   */
  static CodeBlock resetValue(TypeName type) {
    if (type.equals(TypeName.LONG)) {
      return CodeBlock.of("0L");
    }
    if (type.equals(TypeName.DOUBLE)) {
      return CodeBlock.of("0.0");
    }
    return CodeBlock.of("null");
  }

  /** The type as the schema language spells it, for Javadoc. */
  static String schemaTypeName(ColumnDef column) {
    return switch (column.type()) {
      case DATE -> "DATE";
      case DATETIME -> "DATETIME";
      case INTEGER -> "Integer";
      case FLOAT -> "Float";
      case STRING -> "String";
      case ENUM -> "Enum";
    };
  }
}
