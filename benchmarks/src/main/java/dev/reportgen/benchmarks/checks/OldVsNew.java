package dev.reportgen.benchmarks.checks;

import dev.reportgen.benchmarks.competitors.Candidates;
import dev.reportgen.benchmarks.payloads.Payloads;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The speed-up of a change, measured in one JVM: the generated parser of two builds of {@code
 * benchmarks.jar} (before and after the change; each loaded by its own class loader, so each has
 * its own runtime and generated classes and JIT profiles), run alternately in slices of several
 * parses, each slice timed by the thread's CPU time. Outside load on a shared machine slows both
 * sides of a round alike, so the median of the per-round ratios holds where separate runs disagree
 * by more than the change itself.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.reportgen.benchmarks.checks.OldVsNew \
 *     old/benchmarks.jar new/benchmarks.jar SentEmail csv|json-arrays|json-objects [rows] [rounds]
 * </pre>
 *
 * <p>Prints the median new/old speed ratio and its interquartile range.
 */
public final class OldVsNew {
  private static final int WARM_UP_ROUNDS = 6;

  /** Where the records go: a field, so building them cannot be optimised away. */
  static volatile Object last;

  private OldVsNew() {}

  /** One build's generated parser over one payload. */
  private record Side(Object candidates, Method parse, byte[] payload) {
    void run(Consumer<Object> sink) throws ReflectiveOperationException {
      parse.invoke(candidates, payload, sink);
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println(
          "usage: OldVsNew OLD.jar NEW.jar REPORT csv|json-arrays|json-objects"
              + " [rows=100000] [rounds=12]");
      System.exit(2);
    }
    String report = args[2];
    String layout = args[3];
    int rows = args.length > 4 ? Integer.parseInt(args[4]) : 100_000;
    int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 12;
    Side old = side(Path.of(args[0]), report, layout, rows);
    Side now = side(Path.of(args[1]), report, layout, rows);
    Consumer<Object> sink = row -> last = row;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int parsesPerSlice = Math.max(1, 400_000 / rows);
    List<Double> ratios = new ArrayList<>();
    for (int round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
      long oldNanos = 0;
      long newNanos = 0;
      for (int k = 0; k < 2; k++) {
        boolean oldFirst = round % 2 == 0;
        Side side = (k == 0) == oldFirst ? old : now;
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < parsesPerSlice; i++) {
          side.run(sink);
        }
        long spent = threads.getCurrentThreadCpuTime() - start;
        if (side == old) {
          oldNanos = spent;
        } else {
          newNanos = spent;
        }
      }
      if (round >= WARM_UP_ROUNDS) {
        ratios.add((double) oldNanos / newNanos);
      }
    }
    Collections.sort(ratios);
    int n = ratios.size();
    System.out.printf(
        Locale.ROOT,
        "%s %s %,d rows: new/old speed, median %.3f (interquartile %.3f-%.3f, %d rounds)%n",
        report,
        layout,
        rows,
        ratios.get(n / 2),
        ratios.get(n / 4),
        ratios.get(3 * n / 4),
        n);
  }

  private static Side side(Path jar, String report, String layout, int rows) throws Exception {
    URLClassLoader loader =
        new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    Class<?> candidatesType = load(loader, Candidates.class);
    Object candidates = candidatesType.getMethod("forReport", String.class).invoke(null, report);
    String payloadMethod =
        switch (layout) {
          case "csv" -> "csv";
          case "json-arrays" -> "jsonArrays";
          case "json-objects" -> "jsonObjects";
          default -> throw new IllegalArgumentException("no such layout: " + layout);
        };
    byte[] payload =
        (byte[])
            load(loader, Payloads.class)
                .getMethod(payloadMethod, candidatesType, int.class)
                .invoke(null, candidates, rows);
    Method parse =
        candidatesType.getMethod(
            layout.equals("csv") ? "generatedCsv" : "generatedJson", byte[].class, Consumer.class);
    return new Side(candidates, parse, payload);
  }

  /**
   * The class of that name in the other build; builds from before the benchmarks were split into
   * packages have it in the old flat package {@code dev.reportgen.benchmarks}.
   */
  private static Class<?> load(ClassLoader loader, Class<?> type) throws ClassNotFoundException {
    try {
      return loader.loadClass(type.getName());
    } catch (ClassNotFoundException e) {
      return loader.loadClass("dev.reportgen.benchmarks." + type.getSimpleName());
    }
  }
}
