/**
 * The reportgen runtime: streaming readers for report responses (JSON) and job results (CSV) that
 * the generated parsers run on.
 *
 * <p>Two packages are API. {@code dev.reportgen.runtime} is what applications use: {@link
 * dev.reportgen.runtime.ReportReader}, {@link dev.reportgen.runtime.RowCursor}, the report and
 * error types. {@code dev.reportgen.runtime.spi} is the contract between the runtime and the code
 * the reportgen processor generates; applications do not call it. Everything else (the JSON and CSV
 * machinery, value decoding) is internal and not exported, so neither Jackson nor FastCSV appears
 * in an exported signature.
 */
module dev.reportgen.runtime {
  requires com.fasterxml.jackson.core;
  requires de.siegmar.fastcsv;
  // Nullness annotations of generated code: needed to compile it, not to run it.
  requires static transitive org.jspecify;

  exports dev.reportgen.runtime;
  exports dev.reportgen.runtime.spi;

  uses dev.reportgen.runtime.ReportCatalog;
}
