package dev.reportgen.processor.check;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.reportgen.processor.diagnostics.ListDiagnostics;
import dev.reportgen.processor.diagnostics.SourceLocation;
import dev.reportgen.processor.schema.SchemaSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of broken schemas under {@code src/test/resources/broken/}: each file has exactly
 * one problem, and reading it reports exactly one error with the expected tag, file, line, column
 * and text (the text is matched on its distinctive part, suggestion included).
 */
class BrokenSchemaTest {

  static Stream<Arguments> catalogue() {
    return Stream.of(
        // RG1xx: file, YAML, structure
        broken(
            "not-utf8.yaml",
            "RG101",
            6,
            21,
            "the file is not valid UTF-8: byte 0xE9 at offset 112 cannot be decoded; save the file"
                + " as UTF-8"),
        broken(
            "syntax-error.yaml",
            "RG102",
            8,
            12,
            "YAML syntax error: expected ',' or ']', but got : (while parsing a flow sequence"
                + " started at line 7, column 16)"),
        broken(
            "tab-indentation.yaml",
            "RG103",
            10,
            1,
            "tab character in YAML indentation; YAML does not allow tabs here, indent with spaces"),
        broken(
            "alias-bomb.yaml",
            "RG104",
            8,
            8,
            "more than 50 aliases (*name) refer to lists or mappings in this file"),
        broken(
            "nesting-too-deep.yaml",
            "RG106",
            2,
            29,
            "lists and mappings are nested more than 20 levels deep"),
        broken(
            "duplicate-key.yaml",
            "RG107",
            12,
            9,
            "duplicate key 'type' in this mapping (first at line 10)"),
        broken("empty-file.yaml", "RG108", 1, 1, "the schema file is empty"),
        broken(
            "two-documents.yaml",
            "RG109",
            9,
            1,
            "a second YAML document starts here; a schema file holds exactly one document"),
        broken(
            "wrong-node-kind.yaml",
            "RG110",
            9,
            7,
            "'columns' of report 'Sample' must be a list, but found a mapping"),
        broken(
            "top-level-list.yaml",
            "RG110",
            2,
            1,
            "The top level of a schema file must be a mapping with 'enums:' and/or 'reports:', but"
                + " found a list"),
        broken(
            "mapping-where-text-belongs.yaml",
            "RG110",
            7,
            7,
            "'description' must be a single value (text), but found a mapping"),
        broken(
            "scalar-where-column-belongs.yaml",
            "RG110",
            9,
            9,
            "A column of report 'Sample' must be a mapping (keyword, type, description, ...),"
                + " but found the value 'id'"),
        broken(
            "missing-key.yaml",
            "RG111",
            9,
            9,
            "Column 'id' has no 'type'; it is required, e.g. 'type: String'"),
        broken(
            "endpoint-without-name.yaml",
            "RG111",
            8,
            9,
            "Endpoint has no 'name'; it is required, e.g. 'name: getEmailSMTPSentReportAccount'"),
        broken(
            "unknown-key.yaml",
            "RG112",
            11,
            9,
            "unknown key 'nulable' in a column. Did you mean 'nullable'? Allowed keys: keyword,"
                + " type, description, nullable, optional, enum, java_name"),
        broken(
            "unknown-top-level-key.yaml",
            "RG112",
            2,
            1,
            "unknown key 'report' in the top level of the file. Did you mean 'reports'?"),
        broken(
            "endpoint-unknown-key.yaml",
            "RG112",
            10,
            9,
            "unknown key 'pth' in an endpoint. Did you mean 'path'? Allowed keys: name, scope,"
                + " path"),
        broken(
            "not-boolean.yaml",
            "RG113",
            11,
            19,
            "'nullable' must be true or false, but is 'sometimes'"),
        broken("empty-value.yaml", "RG114", 4, 11, "'title' is empty"),
        broken("wire-empty.yaml", "RG114", 6, 14, "'wire' is empty"),
        broken(
            "control-character.yaml",
            "RG115",
            6,
            26,
            "character U+0001 is not allowed in a YAML file"),
        // RG2xx: meaning
        broken(
            "unknown-type.yaml",
            "RG201",
            10,
            15,
            "unknown column type 'Datetim'. Did you mean 'DATETIME'? Valid types (any case): DATE,"
                + " DATETIME, Integer, Float, String, Enum"),
        broken(
            "unknown-kind.yaml", "RG202", 5, 11, "unknown report kind 'row'. Did you mean 'rows'?"),
        broken(
            "unknown-enum.yaml",
            "RG203",
            19,
            15,
            "column refers to enum 'DeliveryStatu', which no file of this schema set defines."
                + " Did you mean 'DeliveryStatus'? Defined enums: DeliveryStatus"),
        broken(
            "enum-on-non-enum-column.yaml",
            "RG204",
            19,
            15,
            "column 'status' has 'enum:' but its type is String; set 'type: Enum' or remove"
                + " 'enum:'"),
        broken(
            "enum-missing.yaml", "RG205", 10, 15, "column 'status' has type Enum but no 'enum:'"),
        broken(
            "optional-not-nullable.yaml",
            "RG206",
            12,
            19,
            "column 'header1' is 'optional: true' but 'nullable: false'"),
        broken(
            "duplicate-keyword.yaml",
            "RG207",
            12,
            18,
            "duplicate column keyword 'status': it equals 'status' (line 9)"),
        broken(
            "duplicate-keyword-case.yaml",
            "RG207",
            12,
            18,
            "duplicate column keyword 'opens': it equals 'Opens' ignoring case (line 9)"),
        broken("enum-without-values.yaml", "RG208", 3, 5, "enum 'DeliveryStatus' has no values"),
        broken(
            "duplicate-wire.yaml",
            "RG209",
            9,
            15,
            "duplicate wire value 'Delivered' in enum 'DeliveryStatus' (first at line 6)"),
        broken(
            "duplicate-constant.yaml",
            "RG210",
            10,
            19,
            "duplicate constant 'DELIVERED' in enum 'DeliveryStatus' (first at line 7)"),
        broken(
            "mixed-wire-kinds.yaml",
            "RG211",
            9,
            15,
            "enum 'SecureLineCode' mixes integer and string wire values: 'none' is a string but the"
                + " value at line 6 is an integer"),
        broken(
            "invalid-report-name.yaml",
            "RG212",
            3,
            11,
            "report name 'sent_email' is not an UpperCamelCase Java identifier (a capital letter,"
                + " then letters and digits). Did you mean 'SentEmail'?"),
        broken(
            "invalid-constant.yaml",
            "RG213",
            7,
            19,
            "enum constant 'postDeliveryHardFail' is not an UPPER_SNAKE_CASE Java identifier"),
        broken("invalid-constant.yaml", "RG213", 7, 19, "Did you mean 'POST_DELIVERY_HARD_FAIL'?"),
        broken(
            "reserved-constant.yaml",
            "RG213",
            7,
            19,
            "enum constant 'UNKNOWN' is reserved: the generated enum declares UNKNOWN itself."
                + " Did you mean 'UNKNOWN_VALUE'?"),
        broken(
            "keyword-is-java-keyword.yaml",
            "RG214",
            9,
            18,
            "column 'class' would become record component 'class', which is a Java keyword;"
                + " add 'java_name:' with another name, e.g. 'java_name: classValue'"),
        broken(
            "keyword-not-identifier.yaml",
            "RG215",
            9,
            18,
            "column '2fa_enabled' would become record component '2faEnabled', which is not a valid"
                + " Java identifier; add 'java_name:'"),
        broken(
            "reserved-extras.yaml",
            "RG216",
            9,
            18,
            "column 'extras' would become record component 'extras', which is reserved"),
        broken(
            "reserved-equals.yaml",
            "RG216",
            9,
            18,
            "column 'equals' would become record component 'equals', which is reserved: its"
                + " accessor equals() would sit next to equals(Object) and read as a comparison;"
                + " add 'java_name:' with another name"),
        broken(
            "camelcase-collision.yaml",
            "RG217",
            12,
            18,
            "columns 'date_sent' (line 9) and 'date-sent' both become record component 'dateSent';"
                + " give one of them a 'java_name:'"),
        broken(
            "endpoint-claimed-twice.yaml",
            "RG218",
            16,
            27,
            "endpoint 'getSample' is already claimed by report 'Sample'"
                + " (broken/endpoint-claimed-twice.yaml:7:17)"),
        broken(
            "duplicate-endpoint.yaml",
            "RG219",
            7,
            28,
            "endpoint 'getSample' is listed twice in this report (first at line 7, column 17)"),
        broken(
            "duplicate-report-name.yaml",
            "RG220",
            12,
            11,
            "Java class name 'Sample' of report 'Sample' is already used by report 'Sample'"
                + " (broken/duplicate-report-name.yaml:3:11)"),
        broken(
            "parser-name-clash.yaml",
            "RG220",
            11,
            11,
            "Java class name 'SampleParser' of the parser class of report 'Sample' is already used"
                + " by enum 'SampleParser'"),
        broken(
            "integer-code-out-of-range.yaml",
            "RG221",
            6,
            15,
            "integer wire value 4294967296 is outside the range of a Java int"),
        broken("report-without-columns.yaml", "RG222", 3, 5, "report 'Sample' has no columns"),
        broken(
            "report-without-endpoints.yaml", "RG223", 3, 5, "report 'Sample' lists no endpoints"),
        broken(
            "shadows-java-lang.yaml",
            "RG224",
            3,
            11,
            "report name 'String' would hide java.lang.String in the generated package"),
        broken(
            "unknown-scope.yaml",
            "RG225",
            9,
            16,
            "unknown endpoint scope 'acount'. Did you mean 'account'?"),
        broken(
            "path-not-relative.yaml",
            "RG226",
            10,
            15,
            "path 'account/{account}/sample' of endpoint 'getSample' does not start with '/'; a"
                + " path is relative to the API's base URL"),
        broken(
            "path-not-relative.yaml", "RG226", 10, 15, "Did you mean '/account/{account}/sample'?"),
        broken(
            "path-without-placeholder.yaml",
            "RG227",
            10,
            15,
            "path '/account/sample' of endpoint 'getSample' has no '{account}'"),
        broken(
            "path-foreign-placeholder.yaml",
            "RG228",
            10,
            15,
            "path of endpoint 'getSample' holds '{acount}', but the only placeholder of an account"
                + " endpoint is '{account}'"),
        broken("path-foreign-placeholder.yaml", "RG228", 10, 15, "Did you mean '{account}'?"),
        broken(
            "path-with-query.yaml",
            "RG229",
            10,
            15,
            "path '/account/{account}/sample?matches=10' of endpoint 'getSample' holds '?'"),
        broken(
            "duplicate-path.yaml",
            "RG230",
            13,
            15,
            "endpoint 'getSampleAgain' has the same scope and path '/account/{account}/sample' as"
                + " endpoint 'getSample' (broken/duplicate-path.yaml:8:9)"),
        broken(
            "scope-without-path.yaml",
            "RG231",
            9,
            16,
            "endpoint 'getSample' has 'scope: account' but no 'path'"),
        broken(
            "path-without-scope.yaml",
            "RG232",
            9,
            15,
            "endpoint 'getSample' has a 'path' but no 'scope'; give both or neither."
                + " Did you mean to add 'scope: user'?"),
        broken(
            "endpoint-constant-reserved.yaml",
            "RG233",
            7,
            28,
            "endpoint 'instance' would get the registry constant 'INSTANCE', which every registry"
                + " already declares for itself"),
        broken(
            "path-with-space.yaml",
            "RG235",
            10,
            15,
            "path '/account/{account}/sent mail' of endpoint 'getSample' holds U+0020 ' ', which a"
                + " URL path cannot hold as written; percent-encode it (a space is %20)"),
        broken(
            "endpoint-constant-clash.yaml",
            "RG234",
            7,
            28,
            "endpoints 'getSample' (broken/endpoint-constant-clash.yaml:7:17) and 'get_sample'"
                + " both become the registry constant 'GET_SAMPLE'"));
  }

  private static Arguments broken(String file, String tag, int line, int column, String text) {
    return Arguments.of(file, tag, line, column, text);
  }

  @ParameterizedTest(name = "{0}: {1} at {2}:{3}")
  @MethodSource("catalogue")
  void reportsExactlyTheOneProblem(String file, String tag, int line, int column, String text) {
    String name = "broken/" + file;
    ListDiagnostics diagnostics = new ListDiagnostics();

    Optional<SchemaSet> set = SchemaReader.read(List.of(TestFiles.load(name)), diagnostics);

    assertThat(set).isEmpty();
    assertWithMessage(diagnostics.toString()).that(diagnostics.entries()).hasSize(1);
    ListDiagnostics.Entry e = diagnostics.entries().get(0);
    assertThat(e.tag()).isEqualTo(tag);
    assertThat(e.where()).isEqualTo(new SourceLocation(name, line, column));
    assertThat(e.text()).contains(text);
  }
}
