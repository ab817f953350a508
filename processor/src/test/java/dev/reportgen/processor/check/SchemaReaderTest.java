package dev.reportgen.processor.check;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.reportgen.processor.diagnostics.Diagnostics;
import dev.reportgen.processor.diagnostics.ListDiagnostics;
import dev.reportgen.processor.diagnostics.Message;
import dev.reportgen.processor.diagnostics.SourceLocation;
import dev.reportgen.processor.schema.EnumDef;
import dev.reportgen.processor.schema.EnumValueDef;
import dev.reportgen.processor.schema.SchemaFile;
import dev.reportgen.processor.schema.SchemaSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whole-set behaviour of {@link SchemaReader}: all problems, all files, never a throw. */
class SchemaReaderTest {

  private static SchemaFile file(String name, String text) {
    return new SchemaFile(name, text.getBytes(UTF_8));
  }

  @Test
  void reportsEveryProblemOfAFile() {
    ListDiagnostics d = new ListDiagnostics();

    Optional<SchemaSet> set =
        SchemaReader.read(List.of(TestFiles.load("broken/multiple-problems.yaml")), d);

    assertThat(set).isEmpty();
    assertThat(
            d.entries().stream()
                .map(e -> e.tag() + "@" + e.where().line() + ":" + e.where().column())
                .toList())
        .containsExactly(
            // structure first (one pass over the file) ...
            "RG112@31:9", // nulable, did you mean nullable
            "RG111@33:9", // column without type
            // ... then meaning, in file order
            "RG209@9:15", // duplicate wire 'red'
            "RG213@10:19", // constant 'red'
            "RG202@15:11", // kind rowz
            "RG201@20:15", // type Intger
            "RG203@24:15", // enum Color
            "RG214@26:18") // keyword class
        .inOrder();
    assertThat(d.entries().get(0).text()).contains("Did you mean 'nullable'?");
    assertThat(d.entries().get(3).text()).contains("Did you mean 'RED'?");
    assertThat(d.entries().get(4).text()).contains("Did you mean 'rows'?");
    assertThat(d.entries().get(5).text()).contains("Did you mean 'Integer'?");
    assertThat(d.entries().get(6).text()).contains("Did you mean 'Colour'?");
  }

  @Test
  void checksEveryFileEvenAfterABrokenOne() {
    ListDiagnostics d = new ListDiagnostics();

    SchemaReader.read(
        List.of(
            TestFiles.load("broken/syntax-error.yaml"),
            TestFiles.load("broken/unknown-type.yaml"),
            TestFiles.load("broken/not-utf8.yaml"),
            TestFiles.load("broken/unknown-top-level-key.yaml")),
        d);

    assertThat(d.entries().stream().map(e -> e.where().file() + " " + e.tag()).toList())
        .containsExactly(
            "broken/syntax-error.yaml RG102",
            "broken/not-utf8.yaml RG101",
            "broken/unknown-top-level-key.yaml RG112",
            "broken/unknown-type.yaml RG201") // semantic checks run over the whole set afterwards
        .inOrder();
  }

  @Test
  void enumsAndEndpointsAreSharedAcrossFiles() {
    String enums =
        "enums:\n  - name: Colour\n    description: A colour.\n    values:\n"
            + "      - {wire: red, constant: RED, description: Red.}\n";
    String reportA =
        "reports:\n  - name: A\n    title: A\n    kind: rows\n    description: A.\n"
            + "    endpoints: [getA]\n    columns:\n"
            + "      - {keyword: colour, type: enum, enum: Colour, description: C.}\n";
    String reportB = reportA.replace("name: A", "name: B").replace("Colour,", "Color,");
    ListDiagnostics d = new ListDiagnostics();

    SchemaReader.read(
        List.of(file("e.yaml", enums), file("a.yaml", reportA), file("b.yaml", reportB)), d);

    assertThat(d.entries().stream().map(ListDiagnostics.Entry::toString).toList())
        .containsExactly(
            "b.yaml:6:17: [RG218] endpoint 'getA' is already claimed by report 'A' (a.yaml:6:17);"
                + " an endpoint returns exactly one report: remove it from one of them",
            "b.yaml:8:45: [RG203] column refers to enum 'Color', which no file of this schema set"
                + " defines. Did you mean 'Colour'? Defined enums: Colour")
        .inOrder();
  }

  @Test
  void noUnknownEnumErrorsWhenAFileCouldNotBeRead() {
    // the enum may well be defined in the unreadable file: do not pile up follow-on errors
    String report =
        "reports:\n  - name: A\n    title: A\n    kind: rows\n    description: A.\n"
            + "    endpoints: [getA]\n    columns:\n"
            + "      - {keyword: colour, type: Enum, enum: Colour, description: C.}\n";
    ListDiagnostics d = new ListDiagnostics();

    Optional<SchemaSet> set =
        SchemaReader.read(List.of(file("enums.yaml", "enums: [\n"), file("a.yaml", report)), d);

    assertThat(set).isEmpty();
    assertThat(d.tags()).containsExactly("RG102");
  }

