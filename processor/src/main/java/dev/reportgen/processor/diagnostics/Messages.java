package dev.reportgen.processor.diagnostics;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of every diagnostic the processor reports: one factory per problem, each with a
 * stable tag. A tag never changes meaning once released; texts may be improved. Every text says
 * what is wrong and how to fix it. The location ({@code file:line:column}) is not part of the text:
 * the {@link Diagnostics} implementation prefixes it.
 *
 * <ul>
 *   <li>{@code RG0xx}: the processor's setup: finding schema files (RG001-RG007), the annotation's
 *       registry name (RG050), writing generated files and options (RG060, RG061). RG051-RG055 are
 *       retired: they were code generation's second run of the checker's rules and are now RG220,
 *       RG216, RG213, RG221 and RG209.
 *   <li>{@code RG1xx}: the file and its YAML structure (encoding, syntax, limits, keys, node
 *       kinds).
 *   <li>{@code RG2xx}: meaning: types, enums, names, endpoints, duplicates across the schema set.
 *   <li>{@code RG9xx}: internal errors of the processor (a bug; please report it).
 * </ul>
 *
 * <p>The tags are listed in {@code docs/schema-format.md} (RG1xx, RG2xx, RG901) and {@code
 * docs/processor.md} (RG0xx, RG902); keep them in step.
 */
public final class Messages {
  private Messages() {}

  // ---------------------------------------------------------------- RG0xx: processor setup

  /** RG001: a file or folder named in {@code @ReportSchemas} that no schema root holds. */
  public static Message schemaNotFound(String entry, List<String> suggestions, String searched) {
    String text = "schema file or folder not found: " + entry + " (searched " + searched + ")";
    if (!suggestions.isEmpty()) {
      text += "; did you mean " + String.join(" or ", suggestions) + "?";
    }
    return new Message("RG001", text);
  }

  /** RG002: a schema folder without YAML files. */
  public static Message emptyFolder(String entry) {
    return new Message("RG002", "schema folder " + entry + " holds no *.yaml or *.yml files");
  }

  /** RG003: a schema file that exists but cannot be read. */
  public static Message unreadable(String file, String reason) {
    return new Message("RG003", "cannot read schema file " + file + ": " + reason);
  }

  /** RG004: a schema root option naming something that is not a directory. */
  public static Message badSchemaPath(String option, String entry) {
    return new Message(
        "RG004", "processor option -A" + option + ": " + entry + " is not a directory");
  }

  /** RG005: {@code @ReportSchemas} without any entry. */
  public static Message noSchemas() {
    return new Message("RG005", "@ReportSchemas names no schema files or folders");
  }

  /** RG006: an entry that is not a plain relative path. */
  public static Message badEntry(String entry) {
    return new Message(
        "RG006",
        "schema entry \""
            + entry
            + "\" must be a relative path with '/' separators, without '.' or '..' segments");
  }

  /** RG007: a folder found only on the class path, where javac cannot list it. */
  public static Message folderOnClassPath(String entry) {
    return new Message(
        "RG007",
        "schema folder "
            + entry
            + " was found on the class path, where javac cannot list"
            + " folders; set -Areportgen.schemaPath to the directory that holds it, or name each"
            + " file");
  }

  /** RG050: {@code @ReportSchemas.registry} that is not a class name. */
  public static Message badRegistryName(String name) {
    return new Message(
        "RG050",
        "registry name \""
            + name
            + "\" is not a valid Java class name (use an UpperCamel identifier)");
  }

  /** RG060: a generated file that cannot be written. */
  public static Message cannotWrite(String type, String reason) {
    return new Message("RG060", "cannot write generated file " + type + ": " + reason);
  }

  /** RG061: a processor option with a bad value. */
  public static Message badOption(String option, String reason) {
    return new Message("RG061", "processor option -A" + option + ": " + reason);
  }

  // ---------------------------------------------------------------- RG1xx: file, YAML, structure

