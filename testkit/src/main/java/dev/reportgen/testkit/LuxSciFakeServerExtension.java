package dev.reportgen.testkit;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that starts a {@link LuxSciFakeServer} on a free loopback port before a test
 * class and stops it after the class. Test classes running in parallel each get their own server.
 *
 * <p>Either with the defaults, the server injected as a parameter of test methods, lifecycle
 * methods or the constructor:
 *
 * <pre>{@code
 * @ExtendWith(LuxSciFakeServerExtension.class)
 * class MyClientTest {
 *   @Test
 *   void readsSentMail(LuxSciFakeServer server) { ... }
 * }
 * }</pre>
 *
 * <p>or configured, registered on a {@code static} field (class-level callbacks only reach static
 * registrations):
 *
 * <pre>{@code
 * @RegisterExtension
 * static final LuxSciFakeServerExtension LUXSCI =
 *     new LuxSciFakeServerExtension(builder -> builder.catalog(MyReports.INSTANCE));
 * ... LUXSCI.server() ...
 * }</pre>
 *
 * <p>Before each test the server is {@link LuxSciFakeServer#reset() reset} (request log, fault
 * script and errors; rows, sessions and jobs stay). After each test, a test that left {@link
 * LuxSciFakeServer#errors() server errors} fails with them.
 */
public final class LuxSciFakeServerExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(LuxSciFakeServerExtension.class);

  private final Consumer<LuxSciFakeServer.Builder> configuration;
  private volatile LuxSciFakeServer server;

  /** Servers with the {@link LuxSciFakeServer#builder() defaults}. */
  public LuxSciFakeServerExtension() {
    this(builder -> {});
  }

  /** Servers configured by {@code configuration} (called on a fresh builder per test class). */
  public LuxSciFakeServerExtension(Consumer<LuxSciFakeServer.Builder> configuration) {
    this.configuration = Objects.requireNonNull(configuration, "configuration");
  }

  /**
   * The server of the running test class, for a {@code static} {@link
   * org.junit.jupiter.api.extension.RegisterExtension} field.
   *
   * @throws IllegalStateException outside the class's lifetime
   */
  public LuxSciFakeServer server() {
    LuxSciFakeServer running = server;
    if (running == null) {
      throw new IllegalStateException(
          "no fake server is running: server() is available from "
              + "@BeforeAll to @AfterAll of a class that registers this extension statically");
    }
    return running;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    LuxSciFakeServer.Builder builder = LuxSciFakeServer.builder();
    configuration.accept(builder);
    LuxSciFakeServer started = builder.start();
    context.getStore(NAMESPACE).put(key(context), started);
    server = started;
  }

  @Override
  public void afterAll(ExtensionContext context) {
    LuxSciFakeServer started =
        context.getStore(NAMESPACE).remove(key(context), LuxSciFakeServer.class);
    if (started != null) {
      if (server == started) {
        server = null;
      }
      started.close();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    find(context).reset();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    List<String> errors = find(context).errors();
    if (!errors.isEmpty()) {
      throw new AssertionError(
          "the fake LuxSci server failed while serving this test:\n  "
              + String.join("\n  ", errors));
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == LuxSciFakeServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return find(context);
  }

  /** The server of the innermost test class around {@code context}. */
  private static LuxSciFakeServer find(ExtensionContext context) {
    for (ExtensionContext at = context; at != null; at = at.getParent().orElse(null)) {
      if (at.getTestClass().isPresent() && at.getTestMethod().isEmpty()) {
        LuxSciFakeServer found = at.getStore(NAMESPACE).get(key(at), LuxSciFakeServer.class);
        if (found != null) {
          return found;
        }
      }
    }
    throw new ExtensionConfigurationException(
        "no fake LuxSci server for "
            + context.getDisplayName()
            + ": register LuxSciFakeServerExtension with @ExtendWith or "
            + "on a static @RegisterExtension field");
  }

  private static String key(ExtensionContext context) {
    return context.getRequiredTestClass().getName();
  }
}