  @Test
  void oversizedFile() {
    // generated rather than stored: the limit is 1 Mi code points
    StringBuilder b = new StringBuilder("# padding\n");
    while (b.length() <= 1 << 20) {
      b.append("# ").append("x".repeat(76)).append('\n');
    }
    ListDiagnostics d = new ListDiagnostics();

    SchemaReader.read(List.of(file("big.yaml", b.toString())), d);

    assertThat(d.tags()).containsExactly("RG105");
    assertThat(d.entries().get(0).where()).isEqualTo(new SourceLocation("big.yaml", 1, 1));
    assertThat(d.entries().get(0).text()).contains("more than the limit of 1048576");
  }

  @Test
  void aliasesToScalarsAndFewCollectionsAreFine() {
    String text =
        "enums:\n  - name: Colour\n    description: &d A colour.\n    values: &v\n"
            + "      - {wire: red, constant: RED, description: *d}\n"
            + "  - name: Hue\n    description: *d\n    values: *v\n";
    ListDiagnostics d = new ListDiagnostics();

    Optional<SchemaSet> set = SchemaReader.read(List.of(file("a.yaml", text)), d);

    assertWithMessage(d.toString()).that(set).isPresent();
    assertThat(set.get().enums().get(1).values().get(0).description()).isEqualTo("A colour.");
  }

  @Test
  void byteOrderMarkIsSkipped() {
    String text =
        "\uFEFFenums:\n  - name: Colour\n    description: A.\n    values:\n"
            + "      - {wire: red, constant: RED, description: Red.}\n";
    ListDiagnostics d = new ListDiagnostics();

    assertThat(SchemaReader.read(List.of(file("a.yaml", text)), d)).isPresent();
  }

  @Test
  void typeNamesAreCaseInsensitive() {
    StringBuilder b =
        new StringBuilder(
            "reports:\n  - name: A\n    title: A\n    kind: ROWS\n    description: A.\n"
                + "    endpoints: [getA]\n    columns:\n");
    String[] types = {
      "DATE",
      "date",
      "Date",
      "DATETIME",
      "Datetime",
      "datetime",
      "Integer",
      "INTEGER",
      "integer",
      "Float",
      "FLOAT",
      "String",
      "STRING",
      "string"
    };
    for (int i = 0; i < types.length; i++) {
      b.append("      - {keyword: c")
          .append(i)
          .append(", type: ")
          .append(types[i])
          .append(", description: x}\n");
    }
    ListDiagnostics d = new ListDiagnostics();

    Optional<SchemaSet> set = SchemaReader.read(List.of(file("a.yaml", b.toString())), d);

    assertWithMessage(d.toString()).that(set).isPresent();
    assertThat(set.get().reports().get(0).columns().stream().map(c -> c.type().name()).toList())
        .containsExactly(
            "DATE",
            "DATE",
            "DATE",
            "DATETIME",
            "DATETIME",
            "DATETIME",
            "INTEGER",
            "INTEGER",
            "INTEGER",
            "FLOAT",
            "FLOAT",
            "STRING",
            "STRING",
            "STRING")
        .inOrder();
  }

  @Test
  void integerCodesInEveryYamlSpelling() {
    String text =
        "enums:\n  - name: Code\n    description: C.\n    values:\n"
            + "      - {wire: -2, constant: A, description: a}\n"
            + "      - {wire: +3, constant: B, description: b}\n"
            + "      - {wire: 0x10, constant: C, description: c}\n"
            + "      - {wire: 1_000, constant: D, description: d}\n"
            + "      - {wire: 2147483647, constant: E, description: e}\n"
            + "      - {wire: -2147483648, constant: F, description: f}\n";
    ListDiagnostics d = new ListDiagnostics();

    Optional<SchemaSet> set = SchemaReader.read(List.of(file("a.yaml", text)), d);

    assertWithMessage(d.toString()).that(set).isPresent();
    EnumDef e = set.get().enums().get(0);
    assertThat(e.integerCodes()).isTrue();
    assertThat(e.values().stream().map(EnumValueDef::wire).toList())
        .containsExactly("-2", "3", "16", "1000", "2147483647", "-2147483648")
        .inOrder();
  }

  @Test
  void duplicateIntegerCodesAreComparedByValue() {
    String text =
        "enums:\n  - name: Code\n    description: C.\n    values:\n"
            + "      - {wire: 16, constant: A, description: a}\n"
            + "      - {wire: 0x10, constant: B, description: b}\n";
    ListDiagnostics d = new ListDiagnostics();

    SchemaReader.read(List.of(file("a.yaml", text)), d);

    assertThat(d.tags()).containsExactly("RG209");
  }

  private static ListDiagnostics readEndpoint(String scope, String path) {
    String yaml =
        "reports:\n  - name: A\n    title: A\n    kind: rows\n    description: A.\n"
            + "    endpoints:\n      - name: getA\n        scope: "
            + scope
            + "\n"
            + "        path: "
            + path
            + "\n"
            + "    columns:\n      - {keyword: id, type: Integer, description: The id.}\n";
    ListDiagnostics d = new ListDiagnostics();
    SchemaReader.read(List.of(file("e.yaml", yaml)), d);
    return d;
  }

