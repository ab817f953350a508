package dev.reportgen.processor.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * Java names of schema elements: the camelCase derivation of record components from wire keywords,
 * and the identifier, keyword and reserved-name checks.
 *
 * <p>Derivation ({@link #componentName}): the keyword is cut into words at every character that is
 * not a letter or digit ({@code _}, {@code -}, space, {@code .}, ...). The first word is lowered:
 * entirely if it is all capitals ({@code URL} -> {@code url}), else its leading capitals, keeping
 * the last one of a run when a lower-case letter follows ({@code Opens} -> {@code opens}, {@code
 * SMTPCode} -> {@code smtpCode}, {@code messageID} unchanged). Every following word gets a capital
 * first letter; an all-capital word is lowered after its first letter ({@code sent_BY} -> {@code
 * sentBy}). So {@code date_sent} -> {@code dateSent}, {@code header1_value} -> {@code
 * header1Value}.
 */
public final class JavaNames {
  private JavaNames() {}

  /**
   * Record component names the generated record cannot use: {@code extras} (the extra-columns
   * component), {@code type} (the record's static {@code type()} method), the names JLS 8.10.1
   * forbids for record components, and {@code equals}, whose accessor {@code equals()} would sit
   * next to {@code equals(Object)} and read as a comparison at every call site. The one list: code
   * generation relies on it and has none of its own.
   */
  public static final Set<String> RESERVED_COMPONENTS =
      Set.of(
          "extras",
          "type",
          "clone",
          "finalize",
          "getClass",
          "hashCode",
          "notify",
          "notifyAll",
          "toString",
          "wait",
          "equals");

  /** Field names of every generated registry, which endpoint constants may not take. */
  public static final Set<String> RESERVED_ENDPOINT_CONSTANTS =
      Set.of("INSTANCE", "TYPES", "ENDPOINTS");

  /** Enum constant names the generated enum uses itself: the unknown constant and the lookup. */
  public static final Set<String> RESERVED_CONSTANTS = Set.of("UNKNOWN", "LOOKUP");

  /**
   * Simple names of {@code java.lang} types that generated code refers to unqualified; a report or
   * enum of the same name in the generated package would hide them.
   */
  public static final Set<String> JAVA_LANG_NAMES =
      Set.of(
          "Object",
          "String",
          "Long",
          "Double",
          "Integer",
          "Boolean",
          "Character",
          "Enum",
          "Record",
          "Override",
          "Deprecated",
          "SuppressWarnings",
          "Math",
          "Class",
          "Number",
          "Void",
          "System",
          "Iterable",
          "IndexOutOfBoundsException",
          "IllegalArgumentException",
          "IllegalStateException",
          "NullPointerException");

  private static final Pattern UPPER_CAMEL = Pattern.compile("[A-Z][A-Za-z0-9]*");
  private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");

  /** The lowerCamelCase record component name for a wire keyword; may be invalid (check it). */
  public static String componentName(String keyword) {
    List<String> words = words(keyword);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      b.append(i == 0 ? lowerFirstWord(w) : capitalise(w));
    }
    return b.toString();
  }

  /** An UpperCamelCase form of {@code text}, for suggestions; may be empty. */
  public static String upperCamel(String text) {
    String lower = componentName(text);
    if (lower.isEmpty()) {
      return lower;
    }
    return lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
  }

  /** An UPPER_SNAKE_CASE form of {@code text}, for suggestions; may be empty. */
  public static String upperSnake(String text) {
    StringBuilder b = new StringBuilder();
    for (String w : words(text)) {
      // split camelCase words too: postDelivery -> POST_DELIVERY
      String split = w.replaceAll("(?<=[a-z0-9])(?=[A-Z])", "_");
      if (b.length() > 0) {
        b.append('_');
      }
      b.append(split.toUpperCase(Locale.ROOT));
    }
    return b.toString();
  }

  /**
   * The registry constant for an endpoint name: {@code getEmailSMTPSentReportAccount} becomes
   * {@code GET_EMAIL_SMTP_SENT_REPORT_ACCOUNT} (a run of capitals is one word); may be invalid
   * (check it).
   */
  public static String endpointConstant(String endpoint) {
    return endpoint
        .replaceAll("[^A-Za-z0-9]+", "_")
        .replaceAll("(?<=[a-z0-9])(?=[A-Z])", "_")
        .replaceAll("(?<=[A-Z])(?=[A-Z][a-z])", "_")
        .toUpperCase(Locale.ROOT);
  }

  /** Whether {@code name} is a Java identifier (syntactically), keywords included. */
  public static boolean isIdentifierSyntax(String name) {
    return SourceVersion.isIdentifier(name);
  }

  /** Whether {@code name} is a Java keyword or literal ({@code class}, {@code true}, {@code _}). */
  public static boolean isKeyword(String name) {
    return SourceVersion.isKeyword(name);
  }

  /** Whether {@code name} can name a variable, field, method or type. */
  public static boolean isValidIdentifier(String name) {
    return SourceVersion.isName(name) && !name.contains(".");
  }

  /** Whether {@code name} is a valid UpperCamelCase type name (report, enum). */
  public static boolean isUpperCamel(String name) {
    return UPPER_CAMEL.matcher(name).matches() && isValidIdentifier(name);
  }

  /** Whether {@code name} is a valid UPPER_SNAKE_CASE constant name. */
  public static boolean isUpperSnake(String name) {
    return UPPER_SNAKE.matcher(name).matches() && isValidIdentifier(name);
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              if (Character.isLetterOrDigit(cp)) {
                w.appendCodePoint(cp);
              } else if (w.length() > 0) {
                words.add(w.toString());
                w.setLength(0);
              }
            });
    if (w.length() > 0) {
      words.add(w.toString());
    }
    return words;
  }

  private static boolean allUpper(String w) {
    return w.codePoints().noneMatch(Character::isLowerCase);
  }

  private static String lowerFirstWord(String w) {
    if (allUpper(w)) {
      return w.toLowerCase(Locale.ROOT);
    }
    int run = 0;
    while (run < w.length() && Character.isUpperCase(w.charAt(run))) {
      run++;
    }
    if (run == 0) {
      return w;
    }
    // keep the last capital of a run when it starts the next word: SMTPCode -> smtpCode
    int lowerUpTo =
        run > 1 && run < w.length() && Character.isLowerCase(w.charAt(run)) ? run - 1 : run;
    return w.substring(0, lowerUpTo).toLowerCase(Locale.ROOT) + w.substring(lowerUpTo);
  }

  private static String capitalise(String w) {
    String rest = allUpper(w) ? w.substring(1).toLowerCase(Locale.ROOT) : w.substring(1);
    return w.substring(0, 1).toUpperCase(Locale.ROOT) + rest;
  }
}
