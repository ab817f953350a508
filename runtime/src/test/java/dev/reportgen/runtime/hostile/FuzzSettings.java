package dev.reportgen.runtime.hostile;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Lets a long fuzz run be asked for on the command line without touching the code: the system
 * properties {@code reportgen.fuzz.tries} and {@code reportgen.fuzz.seed} override the tries and
 * the fixed seed of every fuzz property (surefire passes {@code -D} options on to the test JVM).
 * Without them the properties run their bounded, seeded default.
 */
public final class FuzzSettings implements AroundPropertyHook {
  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor property) {
    String tries = System.getProperty("reportgen.fuzz.tries");
    if (tries != null && !tries.isBlank()) {
      context.attributes().setTries(Integer.parseInt(tries.trim()));
    }
    String seed = System.getProperty("reportgen.fuzz.seed");
    if (seed != null && !seed.isBlank()) {
      context.attributes().setSeed(seed.trim());
    }
    return property.execute();
  }

  @Override
  public int aroundPropertyProximity() {
    // Outside jqwik's own hooks, so the attributes are set before the property is configured.
    return -100;
  }
}