  @Test
  void thePlaceholderOfTheOtherScopeSuggestsThatScope() {
    ListDiagnostics d = readEndpoint("account", "/user/{user}/report");
    assertThat(d.tags()).containsExactly("RG228");
    assertThat(d.entries().get(0).text()).contains("Did you mean 'scope: user'?");
  }

  @Test
  void aFullUrlAsPathSuggestsThePathBelowTheBaseUrl() {
    ListDiagnostics d =
        readEndpoint("user", "https://rest.luxsci.com/perl/api/v2/user/{user}/report/email");
    assertThat(d.tags()).containsExactly("RG226");
    assertThat(d.entries().get(0).text()).contains("Did you mean '/user/{user}/report/email'?");
  }

  @Test
  void aFragmentIsNoPartOfAPathButPercentEncodingIs() {
    ListDiagnostics d = readEndpoint("account", "/account/{account}/report#top");
    assertThat(d.tags()).containsExactly("RG235");
    assertThat(d.entries().get(0).text()).contains("holds '#' (a fragment");
    assertThat(readEndpoint("account", "/account/{account}/sent%20mail").entries()).isEmpty();
  }

  @Test
  void aStrayBraceIsNotAPlaceholder() {
    ListDiagnostics d = readEndpoint("account", "/account/{account}/report}");
    assertThat(d.tags()).containsExactly("RG228");
    assertThat(d.entries().get(0).text()).contains("holds '}'");
  }

  @Test
  void scopeIsCaseInsensitiveAndTheSamePathInTheOtherScopeIsAnotherUrl() {
    String yaml =
        "reports:\n  - name: A\n    title: A\n    kind: rows\n    description: A.\n"
            + "    endpoints:\n"
            + "      - {name: getA, scope: ACCOUNT, path: '/x/{account}'}\n"
            + "      - {name: getB, scope: user, path: '/x/{user}'}\n"
            + "    columns:\n      - {keyword: id, type: Integer, description: The id.}\n";
    ListDiagnostics d = new ListDiagnostics();
    SchemaSet set = SchemaReader.read(List.of(file("e.yaml", yaml)), d).orElseThrow();
    assertThat(d.entries()).isEmpty();
    assertThat(set.reports().get(0).endpoints().stream().map(e -> e.scope() + " " + e.path()))
        .containsExactly("ACCOUNT /x/{account}", "USER /x/{user}")
        .inOrder();
  }

  @Test
  void emptyListOfFilesIsAnEmptySet() {
    ListDiagnostics d = new ListDiagnostics();
    Optional<SchemaSet> set = SchemaReader.read(List.of(), d);
    assertThat(set)
        .hasValue(new SchemaSet(List.of(), SchemaReader.DEFAULT_REGISTRY, List.of(), List.of()));
  }

  @Test
  void earlierErrorsOfTheCallerDoNotFailThisSet() {
    ListDiagnostics d = new ListDiagnostics();
    d.error(null, new Message("RG000", "an earlier problem of another set"));
    assertThat(SchemaReader.read(List.of(TestFiles.load("valid/enums.yaml")), d)).isPresent();
  }

  @Test
  void neverThrowsOnGarbage() {
    // mutations of a valid file: every outcome is a set or diagnostics, never an exception or an
    // internal error
    byte[] valid = TestFiles.load("valid/reports.yaml").bytes();
    byte[] enums = TestFiles.load("valid/enums.yaml").bytes();
    Random random = new Random(42);
    byte[] alphabet = ":-[]{}&*!|>'\"#%@`,?\t\n \u00e9xA1".getBytes(UTF_8);
    for (int round = 0; round < 1000; round++) {
      byte[] bytes = valid.clone();
      int edits = 1 + random.nextInt(4);
      for (int i = 0; i < edits; i++) {
        int at = random.nextInt(bytes.length);
        bytes[at] =
            random.nextInt(8) == 0
                ? (byte) random.nextInt(256)
                : alphabet[random.nextInt(alphabet.length)];
      }
      List<Message> seen = new ArrayList<>();
      Diagnostics d =
          new Diagnostics() {
            @Override
            public void error(SourceLocation where, Message message) {
              seen.add(message);
              assertWithMessage("location of %s", message).that(where).isNotNull();
              assertThat(where.line()).isAtLeast(1);
              assertThat(where.column()).isAtLeast(1);
            }

            @Override
            public boolean hasErrors() {
              return !seen.isEmpty();
            }
          };
      SchemaReader.read(
          List.of(new SchemaFile("e.yaml", enums), new SchemaFile("m.yaml", bytes)), d);
      for (Message m : seen) {
        assertWithMessage(new String(bytes, UTF_8)).that(m.tag()).isNotEqualTo("RG901");
      }
    }
  }
}
