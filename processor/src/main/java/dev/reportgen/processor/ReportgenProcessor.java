package dev.reportgen.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.reportgen.processor.check.SchemaReader;
import dev.reportgen.processor.codegen.CodeGenerator;
import dev.reportgen.processor.codegen.GeneratedSource;
import dev.reportgen.processor.diagnostics.Messages;
import dev.reportgen.processor.schema.SchemaFile;
import dev.reportgen.processor.schema.SchemaSet;
import dev.reportgen.runtime.ReportSchemas;
import dev.reportgen.runtime.spi.ReportgenGenerated;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * The reportgen annotation processor: for each element annotated with {@link ReportSchemas} it
 * reads the named YAML schema files, checks them, and generates enums, records, parsers and a
 * registry into the element's package.
 *
 * <p>Every problem becomes a compiler error on the annotation ({@code file:line:column: [RGxxx]
 * text}); a schema set with any error generates nothing; an unexpected exception becomes an RG902
 * error naming the bug, never a processor crash.
 */
@AutoService(Processor.class)
public final class ReportgenProcessor extends AbstractProcessor {
  private static final String ANNOTATION = ReportSchemas.class.getCanonicalName();

  private ProcessorOptions options = ProcessorOptions.defaults();
  private boolean optionErrors;

  /** Qualified names written so far in this compile, to refuse a second set writing one again. */
  private final Set<String> written = new HashSet<>();

  /** The registries generated so far, for the service file written when processing is over. */
  private final CatalogServiceFile serviceFile = new CatalogServiceFile();

  /** For the service loader and for tests. */
  public ReportgenProcessor() {}

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    MessagerDiagnostics diagnostics =
        new MessagerDiagnostics(processingEnv.getMessager(), null, null);
    options = ProcessorOptions.parse(processingEnv.getOptions(), diagnostics);
    optionErrors = diagnostics.hasErrors();
  }

  /**
   * {@code @ReportSchemas}, plus the declaration annotations the generated code carries: claiming
   * them keeps {@code -Xlint:processing} from warning that no processor handled them in the next
   * round.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(
        ANNOTATION,
        ReportgenGenerated.class.getCanonicalName(),
        "javax.annotation.processing.Generated",
        "org.jspecify.annotations.NullMarked",
        "org.jspecify.annotations.NullUnmarked");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return ProcessorOptions.names();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement annotation = processingEnv.getElementUtils().getTypeElement(ANNOTATION);
    if (annotation == null) {
      return false;
    }
    for (Element element : round.getElementsAnnotatedWith(annotation)) {
      process(element);
    }
    if (round.processingOver()) {
      writeServiceFile();
    }
    return true;
  }

  private void process(Element element) {
    AnnotationMirror mirror = mirror(element);
    MessagerDiagnostics diagnostics =
        new MessagerDiagnostics(processingEnv.getMessager(), element, mirror);
    try {
      if (optionErrors) {
        return;
      }
      ReportSchemas schemas = element.getAnnotation(ReportSchemas.class);
      PackageElement pkg = processingEnv.getElementUtils().getPackageOf(element);
      String packageName = pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString();

      List<SchemaFiles.Found> found =
          new SchemaFiles(options.schemaPath(), processingEnv.getFiler())
              .read(List.of(schemas.value()), diagnostics);
      if (diagnostics.hasErrors()) {
        return;
      }
      List<SchemaFile> files = new ArrayList<>();
      for (SchemaFiles.Found file : found) {
        files.add(file.file());
        if (options.verbose()) {
          diagnostics.note("reportgen: reading " + file.file().name() + " from " + file.location());
        }
      }
      Optional<SchemaSet> set = SchemaReader.read(files, schemas.registry(), diagnostics);
      if (set.isEmpty() || diagnostics.hasErrors()) {
        return;
      }
      write(new CodeGenerator(packageName).generate(set.get(), element), diagnostics);
      if (!diagnostics.hasErrors()) {
        String registry = schemas.registry();
        serviceFile.add(packageName.isEmpty() ? registry : packageName + "." + registry, element);
      }
    } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
      diagnostics.error(
          null, Messages.processorInternalError("processing @ReportSchemas on " + element, e));
    }
  }

  /** The service file naming every registry of this compile, once, in the last round. */
  private void writeServiceFile() {
    try {
      serviceFile.write(processingEnv.getFiler());
    } catch (IOException e) {
      new MessagerDiagnostics(processingEnv.getMessager(), null, null)
          .error(null, Messages.cannotWrite(CatalogServiceFile.PATH, String.valueOf(e)));
    }
  }

  /** Writes every file, or none when one of them was already written by another set. */
  private void write(List<JavaFile> files, MessagerDiagnostics diagnostics) {
    boolean clash = false;
    for (JavaFile file : files) {
      String name = qualifiedName(file);
      if (written.contains(name)) {
        diagnostics.error(
            null,
            Messages.cannotWrite(
                name, "another @ReportSchemas of this compile already generated it"));
        clash = true;
      }
    }
    if (clash) {
      return;
    }
    for (JavaFile file : files) {
      String name = qualifiedName(file);
      written.add(name);
      try {
        writeSource(name, file);
        if (options.verbose()) {
          diagnostics.note("reportgen: generated " + name);
        }
      } catch (FilerException e) {
        diagnostics.error(null, Messages.cannotWrite(name, e.getMessage()));
      } catch (IOException e) {
        diagnostics.error(null, Messages.cannotWrite(name, String.valueOf(e)));
      }
    }
  }

  /** Writes one file as JavaPoet lays it out, with its Javadoc wrapped like the code. */
  private void writeSource(String name, JavaFile file) throws IOException {
    JavaFileObject source =
        processingEnv
            .getFiler()
            .createSourceFile(name, file.typeSpec().originatingElements().toArray(new Element[0]));
    try (Writer writer = source.openWriter()) {
      writer.write(GeneratedSource.text(file));
    }
  }

  private static String qualifiedName(JavaFile file) {
    return file.packageName().isEmpty()
        ? file.typeSpec().name()
        : file.packageName() + "." + file.typeSpec().name();
  }

  private static AnnotationMirror mirror(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      Element type = mirror.getAnnotationType().asElement();
      if (type instanceof TypeElement t && t.getQualifiedName().contentEquals(ANNOTATION)) {
        return mirror;
      }
    }
    return null;
  }
}
