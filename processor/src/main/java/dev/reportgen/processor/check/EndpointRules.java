package dev.reportgen.processor.check;

import dev.reportgen.processor.diagnostics.Diagnostics;
import dev.reportgen.processor.diagnostics.Messages;
import dev.reportgen.processor.diagnostics.SourceLocation;
import dev.reportgen.processor.schema.EndpointDef;
import dev.reportgen.processor.schema.Parsed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules for a report's endpoints across the schema set: a name once per report (RG219) and once
 * per set (RG218), a registry constant that is a usable, unreserved Java name (RG233) and that no
 * other endpoint gets (RG234), and the scope and path rules of {@link EndpointPaths}.
 */
final class EndpointRules {
  private record Claim(String report, SourceLocation location) {}

  private final Diagnostics diagnostics;
  private final EndpointPaths paths;

  /** Endpoint name -> the report that claimed it first; for RG218. */
  private final Map<String, Claim> byName = new HashMap<>();

  /** Registry constant -> the endpoint that got it first; for RG234. */
  private final Map<String, Parsed.Text> byConstant = new HashMap<>();

  EndpointRules(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    this.paths = new EndpointPaths(diagnostics);
  }

  /**
   * The endpoints of report {@code report} as the registry gets them, or null when something was
   * reported.
   */
  List<EndpointDef> check(String report, List<Parsed.Endpoint> endpoints) {
    boolean ok = true;
    List<EndpointDef> defs = new ArrayList<>();
    Map<String, Parsed.Text> mine = new HashMap<>();
    for (Parsed.Endpoint endpoint : endpoints) {
      Parsed.Text name = endpoint.name();
      Parsed.Text first = mine.putIfAbsent(name.value(), name);
      if (first != null) {
        diagnostics.error(
            name.location(), Messages.duplicateEndpoint(name.value(), first.location()));
        ok = false;
        continue;
      }
      Claim other = byName.putIfAbsent(name.value(), new Claim(report, name.location()));
      if (other != null) {
        diagnostics.error(
            name.location(),
            Messages.endpointClaimedTwice(name.value(), other.report(), other.location()));
        ok = false;
        continue; // its constant would clash too: one problem, one error
      }
      String constant = constant(name);
      EndpointDef def = paths.check(endpoint, constant);
      if (constant == null || def == null) {
        ok = false;
      } else {
        defs.add(def);
      }
    }
    return ok ? defs : null;
  }

  /** The endpoint's registry constant, or null when it is unusable or taken (reported). */
  private String constant(Parsed.Text name) {
    String constant = JavaNames.endpointConstant(name.value());
    String reason = null;
    if (!JavaNames.isIdentifierSyntax(constant) || JavaNames.isKeyword(constant)) {
      reason =
          "which is not a Java name: an endpoint name starts with a letter and holds"
              + " letters and digits";
    } else if (JavaNames.RESERVED_ENDPOINT_CONSTANTS.contains(constant)) {
      reason = "which every registry already declares for itself";
    }
    if (reason != null) {
      diagnostics.error(
          name.location(), Messages.unusableEndpointConstant(name.value(), constant, reason));
      return null;
    }
    Parsed.Text first = byConstant.putIfAbsent(constant, name);
    if (first != null) {
      diagnostics.error(
          name.location(),
          Messages.endpointConstantClash(name.value(), first.value(), constant, first.location()));
      return null;
    }
    return constant;
  }
}
