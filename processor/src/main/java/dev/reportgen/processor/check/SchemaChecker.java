package dev.reportgen.processor.check;

import dev.reportgen.processor.diagnostics.Diagnostics;
import dev.reportgen.processor.diagnostics.DidYouMean;
import dev.reportgen.processor.diagnostics.Message;
import dev.reportgen.processor.diagnostics.Messages;
import dev.reportgen.processor.diagnostics.SourceLocation;
import dev.reportgen.processor.schema.ColumnDef;
import dev.reportgen.processor.schema.EndpointDef;
import dev.reportgen.processor.schema.EnumDef;
import dev.reportgen.processor.schema.EnumValueDef;
import dev.reportgen.processor.schema.Parsed;
import dev.reportgen.processor.schema.ReportDef;
import dev.reportgen.processor.schema.SchemaSet;
import dev.reportgen.runtime.ColumnType;
import dev.reportgen.runtime.ReportKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The semantic pass over a whole schema set (RG2xx): type names, report kinds, enum references,
 * Java names, duplicates within an enum, a report and across the set. Every problem is reported;
 * the validated {@link SchemaSet} is built only when the set is complete and nothing was wrong.
 */
public final class SchemaChecker {
  /** Column type names as the schema language spells them; matched ignoring case. */
  public static final Map<String, ColumnType> TYPE_NAMES = columnTypes();

  /** Column type names as documented, for messages and suggestions. */
  public static final List<String> TYPE_SPELLINGS =
      List.of("DATE", "DATETIME", "Integer", "Float", "String", "Enum");

  /** Report kinds as the schema language spells them; matched ignoring case. */
  public static final Map<String, ReportKind> KIND_NAMES =
      Map.of("rows", ReportKind.ROWS, "summary", ReportKind.SUMMARY);

  private static final List<String> KIND_SPELLINGS = List.of("rows", "summary");

  private final Diagnostics diagnostics;
  private boolean failed;

  /** Every Java type name generated for the set: report, parser, enum; for RG220. */
  private final Map<String, Owner> typeNames = new HashMap<>();

  /** Enum names defined in the set, in order; for RG203. */
  private final Map<String, Parsed.EnumType> enumsByName = new LinkedHashMap<>();

  private record Owner(String what, String name, SourceLocation location) {}

  /** The endpoint rules, which span the set (an endpoint, a constant, a URL once per set). */
  private final EndpointRules endpointRules;

  private final String registry;

  private SchemaChecker(String registry, Diagnostics diagnostics) {
    this.registry = registry;
    this.diagnostics = diagnostics;
    this.endpointRules = new EndpointRules(diagnostics);
  }

  /**
   * Checks {@code files} (in reading order) as one schema set whose registry class is {@code
   * registry}. Returns the validated set, or empty when this check reported anything or some file
   * could not be read.
   */
  public static Optional<SchemaSet> check(
      List<Parsed.File> files, String registry, Diagnostics diagnostics) {
    return new SchemaChecker(registry, diagnostics).run(files);
  }

  private Optional<SchemaSet> run(List<Parsed.File> files) {
    checkRegistryName();
    boolean complete = true;
    for (Parsed.File f : files) {
      complete &= f.complete();
      for (Parsed.EnumType e : f.enums()) {
        if (e.name() == null) {
          complete = false;
        } else {
          enumsByName.putIfAbsent(e.name().value(), e);
        }
      }
    }
    List<EnumDef> enums = new ArrayList<>();
    List<ReportDef> reports = new ArrayList<>();
    for (Parsed.File f : files) {
      for (Parsed.EnumType e : f.enums()) {
        EnumDef def = checkEnum(e);
        if (def != null) {
          enums.add(def);
        }
      }
      for (Parsed.Report r : f.reports()) {
        ReportDef def = checkReport(r, complete);
        if (def != null) {
          reports.add(def);
        }
      }
    }
    if (failed || !complete) {
      return Optional.empty();
    }
    return Optional.of(
        new SchemaSet(
            files.stream().map(Parsed.File::name).toList(),
            registry,
            List.copyOf(enums),
            List.copyOf(reports)));
  }

