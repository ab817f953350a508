package dev.reportgen.processor;

import dev.reportgen.processor.diagnostics.Message;
import java.util.List;

/**
 * Diagnostics of the processor's own stages: finding schema files and options (RG00x), checks
 * that need the annotation or the generated names (RG05x), writing and options (RG06x), and
 * internal errors of a processor round (RG902). Schema-language problems
 * have their own catalogue in the {@code diagnostics} package. Tags never change meaning.
 */
public final class ProcessorMessages {
  private ProcessorMessages() {}

  public static Message schemaNotFound(String entry, List<String> suggestions, String searched) {
    String text = "schema file or folder not found: " + entry + " (searched " + searched + ")";
    if (!suggestions.isEmpty()) {
      text += "; did you mean " + String.join(" or ", suggestions) + "?";
    }
    return new Message("RG001", text);
  }

  public static Message emptyFolder(String entry) {
    return new Message("RG002", "schema folder " + entry + " holds no *.yaml or *.yml files");
  }

  public static Message unreadable(String file, String reason) {
    return new Message("RG003", "cannot read schema file " + file + ": " + reason);
  }

  public static Message badSchemaPath(String option, String entry) {
    return new Message(
        "RG004", "processor option -A" + option + ": " + entry + " is not a directory");
  }

  public static Message noSchemas() {
    return new Message("RG005", "@ReportSchemas names no schema files or folders");
  }

  public static Message badEntry(String entry) {
    return new Message(
        "RG006",
        "schema entry \""
            + entry
            + "\" must be a relative path with '/' separators, without '.' or '..' segments");
  }

  public static Message folderOnClassPath(String entry) {
    return new Message(
        "RG007",
        "schema folder "
            + entry
            + " was found on the class path, where javac cannot list folders; set"
            + " -Areportgen.schemaPath to the directory that holds it, or name each file");
  }

  public static Message badRegistryName(String name) {
    return new Message(
        "RG050",
        "registry name \"" + name + "\" is not a valid Java class name (use an UpperCamel identifier)");
  }

  public static Message nameClash(String name, String first, String second) {
    return new Message(
        "RG051",
        "generated type "
            + name
            + " would be written twice: by "
            + first
            + " and by "
            + second
            + "; rename one of them");
  }

  public static Message reservedComponent(String report, String component) {
    return new Message(
        "RG052",
        "record component name \""
            + component
            + "\" of report "
            + report
            + " clashes with a member every generated record has; set java_name");
  }

  public static Message reservedConstant(String enumName, String constant) {
    return new Message(
        "RG053",
        "enum constant name \""
            + constant
            + "\" of enum "
            + enumName
            + " is reserved (every generated enum has UNKNOWN and LOOKUP)");
  }

  public static Message codeOutOfRange(String enumName, String wire) {
    return new Message(
        "RG054",
        "integer code " + wire + " of enum " + enumName + " is outside the int range");
  }

  public static Message duplicateCode(String enumName, String wire) {
    return new Message(
        "RG055", "integer code " + wire + " of enum " + enumName + " is listed twice");
  }

  public static Message cannotWrite(String type, String reason) {
    return new Message("RG060", "cannot write generated type " + type + ": " + reason);
  }

  public static Message badOption(String option, String reason) {
    return new Message("RG061", "processor option -A" + option + ": " + reason);
  }

  public static Message internalError(String stage, Throwable bug) {
    return new Message(
        "RG902",
        "internal error in the reportgen processor while "
            + stage
            + " (this is a bug, please report it with the schema): "
            + bug
            + at(bug));
  }

  private static String at(Throwable bug) {
    StackTraceElement[] trace = bug.getStackTrace();
    StringBuilder where = new StringBuilder();
    for (int i = 0; i < Math.min(trace.length, 8); i++) {
      where.append("\n\tat ").append(trace[i]);
    }
    return where.toString();
  }
}
