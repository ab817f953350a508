package dev.reportgen.processor.check;

import dev.reportgen.processor.diagnostics.Diagnostics;
import dev.reportgen.processor.diagnostics.DidYouMean;
import dev.reportgen.processor.diagnostics.Messages;
import dev.reportgen.processor.diagnostics.SourceLocation;
import dev.reportgen.processor.schema.EndpointDef;
import dev.reportgen.processor.schema.Parsed;
import dev.reportgen.runtime.EndpointScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules for an endpoint's {@code scope} and {@code path} (RG225-RG231): a scope the runtime
 * knows, a path relative to the API's base URL that names the scope's account or user through its
 * placeholder and nothing else, no query, both keys or neither, and no two endpoints of the set
 * with the same scope and path. One instance per schema set, since the last rule spans it.
 */
final class EndpointPaths {
  /** Scope names as the schema language spells them; matched ignoring case. */
  static final Map<String, EndpointScope> SCOPE_NAMES =
      Map.of("account", EndpointScope.ACCOUNT, "user", EndpointScope.USER);

  private static final List<String> SCOPE_SPELLINGS = List.of("account", "user");

  /** A {@code {name}} placeholder, or a lone brace (group 1 null). */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}/]*)}|[{}]");

  private final Diagnostics diagnostics;

  /** "scope path" -> the endpoint that has it first; for RG231. */
  private final Map<String, Parsed.Endpoint> byUrl = new HashMap<>();

  EndpointPaths(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * The endpoint, with its registry {@code constant}, as the registry gets it; null when something
   * was reported.
   */
  EndpointDef check(Parsed.Endpoint endpoint, String constant) {
    String name = endpoint.name().value();
    Parsed.Text scopeText = endpoint.scope();
    Parsed.Text path = endpoint.path();
    if (scopeText == null && path == null) {
      return new EndpointDef(name, constant, null, null, endpoint.location());
    }
    if (path == null) {
      diagnostics.error(scopeText.location(), Messages.scopeWithoutPath(name, scopeText.value()));
      return null;
    }
    if (scopeText == null) {
      diagnostics.error(
          path.location(), Messages.pathWithoutScope(name, impliedScope(path.value())));
      return null;
    }
    EndpointScope scope = SCOPE_NAMES.get(scopeText.value().toLowerCase(Locale.ROOT));
    if (scope == null) {
      diagnostics.error(
          scopeText.location(),
          Messages.unknownScope(
              scopeText.value(), DidYouMean.suggest(scopeText.value(), SCOPE_SPELLINGS)));
      return null;
    }
    if (!checkPath(name, scope, path)) {
      return null;
    }
    Parsed.Endpoint first = byUrl.putIfAbsent(scope + " " + path.value(), endpoint);
    if (first != null) {
      diagnostics.error(
          path.location(),
          Messages.duplicatePath(name, first.name().value(), path.value(), first.location()));
      return null;
    }
    return new EndpointDef(name, constant, scope, path.value(), endpoint.location());
  }

  private boolean checkPath(String name, EndpointScope scope, Parsed.Text path) {
    String p = path.value();
    SourceLocation where = path.location();
    if (!p.startsWith("/")) {
      diagnostics.error(where, Messages.pathNotRelative(name, p, relativeSuggestion(p)));
      return false;
    }
    if (p.indexOf('?') >= 0) {
      diagnostics.error(where, Messages.pathWithQuery(name, p));
      return false;
    }
    int bad = firstCharacterOutsidePaths(p);
    if (bad >= 0) {
      diagnostics.error(where, Messages.pathCharacter(name, p, p.codePointAt(bad)));
      return false;
    }
    List<String> others = new ArrayList<>();
    boolean hasOwn = false;
    Matcher m = PLACEHOLDER.matcher(p);
    while (m.find()) {
      if (m.group().equals(scope.placeholder())) {
        hasOwn = true;
      } else {
        others.add(m.group());
      }
    }
    if (!others.isEmpty()) {
      String other = others.get(0);
      diagnostics.error(
          where,
          Messages.foreignPlaceholder(name, other, scopeName(scope), suggestion(other, scope)));
      return false;
    }
    if (!hasOwn) {
      diagnostics.error(where, Messages.pathWithoutPlaceholder(name, p, scopeName(scope)));
      return false;
    }
    return true;
  }

  /**
   * The index of the first character a URL path cannot hold as written (RFC 3986 {@code pchar},
   * braces aside, which the placeholder rule checks): a space or control character, {@code #} (a
   * fragment), non-ASCII text, and {@code " < > \ ^ ` |}; -1 when there is none. A percent sign is
   * allowed: the path may hold percent-encoded octets.
   */
  static int firstCharacterOutsidePaths(String path) {
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c <= ' ' || c >= 0x7f || "#\"<>\\^`|".indexOf(c) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * What to write instead of a placeholder of the wrong kind: the other scope when it is that
   * scope's placeholder, else the near-miss spelling of this scope's placeholder.
   */
  private static Optional<String> suggestion(String placeholder, EndpointScope scope) {
    for (EndpointScope s : EndpointScope.values()) {
      if (s != scope && s.placeholder().equals(placeholder)) {
        return Optional.of("scope: " + scopeName(s));
      }
    }
    return DidYouMean.suggest(placeholder, List.of(scope.placeholder()));
  }

  /** The scope a path's placeholder points to, for the message about a missing scope. */
  private static Optional<String> impliedScope(String path) {
    for (EndpointScope s : EndpointScope.values()) {
      if (path.contains(s.placeholder())) {
        return Optional.of(scopeName(s));
      }
    }
    return Optional.empty();
  }

  /**
   * The path below the base URL for a full URL or a path without its leading slash: {@code
   * https://rest.luxsci.com/perl/api/v2/account/{account}/x} and {@code account/{account}/x} both
   * give {@code /account/{account}/x}.
   */
  private static Optional<String> relativeSuggestion(String path) {
    for (EndpointScope s : EndpointScope.values()) {
      String segment = scopeName(s) + "/" + s.placeholder();
      int at = path.indexOf(segment);
      if (at == 0 || (at > 0 && path.charAt(at - 1) == '/')) {
        return Optional.of("/" + path.substring(at));
      }
    }
    return path.contains("://") ? Optional.empty() : Optional.of("/" + path);
  }

  static String scopeName(EndpointScope scope) {
    return scope.name().toLowerCase(Locale.ROOT);
  }
}
