package dev.reportgen.processor.schema;

import dev.reportgen.processor.diagnostics.Diagnostics;
import dev.reportgen.processor.diagnostics.Messages;
import dev.reportgen.processor.diagnostics.SourceLocation;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Turns one schema file's bytes into a SnakeYAML node tree, or reports why it cannot. Never throws.
 *
 * <p>Defences, each reported with a position: strict UTF-8 (RG101), characters YAML forbids
 * (RG115), at most {@link #MAX_CODE_POINTS} characters (RG105), nesting at most {@link #MAX_DEPTH}
 * deep (RG106), at most {@link #MAX_ALIASES} aliases to collections (RG104, "billion laughs"), one
 * document per file (RG109). The same limits are also set on SnakeYAML's {@link LoaderOptions}.
 * Only the node API is used: no Java objects are ever constructed from YAML tags.
 */
final class YamlLoader {
  /** Largest schema file, in Unicode code points. */
  static final int MAX_CODE_POINTS = 1 << 20;

  /** Deepest nesting of lists and mappings. */
  static final int MAX_DEPTH = 20;

  /** Most aliases that refer to a list or mapping. */
  static final int MAX_ALIASES = 50;

  private YamlLoader() {}

  /** The root node of the file's single document, or empty when something was reported. */
  static Optional<Node> load(SchemaFile file, Diagnostics diagnostics) {
    String name = file.name();
    String text = decode(file, diagnostics);
    if (text == null) {
      return Optional.empty();
    }
    if (!checkCharacters(name, text, diagnostics)) {
      return Optional.empty();
    }
    try {
      if (!prescan(name, text, diagnostics)) {
        return Optional.empty();
      }
      Iterator<Node> documents = new Yaml(options()).composeAll(new StringReader(text)).iterator();
      if (!documents.hasNext()) {
        diagnostics.error(new SourceLocation(name, 1, 1), Messages.emptyFile());
        return Optional.empty();
      }
      return Optional.of(documents.next());
    } catch (MarkedYAMLException e) {
      reportMarked(name, e, diagnostics);
    } catch (ReaderException e) {
      diagnostics.error(
          locationOfIndex(name, text, e.getPosition()),
          Messages.forbiddenCharacter(e.getCodePoint()));
    } catch (YAMLException e) {
      // limits caught by SnakeYAML itself (the prescan should have caught them first)
      diagnostics.error(
          new SourceLocation(name, 1, 1), Messages.yamlSyntax(e.getMessage(), null, null));
    } catch (RuntimeException | StackOverflowError e) {
      diagnostics.error(new SourceLocation(name, 1, 1), Messages.internalError(e));
    }
    return Optional.empty();
  }

  static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false); // enforced by SchemaParser as well, with positions
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH + 1);
    options.setCodePointLimit(MAX_CODE_POINTS + 1);
    options.setAllowRecursiveKeys(false);
    options.setProcessComments(false);
    options.setMergeOnCompose(false);
    return options;
  }

  /** Strict UTF-8; a leading byte order mark is dropped. Null when reported. */
  private static String decode(SchemaFile file, Diagnostics diagnostics) {
    byte[] bytes = file.bytes();
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      out.flip();
      SourceLocation where = locationOfIndex(file.name(), out.toString(), -1);
      diagnostics.error(where, Messages.notUtf8(offset, bytes[Math.min(offset, bytes.length - 1)]));
      return null;
    }
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Size limit and characters YAML 1.1 does not allow in a stream. */
  private static boolean checkCharacters(String name, String text, Diagnostics diagnostics) {
    int count = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!printable(cp)) {
        diagnostics.error(locationOfIndex(name, text, i), Messages.forbiddenCharacter(cp));
        return false;
      }
      count++;
      i += Character.charCount(cp);
    }
    if (count > MAX_CODE_POINTS) {
      diagnostics.error(
          new SourceLocation(name, 1, 1), Messages.fileTooLarge(count, MAX_CODE_POINTS));
      return false;
    }
    return true;
  }

  private static boolean printable(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0x7E)
        || c == 0x85
        || (c >= 0xA0 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  /**
   * Walks the parse events (no nodes are built, aliases are not expanded) to enforce nesting depth,
   * the alias limit and the single document, each with the position of the offending event.
   */
  private static boolean prescan(String name, String text, Diagnostics diagnostics) {
    int depth = 0;
    int documents = 0;
    int collectionAliases = 0;
    Set<String> collectionAnchors = new HashSet<>();
    for (Event event : new Yaml(options()).parse(new StringReader(text))) {
      if (event instanceof DocumentStartEvent) {
        documents++;
        if (documents == 2) {
          diagnostics.error(location(name, event.getStartMark()), Messages.multipleDocuments());
          return true; // the first document is still checked
        }
      } else if (event instanceof CollectionStartEvent start) {
        depth++;
        if (depth > MAX_DEPTH) {
          diagnostics.error(
              location(name, event.getStartMark()), Messages.nestingTooDeep(MAX_DEPTH));
          return false;
        }
        if (start.getAnchor() != null) {
          collectionAnchors.add(start.getAnchor());
        }
      } else if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
        depth--;
      } else if (event instanceof AliasEvent alias
          && collectionAnchors.contains(alias.getAnchor())) {
        collectionAliases++;
        if (collectionAliases > MAX_ALIASES) {
          diagnostics.error(
              location(name, event.getStartMark()), Messages.tooManyAliases(MAX_ALIASES));
          return false;
        }
      }
    }
    return true;
  }

  private static void reportMarked(String name, MarkedYAMLException e, Diagnostics diagnostics) {
    Mark problem = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    SourceLocation where =
        problem != null ? location(name, problem) : new SourceLocation(name, 1, 1);
    String text = e.getProblem() == null ? e.getMessage() : e.getProblem();
    if (text != null && text.contains("\\t(TAB)")) {
      diagnostics.error(where, Messages.tab());
      return;
    }
    SourceLocation contextWhere =
        e.getContextMark() != null && e.getContext() != null
            ? location(name, e.getContextMark())
            : null;
    diagnostics.error(where, Messages.yamlSyntax(text, e.getContext(), contextWhere));
  }

  static SourceLocation location(String file, Mark mark) {
    return new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  /**
   * The 1-based line and column of the character at {@code index} of {@code text} (code points
   * counted as one column each); {@code -1} means just after the end.
   */
  private static SourceLocation locationOfIndex(String file, String text, int index) {
    int end = index < 0 || index > text.length() ? text.length() : index;
    int line = 1;
    int column = 1;
    for (int i = 0; i < end; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\n') {
        line++;
        column = 1;
      } else if (cp == '\r') {
        if (i < end && text.charAt(i) == '\n') {
          i++;
        }
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new SourceLocation(file, line, column);
  }
}
