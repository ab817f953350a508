package dev.reportgen.processor.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns schema text into Javadoc that can neither end the comment early nor start a tag, and whose
 * HTML is well formed: {@code *}{@code /}, {@code @}, {@code <}, {@code >}, {@code &}, braces and
 * backslash-u sequences in descriptions are written as character references. Non-ASCII characters
 * are kept (generated sources are read in the compiler's encoding, like every other source).
 */
final class JavadocText {
  private JavadocText() {}

  /**
   * A description as Javadoc prose: whitespace runs collapsed, blank lines turned into {@code <p>}
   * paragraph breaks, special characters escaped. Null or blank gives "".
   */
  static String prose(String description) {
    if (description == null || description.isBlank()) {
      return "";
    }
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : description.strip().split("\\R", -1)) {
      if (line.isBlank()) {
        if (current.length() > 0) {
          paragraphs.add(current.toString());
          current.setLength(0);
        }
        continue;
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(line.strip().replaceAll("\\s+", " "));
    }
    if (current.length() > 0) {
      paragraphs.add(current.toString());
    }
    StringBuilder out = new StringBuilder();
    for (String paragraph : paragraphs) {
      if (out.length() > 0) {
        out.append("\n\n<p>");
      }
      out.append(escape(paragraph));
    }
    return out.toString();
  }

  /** Escapes one line of text for Javadoc HTML. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '{' -> out.append("&#123;");
        case '}' -> out.append("&#125;");
        case '\\' -> out.append("&#92;");
        case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
        case '\r', '\n', '\t' -> out.append(' ');
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append("&#").append((int) c).append(';');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * A literal (wire keyword, wire value, endpoint) in code font: {@code {@code text}} when that is
   * safe, else {@code <code>} with escaped text.
   */
  static String code(String literal) {
    if (isSafeInCodeTag(literal)) {
      return "{@code " + literal + "}";
    }
    return "<code>" + escape(literal) + "</code>";
  }

  private static boolean isSafeInCodeTag(String literal) {
    if (literal.isEmpty()
        || literal.isBlank()
        || literal.startsWith(" ")
        || literal.endsWith(" ")) {
      return false;
    }
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '{' || c == '}' || c == '\\' || c == '@') {
        return false;
      }
      if (c == '/' && i > 0 && literal.charAt(i - 1) == '*') {
        return false;
      }
    }
    return true;
  }

  /**
   * "Title: description" as the first sentence of a type's Javadoc. The description's first letter
   * is lowered when its first word is an ordinary capitalised word ("One row" becomes "one row",
   * "SMTP relay" stays).
   */
  static String titled(String title, String description) {
    String prose = prose(description);
    if (prose.isEmpty()) {
      return escape(title) + ".";
    }
    if (prose.length() > 1
        && Character.isUpperCase(prose.charAt(0))
        && Character.isLowerCase(prose.charAt(1))) {
      prose = Character.toLowerCase(prose.charAt(0)) + prose.substring(1);
    }
    return escape(title) + ": " + prose;
  }
}
