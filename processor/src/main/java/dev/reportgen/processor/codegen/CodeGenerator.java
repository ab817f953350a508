package dev.reportgen.processor.codegen;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.reportgen.processor.schema.EnumDef;
import dev.reportgen.processor.schema.ReportDef;
import dev.reportgen.processor.schema.SchemaSet;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * Turns one validated {@link SchemaSet} into Java files, in a fixed order: enums, then record and
 * parser per report, then the registry. Pure: same input, same bytes.
 *
 * <p>It checks nothing: every rule, including those about generated names (reserved members,
 * clashing class names, the registry's name), is the checker's, and only a set that passed them
 * reaches this class.
 */
public final class CodeGenerator {
  private final String packageName;

  /**
   * @param packageName the package of the annotated element, where everything is generated
   */
  public CodeGenerator(String packageName) {
    this.packageName = packageName;
  }

  /**
   * The files for {@code set}.
   *
   * @param originating the annotated element(s) the files come from, for incremental builds
   */
  public List<JavaFile> generate(SchemaSet set, Element... originating) {
    GeneratedNames names = new GeneratedNames(packageName, set.registry(), List.of(originating));
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
      files.add(JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("  ").build());
    }
    return List.copyOf(files);
  }
}
