package dev.reportgen.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.reportgen.runtime.ReadOptions;

/** Builds the jackson factory for a set of {@link ReadOptions}: limits enforced by jackson itself. */
public final class JsonParsers {
  private JsonParsers() {}

  public static JsonFactory factory(ReadOptions options) {
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(options.maxNestingDepth())
            .maxStringLength(options.maxStringLength())
            .maxNameLength(options.maxStringLength())
            .maxNumberLength(options.maxNumberLength())
            .maxDocumentLength(-1L) // job-sized responses are legitimate; rows stream
            .maxTokenCount(-1L)
            .build();
    return new JsonFactoryBuilder()
        .streamReadConstraints(constraints)
        // Canonicalised names make the per-position key cache hit by identity; interning would
        // only put hostile key names into the JVM's string table.
        .enable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .build();
  }
}
