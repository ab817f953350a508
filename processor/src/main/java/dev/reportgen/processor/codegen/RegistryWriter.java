package dev.reportgen.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.reportgen.processor.schema.EndpointDef;
import dev.reportgen.processor.schema.ReportDef;
import dev.reportgen.processor.schema.SchemaSet;
import dev.reportgen.runtime.Endpoint;
import dev.reportgen.runtime.EndpointScope;
import dev.reportgen.runtime.ReportCatalog;
import dev.reportgen.runtime.ReportType;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes the registry of a schema set: {@code types()} in schema order, and {@code forEndpoint} /
 * {@code forName} as string {@code switch}es.
 */
final class RegistryWriter {
  private static final TypeName ANY_TYPE =
      ParameterizedTypeName.get(
          ClassName.get(ReportType.class), WildcardTypeName.subtypeOf(Object.class));
  private static final TypeName ANY_ENDPOINT =
      ParameterizedTypeName.get(
          ClassName.get(Endpoint.class), WildcardTypeName.subtypeOf(Object.class));

  private final GeneratedNames names;

  RegistryWriter(GeneratedNames names) {
    this.names = names;
  }

  TypeSpec write(SchemaSet set) {
    ClassName self = names.registryType();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ReportCatalog.class)
            .addJavadoc("$L", javadoc(set));
    names.start(type);
    type.addField(
        FieldSpec.builder(self, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The one instance.\n")
            .initializer("new $T()", self)
            .build());
    CodeBlock.Builder types = CodeBlock.builder().add("$T.of(", List.class);
    if (!set.reports().isEmpty()) {
      types.add("\n").indent().indent();
      for (int i = 0; i < set.reports().size(); i++) {
        types.add(
            "$T.INSTANCE$L",
            names.parserType(set.reports().get(i)),
            i + 1 < set.reports().size() ? ",\n" : "");
      }
      types.unindent().unindent();
    }
    types.add(")");
    type.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(ClassName.get(List.class), ANY_TYPE),
                "TYPES",
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer(types.build())
            .build());
    CodeBlock.Builder endpoints = CodeBlock.builder().add("$T.of(", List.class);
    boolean first = true;
    for (ReportDef report : set.reports()) {
      for (EndpointDef endpoint : report.endpoints()) {
        String constant = endpoint.constant();
        type.addField(
            FieldSpec.builder(
                    ParameterizedTypeName.get(
                        ClassName.get(Endpoint.class), names.recordType(report)),
                    constant,
                    Modifier.PUBLIC,
                    Modifier.STATIC,
                    Modifier.FINAL)
                .addJavadoc(endpointJavadoc(endpoint, report))
                .initializer(endpointValue(endpoint, report))
                .build());
        endpoints
            .add(first ? "\n" : ",\n")
            .indent()
            .indent()
            .add("$L", constant)
            .unindent()
            .unindent();
        first = false;
      }
    }
    endpoints.add(")");
    type.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(ClassName.get(List.class), ANY_ENDPOINT),
                "ENDPOINTS",
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer(endpoints.build())
            .build());
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "For {@link java.util.ServiceLoader}, which needs a public constructor; use {@link"
                    + " #INSTANCE}.\n")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("types")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(List.class), ANY_TYPE))
            .addStatement("return TYPES")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("endpoints")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(List.class), ANY_ENDPOINT))
            .addStatement("return ENDPOINTS")
            .build());
    type.addMethod(forEndpoint(set));
    type.addMethod(forName(set));
    return type.build();
  }

  private CodeBlock endpointJavadoc(EndpointDef endpoint, ReportDef report) {
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add(
                "Endpoint $L: returns {@link $T} rows",
                JavadocText.code(endpoint.name()),
                names.recordType(report));
    if (endpoint.hasPath()) {
      doc.add(", at $L below the API's base URL", JavadocText.code(endpoint.path()));
    } else {
      doc.add("; the schema gives no path, so a call names it");
    }
    return doc.add(".\n").build();
  }

  /**
   * The constant's value. {@code $Z} lets a long declaration break after its {@code =} (the
   * trailing space that leaves is removed by {@link GeneratedSource}); arguments that do not fit
   * continue four columns further in than the value.
   */
  private CodeBlock endpointValue(EndpointDef endpoint, ReportDef report) {
    if (!endpoint.hasPath()) {
      return CodeBlock.of(
          "$Z$>$>$T.named($S,$W$T.INSTANCE)$<$<",
          Endpoint.class,
          endpoint.name(),
          names.parserType(report));
    }
    return CodeBlock.of(
        "$Z$>$>new $T<>($S,$W$T.INSTANCE,$W$T.$L,$W$S)$<$<",
        Endpoint.class,
        endpoint.name(),
        names.parserType(report),
        EndpointScope.class,
        endpoint.scope().name(),
        endpoint.path());
  }

  private static String javadoc(SchemaSet set) {
    StringBuilder doc = new StringBuilder("Every report type of the schema set read from ");
    for (int i = 0; i < set.files().size(); i++) {
      doc.append(i == 0 ? "" : ", ").append(JavadocText.code(set.files().get(i)));
    }
    return doc.append(", by endpoint and by name.\n").toString();
  }

  private MethodSpec forEndpoint(SchemaSet set) {
    CodeBlock.Builder body = lookupStart("endpoint");
    for (ReportDef report : set.reports()) {
      CodeBlock.Builder labels = CodeBlock.builder();
      List<String> endpoints = report.endpointNames();
      for (int i = 0; i < endpoints.size(); i++) {
        labels.add(i == 0 ? "$S" : ",$W$S", endpoints.get(i));
      }
      if (!report.endpoints().isEmpty()) {
        body.add(
            "case $L ->$W$T.of($T.INSTANCE);\n",
            labels.build(),
            Optional.class,
            names.parserType(report));
      }
    }
    return lookupMethod("forEndpoint", "endpoint", body);
  }

  private MethodSpec forName(SchemaSet set) {
    CodeBlock.Builder body = lookupStart("name");
    for (ReportDef report : set.reports()) {
      body.add(
          "case $S -> $T.of($T.INSTANCE);\n",
          report.name(),
          Optional.class,
          names.parserType(report));
    }
    return lookupMethod("forName", "name", body);
  }

  private static CodeBlock.Builder lookupStart(String parameter) {
    return CodeBlock.builder()
        .beginControlFlow("if ($L == null)", parameter)
        .addStatement("return $T.empty()", Optional.class)
        .endControlFlow()
        .add("return switch ($L) {\n", parameter)
        .indent();
  }

  private static MethodSpec lookupMethod(String name, String parameter, CodeBlock.Builder body) {
    body.add("default -> $T.empty();\n", Optional.class).unindent().add("};\n");
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), ANY_TYPE))
        .addParameter(Nullness.nullableString(), parameter)
        .addCode(body.build())
        .build();
  }
}
