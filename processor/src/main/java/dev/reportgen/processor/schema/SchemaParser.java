package dev.reportgen.processor.schema;

import dev.reportgen.processor.diagnostics.Diagnostics;
import dev.reportgen.processor.diagnostics.DidYouMean;
import dev.reportgen.processor.diagnostics.Messages;
import dev.reportgen.processor.diagnostics.SourceLocation;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The structural pass over one file's node tree: mappings, lists and scalars where the schema
 * language wants them, required keys present, no unknown or duplicate keys, flags that are flags.
 * Produces a {@link Parsed.File} with everything that could be read; reports the rest (RG107,
 * RG110-RG114, RG221) and carries on with the next element.
 */
final class SchemaParser {
  static final List<String> ROOT_KEYS = List.of("enums", "reports");
  static final List<String> ENUM_KEYS = List.of("name", "description", "values");
  static final List<String> VALUE_KEYS = List.of("wire", "constant", "description");
  static final List<String> REPORT_KEYS =
      List.of("name", "title", "kind", "description", "endpoints", "additional_fields", "columns");
  static final List<String> ENDPOINT_KEYS = List.of("name", "scope", "path");
  static final List<String> COLUMN_KEYS =
      List.of("keyword", "type", "description", "nullable", "optional", "enum", "java_name");