  /** RG101: the bytes are not UTF-8. */
  public static Message notUtf8(long byteOffset, int badByte) {
    return new Message(
        "RG101",
        String.format(
            "the file is not valid UTF-8: byte 0x%02X at offset %d cannot be decoded;"
                + " save the file as UTF-8",
            badByte & 0xFF, byteOffset));
  }

  /** RG102: a YAML syntax error reported by the YAML parser. */
  public static Message yamlSyntax(String problem, String context, SourceLocation contextWhere) {
    StringBuilder b = new StringBuilder("YAML syntax error: ").append(clean(problem));
    if (context != null && !context.isBlank()) {
      b.append(" (").append(clean(context));
      if (contextWhere != null) {
        b.append(" started at line ")
            .append(contextWhere.line())
            .append(", column ")
            .append(contextWhere.column());
      }
      b.append(')');
    }
    b.append("; check indentation, colons and quoting near this position");
    return new Message("RG102", b.toString());
  }

  /** RG103: a tab where YAML wants indentation or separation spaces. */
  public static Message tab() {
    return new Message(
        "RG103",
        "tab character in YAML indentation; YAML does not allow tabs here, indent with spaces");
  }

  /** RG104: too many aliases to collections (the "billion laughs" defence). */
  public static Message tooManyAliases(int max) {
    return new Message(
        "RG104",
        "more than "
            + max
            + " aliases (*name) refer to lists or mappings in this file; the limit protects against"
            + " alias bombs: write the content out or use fewer aliases");
  }

  /** RG105: the document is larger than the code point limit. */
  public static Message fileTooLarge(long codePoints, int limit) {
    return new Message(
        "RG105",
        "the file has "
            + codePoints
            + " characters, more than the limit of "
            + limit
            + "; split the schema into several files");
  }

  /** RG106: lists and mappings nested deeper than the limit. */
  public static Message nestingTooDeep(int limit) {
    return new Message(
        "RG106",
        "lists and mappings are nested more than "
            + limit
            + " levels deep;"
            + " a schema needs at most 5 levels (reports, report, columns, column, value)");
  }

  /** RG107: the same key twice in one mapping. */
  public static Message duplicateKey(String key, SourceLocation first) {
    return new Message(
        "RG107",
        "duplicate key '"
            + key
            + "' in this mapping (first at line "
            + first.line()
            + "); YAML keys must be unique, remove or merge one of them");
  }

  /** RG108: the file holds no YAML document. */
  public static Message emptyFile() {
    return new Message(
        "RG108",
        "the schema file is empty; add 'enums:' and/or 'reports:' or remove the file from"
            + " @ReportSchemas");
  }

  /** RG109: more than one YAML document ({@code ---}) in a file. */
  public static Message multipleDocuments() {
    return new Message(
        "RG109",
        "a second YAML document starts here; a schema file holds exactly one document:"
            + " remove the '---' separator or move the content to its own file");
  }

  /** RG110: a node of the wrong kind (a mapping where a list belongs, and so on). */
  public static Message wrongNodeKind(String what, String expected, String found) {
    return new Message("RG110", what + " must be " + expected + ", but found " + found);
  }

  /** RG111: a required key is missing. */
  public static Message missingKey(String key, String what, String example) {
    return new Message(
        "RG111",
        what + " has no '" + key + "'; it is required, e.g. '" + key + ": " + example + "'");
  }

  /** RG112: a key that the schema language does not know. */
  public static Message unknownKey(
      String key, String what, Optional<String> suggestion, Collection<String> allowed) {
    return new Message(
        "RG112",
        "unknown key '"
            + key
            + "' in "
            + what
            + "."
            + didYouMean(suggestion)
            + " Allowed keys: "
            + String.join(", ", allowed));
  }

  /** RG113: a flag that is not {@code true} or {@code false}. */
  public static Message notBoolean(String key, String text) {
    return new Message("RG113", "'" + key + "' must be true or false, but is '" + text + "'");
  }

  /** RG114: an empty value where text is required; {@code what} is e.g. {@code 'title'}. */
  public static Message emptyValue(String what) {
    return new Message(
        "RG114", what + " is empty; give it a value (quote it if it contains ': ' or ' #')");
  }