  // ------------------------------------------------------------------ enums

  private EnumDef checkEnum(Parsed.EnumType e) {
    String name = null;
    if (e.name() != null) {
      name = e.name().value();
      checkTypeName("enum", e.name());
      claimTypeName(new Owner("enum '" + name + "'", name, e.name().location()));
    }
    String label = name == null ? "?" : name;
    if (e.values() == null) {
      return null;
    }
    if (e.values().isEmpty()) {
      error(e.location(), Messages.enumWithoutValues(label));
      return null;
    }
    Parsed.Value firstValue = e.values().get(0);
    boolean integerCodes = firstValue.integer();
    boolean mixedReported = false;
    Map<String, Parsed.Value> wires = new HashMap<>();
    Map<String, Parsed.Value> constants = new HashMap<>();
    List<EnumValueDef> values = new ArrayList<>();
    for (Parsed.Value v : e.values()) {
      if (v.wire() != null) {
        if (v.integer() != integerCodes && !mixedReported) {
          mixedReported = true;
          error(
              v.wire().location(),
              Messages.mixedWireKinds(label, v.wire().value(), v.integer(), firstValue.location()));
        }
        Parsed.Value first = wires.putIfAbsent(v.wire().value(), v);
        if (first != null) {
          error(
              v.wire().location(),
              Messages.duplicateWire(label, v.wire().value(), first.wire().location()));
        }
      }
      if (v.constant() != null) {
        checkConstant(v.constant());
        Parsed.Value first = constants.putIfAbsent(v.constant().value(), v);
        if (first != null) {
          error(
              v.constant().location(),
              Messages.duplicateConstant(label, v.constant().value(), first.constant().location()));
        }
      }
      if (v.wire() != null && v.constant() != null && v.description() != null) {
        values.add(
            new EnumValueDef(
                v.wire().value(), v.constant().value(), v.description(), v.location()));
      }
    }
    if (name == null || e.description() == null || values.size() != e.values().size()) {
      return null;
    }
    return new EnumDef(name, e.description(), integerCodes, List.copyOf(values), e.location());
  }

  private void checkConstant(Parsed.Text constant) {
    String c = constant.value();
    String reason = null;
    if (JavaNames.RESERVED_CONSTANTS.contains(c)) {
      reason = "is reserved: the generated enum declares " + c + " itself";
      error(constant.location(), Messages.invalidConstant(c, reason, Optional.of(c + "_VALUE")));
      return;
    } else if (JavaNames.isKeyword(c)) {
      reason = "is a Java keyword";
    } else if (!JavaNames.isUpperSnake(c)) {
      reason =
          "is not an UPPER_SNAKE_CASE Java identifier (capital letters, digits and single '_',"
              + " starting with a letter)";
    }
    if (reason != null) {
      String s = JavaNames.upperSnake(c);
      Optional<String> suggestion =
          JavaNames.isUpperSnake(s) && !s.equals(c) && !JavaNames.RESERVED_CONSTANTS.contains(s)
              ? Optional.of(s)
              : Optional.empty();
      error(constant.location(), Messages.invalidConstant(c, reason, suggestion));
    }
  }

  // ------------------------------------------------------------------ reports

