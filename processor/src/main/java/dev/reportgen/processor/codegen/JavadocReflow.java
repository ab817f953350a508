package dev.reportgen.processor.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps the Javadoc of a finished source file at {@link #WIDTH} columns, as a person would.
 *
 * <p>JavaPoet wraps code (at {@code $W}) but writes every Javadoc line as it was given, and the
 * schema's descriptions are single long lines. Reflowing the finished file, rather than each of the
 * writers' Javadoc calls, keeps the rule in one place and sees the final indentation and
 * import-shortened names. Only comment body lines ({@code * text}) longer than the width change;
 * inline tags such as {@code {@link Foo}} are never split, and a tag line ({@code @param x ...})
 * continues with four more spaces. Deterministic: same input, same output.
 */
public final class JavadocReflow {
  /** The column limit of generated sources. */
  public static final int WIDTH = 100;

  private static final String TAG_CONTINUATION = "    ";

  private JavadocReflow() {}

  /** {@code source} with every over-long Javadoc body line wrapped. */
  public static String reflow(String source) {
    StringBuilder out = new StringBuilder(source.length() + 256);
    int start = 0;
    while (start < source.length()) {
      int end = source.indexOf('\n', start);
      int next = end < 0 ? source.length() : end + 1;
      String line = source.substring(start, end < 0 ? source.length() : end);
      appendWrapped(out, line);
      if (end >= 0) {
        out.append('\n');
      }
      start = next;
    }
    return out.toString();
  }

  private static void appendWrapped(StringBuilder out, String line) {
    int star = firstNonBlank(line);
    boolean body = star >= 0 && line.startsWith("* ", star) && !line.startsWith("*/", star);
    if (!body || line.length() <= WIDTH) {
      out.append(line);
      return;
    }
    String prefix = line.substring(0, star + 2);
    String text = line.substring(star + 2);
    String continuation = text.startsWith("@") ? prefix + TAG_CONTINUATION : prefix;
    StringBuilder current = new StringBuilder(prefix);
    boolean lineHasWord = false;
    for (String word : words(text)) {
      if (lineHasWord && current.length() + 1 + word.length() > WIDTH) {
        out.append(current).append('\n');
        current.setLength(0);
        current.append(continuation);
        lineHasWord = false;
      }
      if (lineHasWord) {
        current.append(' ');
      }
      current.append(word);
      lineHasWord = true;
    }
    out.append(current);
  }

  /** Space-separated words, keeping each {@code {...}} inline tag whole. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && depth > 0) {
        depth--;
      }
      if (c == ' ' && depth == 0) {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
      } else {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  private static int firstNonBlank(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) != ' ') {
        return i;
      }
    }
    return -1;
  }
}
