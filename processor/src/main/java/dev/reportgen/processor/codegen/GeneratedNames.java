package dev.reportgen.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import dev.reportgen.processor.schema.EnumDef;
import dev.reportgen.processor.schema.ReportDef;
import dev.reportgen.processor.schema.SchemaSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * The class names of everything generated for one schema set in one package: {@code <Enum>},
 * {@code <Report>}, {@code <Report>Parser} and the registry.
 */
final class GeneratedNames {
  /**
   * java.lang types that generated code names by simple name. A generated type with one of these
   * names would shadow the java.lang type inside the package, so such names are always written
   * fully qualified.
   */
  private static final Set<String> JAVA_LANG_USED =
      Set.of(
          "Double",
          "IndexOutOfBoundsException",
          "Integer",
          "Long",
          "Object",
          "Override",
          "String",
          "Class");

  private final String packageName;
  private final String registry;
  private final Set<String> shadowing = new LinkedHashSet<>();
  private final List<Element> originating;

  GeneratedNames(
      String packageName, String registry, SchemaSet set, List<Element> originating) {
    this.packageName = packageName;
    this.originating = List.copyOf(originating);
    this.registry = registry;
    for (String name : simpleNames(set, registry)) {
      if (JAVA_LANG_USED.contains(name)) {
        shadowing.add(name);
      }
    }
  }

  /** Every simple name the set generates, in generation order (may contain duplicates). */
  static List<String> simpleNames(SchemaSet set, String registry) {
    List<String> names = new java.util.ArrayList<>();
    for (EnumDef e : set.enums()) {
      names.add(e.name());
    }
    for (ReportDef r : set.reports()) {
      names.add(r.name());
      names.add(parserName(r.name()));
    }
    names.add(registry);
    return names;
  }

  static String parserName(String reportName) {
    return reportName + "Parser";
  }

  String packageName() {
    return packageName;
  }

  ClassName enumType(String name) {
    return ClassName.get(packageName, name);
  }

  ClassName recordType(ReportDef report) {
    return ClassName.get(packageName, report.name());
  }

  ClassName parserType(ReportDef report) {
    return ClassName.get(packageName, parserName(report.name()));
  }

  ClassName registryType() {
    return ClassName.get(packageName, registry);
  }

  /**
   * Starts a top-level type: the {@code @Generated} annotations, the originating elements (for
   * incremental builds) and the names to qualify. (Set here, not through {@code
   * TypeSpec.toBuilder()}, which drops a record's components in JavaPoet 0.22.0.)
   */
  TypeSpec.Builder start(TypeSpec.Builder type) {
    GeneratedAnnotations.addTo(type);
    for (Element element : originating) {
      type.addOriginatingElement(element);
    }
    return type.alwaysQualify(alwaysQualify());
  }

  /** Simple names to always qualify in generated files (generated types shadowing java.lang). */
  String[] alwaysQualify() {
    Set<String> names = new LinkedHashSet<>(shadowing);
    return names.toArray(new String[0]);
  }
}