  private ReportDef checkReport(Parsed.Report r, boolean enumsComplete) {
    String name = null;
    if (r.name() != null) {
      name = r.name().value();
      checkTypeName("report", r.name());
      if (claimTypeName(new Owner("report '" + name + "'", name, r.name().location()))) {
        claimTypeName(
            new Owner(
                "the parser class of report '" + name + "'", name + "Parser", r.name().location()));
      }
    }
    String label = name == null ? "?" : name;
    ReportKind kind = null;
    if (r.kind() != null) {
      kind = KIND_NAMES.get(r.kind().value().toLowerCase(Locale.ROOT));
      if (kind == null) {
        error(
            r.kind().location(),
            Messages.unknownKind(
                r.kind().value(), DidYouMean.suggest(r.kind().value(), KIND_SPELLINGS)));
      }
    }
    List<EndpointDef> endpointDefs = null;
    if (r.endpoints() != null) {
      if (r.endpoints().isEmpty()) {
        error(r.location(), Messages.reportWithoutEndpoints(label));
      }
      endpointDefs = endpointRules.check(label, r.endpoints());
      failed |= endpointDefs == null;
    }
    List<ColumnDef> columns = new ArrayList<>();
    if (r.columns() != null) {
      if (r.columns().isEmpty()) {
        error(r.location(), Messages.reportWithoutColumns(label));
      }
      Map<String, Parsed.Text> keywords = new HashMap<>();
      Map<String, Parsed.Column> javaNames = new HashMap<>();
      for (Parsed.Column c : r.columns()) {
        ColumnDef def = checkColumn(c, keywords, javaNames, enumsComplete);
        if (def != null) {
          columns.add(def);
        }
      }
    }
    if (name == null
        || r.title() == null
        || kind == null
        || r.description() == null
        || endpointDefs == null
        || r.columns() == null
        || columns.size() != r.columns().size()) {
      return null;
    }
    return new ReportDef(
        name,
        r.title(),
        kind,
        r.description(),
        List.copyOf(endpointDefs),
        r.additionalFields(),
        List.copyOf(columns),
        r.location());
  }

  private ColumnDef checkColumn(
      Parsed.Column c,
      Map<String, Parsed.Text> keywords,
      Map<String, Parsed.Column> javaNames,
      boolean enumsComplete) {
    String keyword = c.keyword() == null ? null : c.keyword().value();
    String label = keyword == null ? "?" : keyword;
    if (keyword != null) {
      Parsed.Text first = keywords.putIfAbsent(keyword.toLowerCase(Locale.ROOT), c.keyword());
      if (first != null) {
        error(
            c.keyword().location(),
            Messages.duplicateKeyword(keyword, first.value(), first.location()));
      }
    }
    ColumnType type = null;
    if (c.type() != null) {
      type = TYPE_NAMES.get(c.type().value().toUpperCase(Locale.ROOT));
      if (type == null) {
        error(
            c.type().location(),
            Messages.unknownType(
                c.type().value(),
                DidYouMean.suggest(c.type().value(), typeSpellings()),
                typeSpellings()));
      }
    }
    if (type == ColumnType.ENUM && c.enumRef() == null && c.type() != null) {
      error(c.type().location(), Messages.enumMissing(label));
    }
    if (type != null && type != ColumnType.ENUM && c.enumRef() != null) {
      error(c.enumRef().location(), Messages.enumOnNonEnumColumn(label, c.type().value()));
    } else if (c.enumRef() != null
        && enumsComplete
        && !enumsByName.containsKey(c.enumRef().value())) {
      String ref = c.enumRef().value();
      error(
          c.enumRef().location(),
          Messages.unknownEnum(
              ref, DidYouMean.suggest(ref, enumsByName.keySet()), enumsByName.keySet()));
    }
    if (c.optional() && Boolean.FALSE.equals(c.nullable())) {
      error(c.nullableLocation(), Messages.optionalNotNullable(label));
    }
    String javaName = checkJavaName(c, javaNames);
    if (keyword == null
        || type == null
        || c.description() == null
        || javaName == null
        || (type == ColumnType.ENUM && c.enumRef() == null)) {
      return null;
    }
    boolean nullable = c.nullable() != null ? c.nullable() : c.optional();
    return new ColumnDef(
        keyword,
        javaName,
        type,
        nullable,
        c.optional(),
        type == ColumnType.ENUM ? c.enumRef().value() : null,
        c.description(),
        c.location());
  }

