package dev.reportgen.processor.diagnostics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A {@link Diagnostics} that keeps every error in a list, in reporting order. For tests and for
 * tools that want the problems as data rather than as compiler messages.
 */
public final class ListDiagnostics implements Diagnostics {
  /** One reported error. {@code where} is null when no file position applies. */
  public record Entry(SourceLocation where, Message message) {
    public String tag() {
      return message.tag();
    }

    public String text() {
      return message.text();
    }

    /** {@code file:line:column: [TAG] text}, the way the processor prints it. */
    @Override
    public String toString() {
      return (where == null ? "" : where + ": ") + message;
    }
  }

  private final List<Entry> entries = new ArrayList<>();

  @Override
  public void error(SourceLocation where, Message message) {
    entries.add(new Entry(where, message));
  }

  @Override
  public boolean hasErrors() {
    return !entries.isEmpty();
  }

  /** Every error so far, in reporting order. */
  public List<Entry> entries() {
    return Collections.unmodifiableList(entries);
  }

  /** The tags of every error so far, in reporting order. */
  public List<String> tags() {
    return entries.stream().map(Entry::tag).toList();
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (Entry e : entries) {
      b.append(e).append('\n');
    }
    return b.toString();
  }
}
