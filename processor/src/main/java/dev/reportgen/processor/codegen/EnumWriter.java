package dev.reportgen.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.reportgen.processor.schema.EnumDef;
import dev.reportgen.processor.schema.EnumValueDef;
import dev.reportgen.runtime.RowExtras;
import dev.reportgen.runtime.WireEnum;
import dev.reportgen.runtime.spi.EnumLookup;
import dev.reportgen.runtime.spi.IntegerCodes;
import javax.lang.model.element.Modifier;

/**
 * Writes one {@code enum implements WireEnum}: the schema's constants in order, then {@code
 * UNKNOWN}; {@code wireValue()}; {@code fromWire}/{@code fromCode} as {@code switch}es; and a
 * {@code LOOKUP} for the runtime.
 */
final class EnumWriter {
  private final GeneratedNames names;

  EnumWriter(GeneratedNames names) {
    this.names = names;
  }

  TypeSpec write(EnumDef def) {
    ClassName self = names.enumType(def.name());
    TypeSpec.Builder type =
        TypeSpec.enumBuilder(self).addModifiers(Modifier.PUBLIC).addSuperinterface(WireEnum.class);
    type.addJavadoc("$L", typeJavadoc(def));
    names.start(type);

    for (EnumValueDef value : def.values()) {
      type.addEnumConstant(
          value.constant(),
          TypeSpec.anonymousClassBuilder("$S", value.wire())
              .addJavadoc("$L", constantJavadoc(value))
              .build());
    }
    type.addEnumConstant(
        "UNKNOWN",
        TypeSpec.anonymousClassBuilder("null")
            .addJavadoc(
                "A value the schema does not list; the raw text is kept in {@link"
                    + " $T#rawValues()}.\n",
                RowExtras.class)
            .build());

    type.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(ClassName.get(EnumLookup.class), self),
                "LOOKUP",
                Modifier.PUBLIC,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("Wire value to constant for the runtime; a {@code switch}, never a scan.\n")
            .initializer("$L", lookup(def, self))
            .build());
    type.addField(Nullness.nullableString(), "wireValue", Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addParameter(Nullness.nullableString(), "wireValue")
            .addStatement("this.wireValue = wireValue")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("wireValue")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(Nullness.nullableString())
            .addJavadoc(
                "The value exactly as the API sends it, or {@code null} for {@link #UNKNOWN}.\n")
            .addStatement("return wireValue")
            .build());
    if (def.integerCodes()) {
      type.addMethod(integerFromWire(self));
      type.addMethod(integerFromCode(def, self));
    } else {
      type.addMethod(textFromWire(def, self));
      type.addMethod(textFromCode(self));
    }
    return type.build();
  }

  private static String typeJavadoc(EnumDef def) {
    StringBuilder doc = new StringBuilder();
    String prose = JavadocText.prose(def.description());
    doc.append(prose.isEmpty() ? JavadocText.escape(def.name()) + "." : prose).append("\n\n");
    doc.append(
        def.integerCodes()
            ? "<p>Wire values are integer codes. Values the schema does not list decode to {@link"
                + " #UNKNOWN}.\n"
            : "<p>Wire values are text, matched exactly. Values the schema does not list decode to"
                + " {@link #UNKNOWN}.\n");
    return doc.toString();
  }

  private static String constantJavadoc(EnumValueDef value) {
    String prose = JavadocText.prose(value.description());
    return "Wire value "
        + JavadocText.code(value.wire())
        + (prose.isEmpty() ? "." : ": " + prose)
        + "\n";
  }

  private static TypeSpec lookup(EnumDef def, ClassName self) {
    return TypeSpec.anonymousClassBuilder("")
        .addSuperinterface(ParameterizedTypeName.get(ClassName.get(EnumLookup.class), self))
        .addMethod(
            MethodSpec.methodBuilder("fromText")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(Nullness.nullableString(), "text")
                .addStatement("return $T.fromWire(text)", self)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("fromCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(TypeName.LONG, "code")
                .addStatement("return $T.fromCode(code)", self)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("unknown")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addStatement("return UNKNOWN")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("integerCodes")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addStatement("return $L", def.integerCodes())
                .build())
        .build();
  }

  private static MethodSpec textFromWire(EnumDef def, ClassName self) {
    CodeBlock.Builder body = CodeBlock.builder();
    body.beginControlFlow("if (text == null)").addStatement("return UNKNOWN").endControlFlow();
    body.add("return switch (text) {\n").indent();
    for (EnumValueDef value : def.values()) {
      body.add("case $S -> $L;\n", value.wire(), value.constant());
    }
    body.add("default -> UNKNOWN;\n").unindent().add("};\n");
    return MethodSpec.methodBuilder("fromWire")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(Nullness.nullableString(), "text")
        .addJavadoc(
            "The constant whose wire value is exactly {@code text}, else {@link #UNKNOWN} (also for"
                + " {@code null}).\n")
        .addCode(body.build())
        .build();
  }

  private static MethodSpec textFromCode(ClassName self) {
    return MethodSpec.methodBuilder("fromCode")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(TypeName.LONG, "code")
        .addJavadoc(
            "The constant whose wire value is the decimal text of {@code code}, else {@link"
                + " #UNKNOWN}.\n")
        .addStatement("return fromWire($T.toString(code))", Long.class)
        .build();
  }

  private static MethodSpec integerFromWire(ClassName self) {
    CodeBlock body =
        CodeBlock.builder()
            .addStatement(
                "return $T.fromText(text, $T::fromCode, UNKNOWN)", IntegerCodes.class, self)
            .build();
    return MethodSpec.methodBuilder("fromWire")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(Nullness.nullableString(), "text")
        .addJavadoc(
            "The constant whose code is the decimal integer {@code text} (optional sign), else"
                + " {@link #UNKNOWN} (also for {@code null} and non-numeric text).\n")
        .addCode(body)
        .build();
  }

  private static MethodSpec integerFromCode(EnumDef def, ClassName self) {
    CodeBlock.Builder body = CodeBlock.builder();
    body.beginControlFlow(
            "if (code < $T.MIN_VALUE || code > $T.MAX_VALUE)", Integer.class, Integer.class)
        .addStatement("return UNKNOWN")
        .endControlFlow();
    body.add("return switch ((int) code) {\n").indent();
    for (EnumValueDef value : def.values()) {
      body.add("case $L -> $L;\n", Integer.parseInt(value.wire().strip()), value.constant());
    }
    body.add("default -> UNKNOWN;\n").unindent().add("};\n");
    return MethodSpec.methodBuilder("fromCode")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(TypeName.LONG, "code")
        .addJavadoc("The constant whose code is {@code code}, else {@link #UNKNOWN}.\n")
        .addCode(body.build())
        .build();
  }
}
