package dev.reportgen.processor.codegen;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.reportgen.processor.ProcessorMessages;
import dev.reportgen.processor.diagnostics.Diagnostics;
import dev.reportgen.processor.schema.ColumnDef;
import dev.reportgen.processor.schema.EnumDef;
import dev.reportgen.processor.schema.EnumValueDef;
import dev.reportgen.processor.schema.ReportDef;
import dev.reportgen.processor.schema.SchemaSet;
import dev.reportgen.processor.schema.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;

/**
 * Turns one validated {@link SchemaSet} into Java files, in a fixed order: enums, then record and
 * parser per report, then the registry. Pure: same input, same bytes.
 *
 * <p>Before writing anything it checks what only code generation knows about (the registry name,
 * clashes between generated type names, members every generated type has). If any check fails it
 * reports every problem and returns empty: a set with errors yields no code at all.
 */
public final class CodeGenerator {
  /** Record members a component may not be named after: {@code type()} and Object's methods. */
  private static final Set<String> RESERVED_COMPONENTS =
      Set.of(
          "type",
          "extras",
          "clone",
          "finalize",
          "getClass",
          "hashCode",
          "notify",
          "notifyAll",
          "toString",
          "wait",
          "equals");

  private static final Set<String> RESERVED_CONSTANTS = Set.of("UNKNOWN", "LOOKUP");

  private final String packageName;
  private final String registry;

  /**
   * @param packageName the package of the annotated element, where everything is generated
   * @param registry the simple name of the registry class ({@code @ReportSchemas.registry()})
   */
  public CodeGenerator(String packageName, String registry) {
    this.packageName = packageName;
    this.registry = registry;
  }

  /**
   * The files for {@code set}, or empty after reporting why none can be generated.
   *
   * @param originating the annotated element(s) the files come from, for incremental builds
   */
  public Optional<List<JavaFile>> generate(
      SchemaSet set, Diagnostics diagnostics, Element... originating) {
    if (!check(set, diagnostics)) {
      return Optional.empty();
    }
    GeneratedNames names = new GeneratedNames(packageName, registry, set, List.of(originating));
    EnumWriter enums = new EnumWriter(names);
    RecordWriter records = new RecordWriter(names);
    ParserWriter parsers = new ParserWriter(names);
    List<TypeSpec> types = new ArrayList<>();
    for (EnumDef def : set.enums()) {
      types.add(enums.write(def));
    }
    for (ReportDef report : set.reports()) {
      types.add(records.write(report));
      types.add(parsers.write(report));
    }
    types.add(new RegistryWriter(names).write(set));
    List<JavaFile> files = new ArrayList<>();
    for (TypeSpec type : types) {
      files.add(
          JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("  ").build());
    }
    return Optional.of(List.copyOf(files));
  }

  private boolean check(SchemaSet set, Diagnostics diagnostics) {
    boolean ok = true;
    if (!SourceVersion.isName(registry) || registry.contains(".")) {
      diagnostics.error(null, ProcessorMessages.badRegistryName(registry));
      ok = false;
    }
    Map<String, String> owners = new HashMap<>();
    Map<String, SourceLocation> where = new LinkedHashMap<>();
    for (EnumDef def : set.enums()) {
      ok &= claim(owners, where, def.name(), "enum " + def.name(), def.location(), diagnostics);
    }
    for (ReportDef report : set.reports()) {
      ok &=
          claim(owners, where, report.name(), "report " + report.name(), report.location(), diagnostics);
      ok &=
          claim(
              owners,
              where,
              GeneratedNames.parserName(report.name()),
              "the parser of report " + report.name(),
              report.location(),
              diagnostics);
    }
    ok &= claim(owners, where, registry, "the registry (@ReportSchemas.registry)", null, diagnostics);

    for (ReportDef report : set.reports()) {
      for (ColumnDef column : report.columns()) {
        if (RESERVED_COMPONENTS.contains(column.javaName())) {
          diagnostics.error(
              column.location(),
              ProcessorMessages.reservedComponent(report.name(), column.javaName()));
          ok = false;
        }
      }
    }
    for (EnumDef def : set.enums()) {
      Set<Integer> codes = new HashSet<>();
      for (EnumValueDef value : def.values()) {
        if (RESERVED_CONSTANTS.contains(value.constant())) {
          diagnostics.error(
              value.location(), ProcessorMessages.reservedConstant(def.name(), value.constant()));
          ok = false;
        }
        if (def.integerCodes()) {
          Integer code = parseInt(value.wire());
          if (code == null) {
            diagnostics.error(
                value.location(), ProcessorMessages.codeOutOfRange(def.name(), value.wire()));
            ok = false;
          } else if (!codes.add(code)) {
            diagnostics.error(
                value.location(), ProcessorMessages.duplicateCode(def.name(), value.wire()));
            ok = false;
          }
        }
      }
    }
    return ok;
  }

  private static Integer parseInt(String wire) {
    try {
      return Integer.parseInt(wire.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean claim(
      Map<String, String> owners,
      Map<String, SourceLocation> where,
      String name,
      String owner,
      SourceLocation location,
      Diagnostics diagnostics) {
    String previous = owners.putIfAbsent(name, owner);
    if (previous == null) {
      where.put(name, location);
      return true;
    }
    diagnostics.error(
        location != null ? location : where.get(name),
        ProcessorMessages.nameClash(name, previous, owner));
    return false;
  }
}