  /** RG115: a character YAML does not allow (control characters and the like). */
  public static Message forbiddenCharacter(int codePoint) {
    return new Message(
        "RG115",
        String.format(
            "character U+%04X is not allowed in a YAML file; remove it"
                + " (use an escape like \\u%04X in a double-quoted string if it is wanted)",
            codePoint, codePoint));
  }

  // ---------------------------------------------------------------- RG2xx: meaning

  /** RG201: a type name that is not one of the column types. */
  public static Message unknownType(
      String type, Optional<String> suggestion, Collection<String> valid) {
    return new Message(
        "RG201",
        "unknown column type '"
            + type
            + "'."
            + didYouMean(suggestion)
            + " Valid types (any case): "
            + String.join(", ", valid));
  }

  /** RG202: a report kind that is not rows or summary. */
  public static Message unknownKind(String kind, Optional<String> suggestion) {
    return new Message(
        "RG202",
        "unknown report kind '"
            + kind
            + "'."
            + didYouMean(suggestion)
            + " Use 'rows' (zero or more rows) or 'summary' (exactly one row)");
  }

  /** RG203: an {@code enum:} that names no enum of the schema set. */
  public static Message unknownEnum(
      String name, Optional<String> suggestion, Collection<String> defined) {
    return new Message(
        "RG203",
        "column refers to enum '"
            + name
            + "', which no file of this schema set defines."
            + didYouMean(suggestion)
            + (defined.isEmpty()
                ? " No enums are defined; add it under 'enums:'"
                : " Defined enums: " + String.join(", ", defined)));
  }

  /** RG204: {@code enum:} on a column whose type is not Enum. */
  public static Message enumOnNonEnumColumn(String keyword, String type) {
    return new Message(
        "RG204",
        "column '"
            + keyword
            + "' has 'enum:' but its type is "
            + type
            + "; set 'type: Enum' or remove 'enum:'");
  }

  /** RG205: an Enum column without {@code enum:}. */
  public static Message enumMissing(String keyword) {
    return new Message(
        "RG205",
        "column '"
            + keyword
            + "' has type Enum but no 'enum:'; name the enum type it uses,"
            + " e.g. 'enum: DeliveryStatus'");
  }

  /** RG206: {@code optional: true} together with {@code nullable: false}. */
  public static Message optionalNotNullable(String keyword) {
    return new Message(
        "RG206",
        "column '"
            + keyword
            + "' is 'optional: true' but 'nullable: false'; an optional column has no value when it"
            + " is absent, so it is always nullable: remove 'nullable: false'");
  }

  /** RG207: the same wire keyword twice in one report (exactly, or ignoring case). */
  public static Message duplicateKeyword(String keyword, String first, SourceLocation firstWhere) {
    String how = keyword.equals(first) ? "" : " ignoring case";
    return new Message(
        "RG207",
        "duplicate column keyword '"
            + keyword
            + "': it equals '"
            + first
            + "'"
            + how
            + " (line "
            + firstWhere.line()
            + "); each keyword may appear once in a report");
  }

  /** RG208: an enum without values. */
  public static Message enumWithoutValues(String name) {
    return new Message(
        "RG208",
        "enum '"
            + name
            + "' has no values; list at least one under 'values:'"
            + " (each with 'wire', 'constant' and 'description')");
  }

  /** RG209: the same wire value twice in one enum. */
  public static Message duplicateWire(String enumName, String wire, SourceLocation first) {
    return new Message(
        "RG209",
        "duplicate wire value '"
            + wire
            + "' in enum '"
            + enumName
            + "' (first at line "
            + first.line()
            + "); each wire value may appear once");
  }

  /** RG210: the same constant name twice in one enum. */
  public static Message duplicateConstant(String enumName, String constant, SourceLocation first) {
    return new Message(
        "RG210",
        "duplicate constant '"
            + constant
            + "' in enum '"
            + enumName
            + "' (first at line "
            + first.line()
            + "); give each value its own constant name");
  }