  private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);

  private final String file;
  private final Diagnostics diagnostics;

  private SchemaParser(String file, Diagnostics diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  /** Reads the root node of {@code file}. */
  static Parsed.File parse(String file, Node root, Diagnostics diagnostics) {
    return new SchemaParser(file, diagnostics).root(root);
  }

  // ------------------------------------------------------------------ elements

  private Parsed.File root(Node root) {
    List<Parsed.EnumType> enums = new ArrayList<>();
    List<Parsed.Report> reports = new ArrayList<>();
    if (root instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
      diagnostics.error(where(root), Messages.emptyFile());
      return new Parsed.File(file, true, enums, reports);
    }
    if (!(root instanceof MappingNode)) {
      wrongKind(
          root, "the top level of a schema file", "a mapping with 'enums:' and/or 'reports:'");
      return new Parsed.File(file, true, enums, reports);
    }
    if (((MappingNode) root).getValue().isEmpty()) {
      diagnostics.error(where(root), Messages.emptyFile());
    }
    Map<String, Node> fields = fields((MappingNode) root, "the top level of the file", ROOT_KEYS);
    for (Node n : listOrEmpty(fields.get("enums"), "'enums'")) {
      Parsed.EnumType e = enumType(n);
      if (e != null) {
        enums.add(e);
      }
    }
    for (Node n : listOrEmpty(fields.get("reports"), "'reports'")) {
      Parsed.Report r = report(n);
      if (r != null) {
        reports.add(r);
      }
    }
    return new Parsed.File(file, true, enums, reports);
  }

  private Parsed.EnumType enumType(Node node) {
    if (!(node instanceof MappingNode m)) {
      wrongKind(node, "an entry of 'enums'", "a mapping (name, description, values)");
      return null;
    }
    Map<String, Node> f = fields(m, "an enum", ENUM_KEYS);
    Parsed.Text name = requiredText(f, "name", m, "enum", "DeliveryStatus");
    String what = name == null ? "enum" : "enum '" + name.value() + "'";
    String description = requiredDescription(f, m, what);
    List<Parsed.Value> values = null;
    if (!f.containsKey("values")) {
      missing(m, "values", what, "[...]");
    } else {
      List<Node> nodes = list(f.get("values"), "'values' of " + what);
      if (nodes != null) {
        values = new ArrayList<>();
        for (Node v : nodes) {
          Parsed.Value value = value(v, what);
          if (value != null) {
            values.add(value);
          }
        }
        values = nullIfAllRejected(nodes, values);
      }
    }
    return new Parsed.EnumType(name, description, values, where(m));
  }

  private Parsed.Value value(Node node, String enumWhat) {
    if (!(node instanceof MappingNode m)) {
      wrongKind(node, "a value of " + enumWhat, "a mapping (wire, constant, description)");
      return null;
    }
    Map<String, Node> f = fields(m, "an enum value", VALUE_KEYS);
    Parsed.Text wire = null;
    boolean integer = false;
    Node w = f.get("wire");
    if (w == null) {
      missing(m, "wire", "a value of " + enumWhat, "Delivered");
    } else if (!(w instanceof ScalarNode ws)) {
      wrongKind(w, "'wire'", "a string or an integer");
    } else if (ws.getTag().equals(Tag.NULL) || ws.getValue().isEmpty()) {
      diagnostics.error(where(w), Messages.emptyValue("'wire'"));
    } else if (ws.getTag().equals(Tag.INT)) {
      integer = true;
      BigInteger code = parseYamlInt(ws.getValue());
      if (code == null) {
        wrongKind(w, "'wire'", "a string or an integer");
      } else if (code.compareTo(INT_MIN) < 0 || code.compareTo(INT_MAX) > 0) {
        diagnostics.error(where(w), Messages.integerCodeOutOfRange(ws.getValue()));
      } else {
        wire = new Parsed.Text(code.toString(), where(w));
      }
    } else {
      wire = new Parsed.Text(ws.getValue(), where(w));
    }
    String constWhat =
        wire == null ? "a value of " + enumWhat : "value '" + wire.value() + "' of " + enumWhat;
    Parsed.Text constant = requiredText(f, "constant", m, constWhat, "DELIVERED");
    String description = requiredDescription(f, m, constWhat);
    return new Parsed.Value(wire, integer, constant, description, where(m));
  }

  private Parsed.Report report(Node node) {
    if (!(node instanceof MappingNode m)) {
      wrongKind(
          node, "an entry of 'reports'", "a mapping (name, title, kind, endpoints, columns, ...)");
      return null;
    }
    Map<String, Node> f = fields(m, "a report", REPORT_KEYS);
    Parsed.Text name = requiredText(f, "name", m, "report", "SentEmail");
    String what = name == null ? "report" : "report '" + name.value() + "'";
    Parsed.Text titleText = requiredText(f, "title", m, what, "Sent Email");
    Parsed.Text kind = requiredText(f, "kind", m, what, "rows");
    String description = requiredDescription(f, m, what);
    List<Parsed.Endpoint> endpoints = null;
    if (!f.containsKey("endpoints")) {
      missing(m, "endpoints", what, "[getEmailSMTPSentReportUser]");
    } else {
      List<Node> nodes = list(f.get("endpoints"), "'endpoints' of " + what);
      if (nodes != null) {
        endpoints = new ArrayList<>();
        for (Node e : nodes) {
          Parsed.Endpoint endpoint = endpoint(e);
          if (endpoint != null) {
            endpoints.add(endpoint);
          }
        }
        endpoints = nullIfAllRejected(nodes, endpoints);
      }
    }
    boolean additional = flag(f.get("additional_fields"), "additional_fields", false);
    List<Parsed.Column> columns = null;
    if (!f.containsKey("columns")) {
      missing(m, "columns", what, "[...]");
    } else {
      List<Node> nodes = list(f.get("columns"), "'columns' of " + what);
      if (nodes != null) {
        columns = new ArrayList<>();
        for (Node c : nodes) {
          Parsed.Column column = column(c, what);
          if (column != null) {
            columns.add(column);
          }
        }
        columns = nullIfAllRejected(nodes, columns);
      }
    }
    return new Parsed.Report(
        name,
        titleText == null ? null : titleText.value(),
        kind,
        description,
        endpoints,
        additional,
        columns,
        where(m));
  }

  /**
   * An entry of {@code endpoints}: a plain name, or a mapping with {@code name} and optionally
   * {@code scope} and {@code path} (checked together by the semantic pass).
   */
  private Parsed.Endpoint endpoint(Node node) {
    if (!(node instanceof MappingNode m)) {
      Parsed.Text name = text(node, "an endpoint");
      return name == null ? null : new Parsed.Endpoint(name, null, null, name.location());
    }
    Map<String, Node> f = fields(m, "an endpoint", ENDPOINT_KEYS);
    Parsed.Text name = requiredText(f, "name", m, "endpoint", "getEmailSMTPSentReportAccount");
    String what = name == null ? "endpoint" : "endpoint '" + name.value() + "'";
    Parsed.Text scope = f.containsKey("scope") ? text(f.get("scope"), "'scope' of " + what) : null;
    Parsed.Text path = f.containsKey("path") ? text(f.get("path"), "'path' of " + what) : null;
    boolean unreadable =
        f.size() != m.getValue().size() // an unknown, duplicate or odd key, reported
            || (f.containsKey("scope") && scope == null)
            || (f.containsKey("path") && path == null);
    if (name == null || unreadable) {
      return null; // reported; checking the rest would only add follow-on errors
    }
    return new Parsed.Endpoint(name, scope, path, where(m));
  }

  private Parsed.Column column(Node node, String reportWhat) {
    if (!(node instanceof MappingNode m)) {
      wrongKind(node, "a column of " + reportWhat, "a mapping (keyword, type, description, ...)");
      return null;
    }
    Map<String, Node> f = fields(m, "a column", COLUMN_KEYS);
    Parsed.Text keyword = requiredText(f, "keyword", m, "column", "date_sent");
    String what = keyword == null ? "column" : "column '" + keyword.value() + "'";
    Parsed.Text type = requiredText(f, "type", m, what, "String");
    String description = requiredDescription(f, m, what);
    Node nullableNode = f.get("nullable");
    Boolean nullable = nullableNode == null ? null : flag(nullableNode, "nullable", false);
    boolean optional = flag(f.get("optional"), "optional", false);
    Parsed.Text enumRef = f.containsKey("enum") ? text(f.get("enum"), "'enum'") : null;
    Parsed.Text javaName =
        f.containsKey("java_name") ? text(f.get("java_name"), "'java_name'") : null;
    return new Parsed.Column(
        keyword,
        type,
        nullable,
        nullableNode == null ? null : where(nullableNode),
        optional,
        enumRef,
        javaName,
        description,
        where(m));
  }

  // ------------------------------------------------------------------ node helpers

  /**
   * The mapping's entries by key, in order; reports non-scalar keys, duplicate keys (the first
   * wins) and unknown keys (with a suggestion).
   */
  private Map<String, Node> fields(MappingNode m, String what, List<String> allowed) {
    Map<String, Node> fields = new LinkedHashMap<>();
    Map<String, Node> keys = new LinkedHashMap<>();
    for (NodeTuple t : m.getValue()) {
      Node k = t.getKeyNode();
      if (!(k instanceof ScalarNode ks)) {
        wrongKind(k, "a key in " + what, "a plain name");
        continue;
      }
      String key = ks.getValue();
      Node first = keys.putIfAbsent(key, k);
      if (first != null) {
        diagnostics.error(where(k), Messages.duplicateKey(key, where(first)));
        continue;
      }
      if (!allowed.contains(key)) {
        diagnostics.error(
            where(k), Messages.unknownKey(key, what, DidYouMean.suggest(key, allowed), allowed));
        continue;
      }
      fields.put(key, t.getValueNode());
    }
    return fields;
  }

  /** The entries of a list, or null (reported) when the node is not a list. */
  private List<Node> list(Node node, String what) {
    if (node instanceof SequenceNode s) {
      return s.getValue();
    }
    wrongKind(node, what, "a list");
    return null;
  }

  /**
   * Null when every entry of a non-empty list was rejected (and reported): then "the list is empty"
   * would be a follow-on error, not a problem of its own.
   */
  private static <T> List<T> nullIfAllRejected(List<Node> nodes, List<T> accepted) {
    return accepted.isEmpty() && !nodes.isEmpty() ? null : accepted;
  }

  /** The entries of an optional list: absent or not a list (reported) gives no entries. */
  private List<Node> listOrEmpty(Node node, String what) {
    if (node == null) {
      return List.of();
    }
    List<Node> nodes = list(node, what);
    return nodes == null ? List.of() : nodes;
  }

  private Parsed.Text requiredText(
      Map<String, Node> f, String key, MappingNode owner, String what, String example) {
    if (!f.containsKey(key)) {
      missing(owner, key, what, example);
      return null;
    }
    return text(f.get(key), "'" + key + "'");
  }

  private String requiredDescription(Map<String, Node> f, MappingNode owner, String what) {
    Parsed.Text t =
        requiredText(f, "description", owner, what, "One sentence that becomes Javadoc.");
    return t == null ? null : t.value();
  }

  /** A non-empty scalar's text (booleans and numbers as written), or null when reported. */
  private Parsed.Text text(Node node, String what) {
    if (!(node instanceof ScalarNode s)) {
      wrongKind(node, what, "a single value (text)");
      return null;
    }
    if (s.getTag().equals(Tag.NULL) || s.getValue().isBlank()) {
      diagnostics.error(where(node), Messages.emptyValue(capitalise(what)));
      return null;
    }
    return new Parsed.Text(s.getValue(), where(node));
  }

  private boolean flag(Node node, String key, boolean absent) {
    if (node == null) {
      return absent;
    }
    if (node instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
      String v = s.getValue().toLowerCase(Locale.ROOT);
      return v.equals("true") || v.equals("yes") || v.equals("on");
    }
    if (node instanceof ScalarNode s) {
      diagnostics.error(where(node), Messages.notBoolean(key, s.getValue()));
    } else {
      wrongKind(node, "'" + key + "'", "true or false");
    }
    return absent;
  }

  private void missing(MappingNode owner, String key, String what, String example) {
    diagnostics.error(where(owner), Messages.missingKey(key, capitalise(what), example));
  }

  private void wrongKind(Node node, String what, String expected) {
    diagnostics.error(
        where(node), Messages.wrongNodeKind(capitalise(what), expected, describe(node)));
  }

  private static String describe(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    ScalarNode s = (ScalarNode) node;
    if (s.getTag().equals(Tag.NULL)) {
      return "an empty value";
    }
    String v = s.getValue();
    return "the value '" + (v.length() > 40 ? v.substring(0, 37) + "..." : v) + "'";
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private SourceLocation where(Node node) {
    return YamlLoader.location(file, node.getStartMark());
  }

  /**
   * The value of a scalar that SnakeYAML resolved as a YAML 1.1 integer: decimal, {@code 0x} hex,
   * {@code 0b} binary, {@code 0}-prefixed octal, {@code 1:30} base 60, with {@code _} separators.
   * Null when the text is none of those (an explicit {@code !!int} tag on other text).
   */
  static BigInteger parseYamlInt(String text) {
    String t = text.replace("_", "");
    boolean negative = false;
    if (t.startsWith("-") || t.startsWith("+")) {
      negative = t.startsWith("-");
      t = t.substring(1);
    }
    try {
      BigInteger v;
      if (t.contains(":")) {
        v = BigInteger.ZERO;
        for (String part : t.split(":", -1)) {
          v = v.multiply(BigInteger.valueOf(60)).add(new BigInteger(part));
        }
      } else if (t.startsWith("0x")) {
        v = new BigInteger(t.substring(2), 16);
      } else if (t.startsWith("0b")) {
        v = new BigInteger(t.substring(2), 2);
      } else if (t.length() > 1 && t.startsWith("0")) {
        v = new BigInteger(t.substring(1), 8);
      } else {
        v = new BigInteger(t);
      }
      return negative ? v.negate() : v;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
