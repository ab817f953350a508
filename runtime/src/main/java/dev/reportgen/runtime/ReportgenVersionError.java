package dev.reportgen.runtime;

/**
 * Generated code met a reportgen runtime that cannot serve it: the class path holds a runtime older
 * than, or from another release line than, the processor that generated the code.
 *
 * <p>It is a {@link LinkageError} because that is what it is, and so that it reaches the caller as
 * itself: thrown while a generated class initialises, an {@code Error} is not wrapped in an {@link
 * ExceptionInInitializerError}. Its message names both versions and the fix.
 */
public final class ReportgenVersionError extends LinkageError {
  private static final long serialVersionUID = 1L;

  private final String generatedBy;
  private final String runtime;

  /**
   * @param message what is wrong and how to fix it
   * @param generatedBy the version of the processor that wrote the generated code
   * @param runtime the version of the runtime found
   */
  public ReportgenVersionError(String message, String generatedBy, String runtime) {
    super(message);
    this.generatedBy = generatedBy;
    this.runtime = runtime;
  }

  /** The version of the reportgen processor that generated the failing class. */
  public String generatedBy() {
    return generatedBy;
  }

  /** The version of the reportgen runtime on the class path. */
  public String runtime() {
    return runtime;
  }
}