  /** The column's record component name, or null when it is missing or was reported. */
  private String checkJavaName(Parsed.Column c, Map<String, Parsed.Column> javaNames) {
    boolean explicit = c.javaName() != null;
    if (!explicit && c.keyword() == null) {
      return null;
    }
    String keyword = c.keyword() == null ? "?" : c.keyword().value();
    String javaName = explicit ? c.javaName().value() : JavaNames.componentName(keyword);
    SourceLocation where = explicit ? c.javaName().location() : c.keyword().location();
    if (JavaNames.isIdentifierSyntax(javaName) && JavaNames.isKeyword(javaName)) {
      error(where, Messages.javaNameIsKeyword(keyword, javaName, explicit));
      return null;
    }
    if (!JavaNames.isValidIdentifier(javaName)) {
      error(where, Messages.javaNameInvalid(keyword, javaName, explicit));
      return null;
    }
    if (JavaNames.RESERVED_COMPONENTS.contains(javaName)) {
      error(
          where, Messages.javaNameReserved(keyword, javaName, reservedReason(javaName), explicit));
      return null;
    }
    Parsed.Column other = javaNames.putIfAbsent(javaName, c);
    if (other != null) {
      String otherKeyword = other.keyword() == null ? "?" : other.keyword().value();
      if (!otherKeyword.equalsIgnoreCase(keyword)) { // a duplicate keyword is reported as such
        error(where, Messages.javaNameCollision(keyword, otherKeyword, javaName, other.location()));
      }
      return null;
    }
    return javaName;
  }

  private static String reservedReason(String javaName) {
    return switch (javaName) {
      case "extras" ->
          "every generated record has the component 'extras' for columns not in the schema";
      case "type" -> "every generated record has the static method 'type()'";
      case "equals" ->
          "its accessor equals() would sit next to equals(Object) and read as a" + " comparison";
      default -> "Java does not allow a record component named '" + javaName + "' (JLS 8.10.1)";
    };
  }

  // ------------------------------------------------------------------ type names

  /**
   * The registry's name (RG050, RG224), claimed before any report or enum so that a clash is
   * reported where the schema names the other class (RG220).
   */
  private void checkRegistryName() {
    if (!JavaNames.isValidIdentifier(registry)) {
      error(null, Messages.badRegistryName(registry));
    } else if (JavaNames.JAVA_LANG_NAMES.contains(registry)) {
      error(null, Messages.shadowsJavaLang("registry", registry));
    } else {
      typeNames.put(registry, new Owner("the registry (@ReportSchemas registry)", registry, null));
    }
  }

  private void checkTypeName(String what, Parsed.Text name) {
    String n = name.value();
    if (!JavaNames.isUpperCamel(n)) {
      String s = JavaNames.upperCamel(n);
      Optional<String> suggestion =
          JavaNames.isUpperCamel(s) && !s.equals(n) ? Optional.of(s) : Optional.empty();
      error(name.location(), Messages.invalidTypeName(what, n, suggestion));
    } else if (JavaNames.JAVA_LANG_NAMES.contains(n)) {
      error(name.location(), Messages.shadowsJavaLang(what, n));
    }
  }

  /** Registers a generated class name; false (reported) when another element has it. */
  private boolean claimTypeName(Owner owner) {
    Owner other = typeNames.putIfAbsent(owner.name(), owner);
    if (other != null) {
      error(
          owner.location(),
          Messages.duplicateTypeName(owner.name(), owner.what(), other.what(), other.location()));
      return false;
    }
    return true;
  }

  // ------------------------------------------------------------------ helpers

  private void error(SourceLocation where, Message message) {
    failed = true;
    diagnostics.error(where, message);
  }

  private static List<String> typeSpellings() {
    return TYPE_SPELLINGS;
  }

  private static Map<String, ColumnType> columnTypes() {
    Map<String, ColumnType> m = new LinkedHashMap<>();
    for (ColumnType t : ColumnType.values()) {
      m.put(t.name(), t);
    }
    return Map.copyOf(m);
  }
}