  /** RG211: integer and string wire values mixed in one enum. */
  public static Message mixedWireKinds(
      String enumName, String wire, boolean wireIsInteger, SourceLocation first) {
    return new Message(
        "RG211",
        "enum '"
            + enumName
            + "' mixes integer and string wire values: '"
            + wire
            + "' is "
            + (wireIsInteger ? "an integer" : "a string")
            + " but the value at line "
            + first.line()
            + " is "
            + (wireIsInteger ? "a string" : "an integer")
            + "; write all wire values as YAML integers (an integer-coded enum) or quote them all");
  }

  /** RG212: a report or enum name that is not an UpperCamel Java identifier. */
  public static Message invalidTypeName(String what, String name, Optional<String> suggestion) {
    return new Message(
        "RG212",
        what
            + " name '"
            + name
            + "' is not an UpperCamelCase Java identifier"
            + " (a capital letter, then letters and digits)."
            + didYouMean(suggestion));
  }

  /** RG213: an enum constant that is not an UPPER_SNAKE Java identifier, or is reserved. */
  public static Message invalidConstant(
      String constant, String reason, Optional<String> suggestion) {
    return new Message(
        "RG213", "enum constant '" + constant + "' " + reason + "." + didYouMean(suggestion));
  }

  /** RG214: a column's Java name is a Java keyword. */
  public static Message javaNameIsKeyword(String keyword, String javaName, boolean explicit) {
    return new Message(
        "RG214",
        "column '"
            + keyword
            + "' would become record component '"
            + javaName
            + "', which is a Java keyword; "
            + (explicit
                ? "choose another 'java_name'"
                : "add 'java_name:' with another name, e.g. 'java_name: " + javaName + "Value'"));
  }

  /** RG215: a column's Java name is not a Java identifier. */
  public static Message javaNameInvalid(String keyword, String javaName, boolean explicit) {
    String what =
        javaName.isEmpty()
            ? "has no letters or digits to form a record component name"
            : "would become record component '"
                + javaName
                + "', which is not a valid Java identifier";
    if (explicit) {
      return new Message(
          "RG215",
          "'java_name: "
              + javaName
              + "' of column '"
              + keyword
              + "' is not a valid Java identifier;"
              + " use letters, digits and '_', not starting with a digit");
    }
    return new Message(
        "RG215",
        "column '" + keyword + "' " + what + "; add 'java_name:' with a valid lowerCamelCase name");
  }

  /** RG216: a column's Java name is reserved by the generated record. */
  public static Message javaNameReserved(
      String keyword, String javaName, String reason, boolean explicit) {
    return new Message(
        "RG216",
        "column '"
            + keyword
            + "' would become record component '"
            + javaName
            + "', which is reserved: "
            + reason
            + "; "
            + (explicit ? "choose another 'java_name'" : "add 'java_name:' with another name"));
  }

  /** RG217: two columns of one report with the same Java name. */
  public static Message javaNameCollision(
      String keyword, String otherKeyword, String javaName, SourceLocation otherWhere) {
    return new Message(
        "RG217",
        "columns '"
            + otherKeyword
            + "' (line "
            + otherWhere.line()
            + ") and '"
            + keyword
            + "' both become record component '"
            + javaName
            + "'; give one of them a 'java_name:'");
  }

  /** RG218: one endpoint listed by two reports. */
  public static Message endpointClaimedTwice(
      String endpoint, String otherReport, SourceLocation otherWhere) {
    return new Message(
        "RG218",
        "endpoint '"
            + endpoint
            + "' is already claimed by report '"
            + otherReport
            + "' ("
            + otherWhere
            + "); an endpoint returns exactly one report: remove it from one of them");
  }

  /** RG219: one endpoint listed twice by the same report. */
  public static Message duplicateEndpoint(String endpoint, SourceLocation first) {
    return new Message(
        "RG219",
        "endpoint '"
            + endpoint
            + "' is listed twice in this report (first at line "
            + first.line()
            + ", column "
            + first.column()
            + "); remove one");
  }

