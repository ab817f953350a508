package dev.reportgen.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import dev.reportgen.processor.schema.ReportDef;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * The class names of everything generated for one schema set in one package: {@code <Enum>}, {@code
 * <Report>}, {@code <Report>Parser} and the registry. Generated code names {@code java.lang} types
 * by their simple names; the checker refuses schema names that would hide one (RG224), so none
 * needs qualifying here.
 */
final class GeneratedNames {
  private final String packageName;
  private final String registry;
  private final List<Element> originating;

  GeneratedNames(String packageName, String registry, List<Element> originating) {
    this.packageName = packageName;
    this.registry = registry;
    this.originating = List.copyOf(originating);
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
   * Starts a top-level type: the {@code @Generated} annotations and the originating elements (for
   * incremental builds). (Set here, not through {@code TypeSpec.toBuilder()}, which drops a
   * record's components in JavaPoet 0.22.0.)
   */
  TypeSpec.Builder start(TypeSpec.Builder type) {
    GeneratedAnnotations.addTo(type);
    for (Element element : originating) {
      type.addOriginatingElement(element);
    }
    return type;
  }
}