  /** RG220: two generated classes with the same name. */
  public static Message duplicateTypeName(
      String javaName, String what, String otherWhat, SourceLocation otherWhere) {
    return new Message(
        "RG220",
        "Java class name '"
            + javaName
            + "' of "
            + what
            + " is already used by "
            + otherWhat
            + (otherWhere == null ? "" : " (" + otherWhere + ")")
            + "; every report, its parser (<Name>Parser), every enum and the registry of a schema"
            + " set become classes of one package: rename one");
  }

  /** RG221: an integer wire code outside the 32-bit range. */
  public static Message integerCodeOutOfRange(String wire) {
    return new Message(
        "RG221",
        "integer wire value "
            + wire
            + " is outside the range of a Java int (-2147483648 to 2147483647);"
            + " quote it to make the enum a string enum");
  }

  /** RG222: a report without columns. */
  public static Message reportWithoutColumns(String name) {
    return new Message(
        "RG222", "report '" + name + "' has no columns; list at least one under 'columns:'");
  }

  /** RG223: a report without endpoints. */
  public static Message reportWithoutEndpoints(String name) {
    return new Message(
        "RG223",
        "report '"
            + name
            + "' lists no endpoints; name at least one API call that returns it,"
            + " e.g. 'endpoints: [getEmailSMTPSentReportUser]'");
  }

  /** RG224: a report or enum named like a java.lang type the generated code uses. */
  public static Message shadowsJavaLang(String what, String name) {
    return new Message(
        "RG224",
        what
            + " name '"
            + name
            + "' would hide java.lang."
            + name
            + " in the generated package; choose another name");
  }

  /** RG225: an endpoint scope that is not account or user. */
  public static Message unknownScope(String scope, Optional<String> suggestion) {
    return new Message(
        "RG225",
        "unknown endpoint scope '"
            + scope
            + "'."
            + didYouMean(suggestion)
            + " Use 'account' (the path names the account, {account}) or 'user'"
            + " (the path names one user, {user})");
  }

  /** RG226: an endpoint path that does not start with '/'. */
  public static Message pathNotRelative(String endpoint, String path, Optional<String> suggestion) {
    return new Message(
        "RG226",
        "path '"
            + path
            + "' of endpoint '"
            + endpoint
            + "' does not start with '/'; a path is"
            + " relative to the API's base URL (which the client is configured with), e.g."
            + " '/account/{account}/report/email/smtp/sent'."
            + didYouMean(suggestion));
  }

  /** RG227: an endpoint path without the placeholder of its scope. */
  public static Message pathWithoutPlaceholder(String endpoint, String path, String scope) {
    return new Message(
        "RG227",
        "path '"
            + path
            + "' of endpoint '"
            + endpoint
            + "' has no '{"
            + scope
            + "}'; the path of "
            + article(scope)
            + " endpoint names the "
            + scope
            + " it reports on with '{"
            + scope
            + "}', e.g. '/"
            + scope
            + "/{"
            + scope
            + "}/report/...'");
  }

  /** RG228: an endpoint path with a placeholder other than its scope's. */
  public static Message foreignPlaceholder(
      String endpoint, String placeholder, String scope, Optional<String> suggestion) {
    return new Message(
        "RG228",
        "path of endpoint '"
            + endpoint
            + "' holds '"
            + placeholder
            + "', but the only placeholder"
            + " of "
            + article(scope)
            + " endpoint is '{"
            + scope
            + "}' (other values are query"
            + " parameters of the call, and braces are not allowed otherwise)."
            + didYouMean(suggestion));
  }

  /** RG229: an endpoint path with a query. */
  public static Message pathWithQuery(String endpoint, String path) {
    return new Message(
        "RG229",
        "path '"
            + path
            + "' of endpoint '"
            + endpoint
            + "' holds '?'; query parameters"
            + " (after_date, matches, ...) are given per call: end the path before the '?'");
  }

  /** RG230: two endpoints with the same scope and path. */
  public static Message duplicatePath(
      String endpoint, String other, String path, SourceLocation otherWhere) {
    return new Message(
        "RG230",
        "endpoint '"
            + endpoint
            + "' has the same scope and path '"
            + path
            + "' as endpoint '"
            + other
            + "' ("
            + otherWhere
            + "); two endpoints cannot share one URL: fix one path");
  }

  /** RG231: an endpoint with a scope and no path. */
  public static Message scopeWithoutPath(String endpoint, String scope) {
    return new Message(
        "RG231",
        "endpoint '"
            + endpoint
            + "' has 'scope: "
            + scope
            + "' but no 'path'; give both (the"
            + " path template, e.g. 'path: /"
            + scope
            + "/{"
            + scope
            + "}/report/...') or neither");
  }

  /** RG232: an endpoint with a path and no scope. */
  public static Message pathWithoutScope(String endpoint, Optional<String> impliedScope) {
    return new Message(
        "RG232",
        "endpoint '"
            + endpoint
            + "' has a 'path' but no 'scope'; give both or neither."
            + impliedScope.map(s -> " Did you mean to add 'scope: " + s + "'?").orElse(""));
  }

  /** RG233: an endpoint name whose registry constant is not a usable Java name. */
  public static Message unusableEndpointConstant(String endpoint, String constant, String reason) {
    return new Message(
        "RG233",
        "endpoint '"
            + endpoint
            + "' would get the registry constant '"
            + constant
            + "', "
            + reason
            + "; rename the endpoint as the API names it (e.g. getUserReport)");
  }

  /** RG234: two endpoints whose registry constants are the same. */
  public static Message endpointConstantClash(
      String endpoint, String other, String constant, SourceLocation otherWhere) {
    return new Message(
        "RG234",
        "endpoints '"
            + other
            + "' ("
            + otherWhere
            + ") and '"
            + endpoint
            + "' both become the"
            + " registry constant '"
            + constant
            + "'; endpoint names of a set must differ in more"
            + " than case and punctuation");
  }

  /** RG235: an endpoint path with a character a URL path cannot hold as written. */
  public static Message pathCharacter(String endpoint, String path, int codePoint) {
    String what =
        codePoint == '#'
            ? "'#' (a fragment, which is never sent to the server)"
            : String.format(
                "U+%04X '%s'", codePoint, codePoint < ' ' ? "?" : Character.toString(codePoint));
    return new Message(
        "RG235",
        "path '"
            + path.replaceAll("\\p{Cntrl}", "?")
            + "' of endpoint '"
            + endpoint
            + "' holds "
            + what
            + ", which a URL path cannot hold as written; percent-encode it (a space is"
            + " %20) or remove it");
  }

  // ---------------------------------------------------------------- RG9xx: internal

  /** RG901: an unexpected failure while reading a schema file; a bug in reportgen. */
  public static Message internalError(Throwable t) {
    return new Message(
        "RG901",
        "internal error while reading this schema file ("
            + t.getClass().getName()
            + (t.getMessage() == null ? "" : ": " + clean(t.getMessage()))
            + "); this is a bug in reportgen, please report it with the file");
  }

  /**
   * RG902: an unexpected failure in a processor round; a bug in reportgen. The text carries the
   * exception and its top frames, since there is no stack trace to look at.
   */
  public static Message processorInternalError(String stage, Throwable bug) {
    StringBuilder at = new StringBuilder();
    StackTraceElement[] trace = bug.getStackTrace();
    for (int i = 0; i < Math.min(trace.length, 8); i++) {
      at.append(" at ").append(trace[i]).append(i + 1 < Math.min(trace.length, 8) ? ";" : "");
    }
    return new Message(
        "RG902",
        "internal error in the reportgen processor while "
            + stage
            + " (this is a bug, please report it with the schema): "
            + clean(String.valueOf(bug))
            + at);
  }

  // ---------------------------------------------------------------- helpers

  /** "an account", "a user". */
  private static String article(String scope) {
    return (scope.startsWith("a") ? "an " : "a ") + scope;
  }

  private static String didYouMean(Optional<String> suggestion) {
    return suggestion.map(s -> " Did you mean '" + s + "'?").orElse("");
  }

  /** SnakeYAML texts can hold line breaks and tabs; keep a diagnostic on one line. */
  private static String clean(String s) {
    return s.replace("\t", "\\t").replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
