package dev.reportgen.benchmarks.checks;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * What the reportgen processor adds to a compile. For each schema set, javac runs in this process
 * several times, alternately:
 *
 * <ul>
 *   <li><b>with</b> the processor: {@code package-info.java} carrying {@code @ReportSchemas}; the
 *       processor reads the YAML, writes the sources, javac compiles them;
 *   <li><b>without</b>: {@code -proc:none} over the same {@code package-info.java} plus the sources
 *       the processor wrote in the first run (pre-generated).
 * </ul>
 *
 * javac (and the processor inside it) runs on the calling thread, so its CPU time is the measure:
 * other load on the shared machine does not add to it. The medians give the ratio with/without and
 * the milliseconds the processor adds. Schema sets: the full LuxSci set (copied from the
 * luxsci-models jar) and a synthetic set of 500 reports.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.reportgen.benchmarks.checks.ProcessorCostCheck [rounds] [syntheticReports] [warmup]
 * </pre>
 */
public final class ProcessorCostCheck {
  private static final String PROCESSOR = "dev.reportgen.processor.ReportgenProcessor";
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private ProcessorCostCheck() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    int synthetic = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    Path work = Files.createTempDirectory("reportgen-proc-cost");
    try {
      System.out.printf(
          Locale.ROOT,
          "ProcessorCostCheck: javac in process, %d measured rounds "
              + "after %d warm-up rounds, alternating with/without; times are CPU time of the "
              + "compiling thread (wall time in brackets); %s %s; %d CPUs%n",
          rounds,
          warmup,
          System.getProperty("java.vm.name"),
          System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors());
      Path luxsci = work.resolve("luxsci");
      copyLuxSciSchemas(luxsci.resolve("schemas"));
      measure(
          "LuxSci schema set", luxsci, "bench.luxsci", "luxsci", "LuxSciReports", rounds, warmup);

      Path synth = work.resolve("synthetic");
      SyntheticSchemas.write(synth.resolve("schemas").resolve("synthetic"), synthetic);
      measure(
          "synthetic set of " + synthetic + " reports",
          synth,
          "bench.synthetic",
          "synthetic",
          "SyntheticReports",
          rounds,
          warmup);
    } finally {
      deleteTree(work);
    }
  }

  private static void measure(
      String name, Path dir, String pkg, String schemas, String registry, int rounds, int warmup)
      throws Exception {
    Path schemaRoot = dir.resolve("schemas");
    Path src = dir.resolve("src").resolve(pkg.replace('.', '/'));
    Files.createDirectories(src);
    Path packageInfo = src.resolve("package-info.java");
    Files.writeString(
        packageInfo,
        "@dev.reportgen.runtime.ReportSchemas(value = \""
            + schemas
            + "\", registry = \""
            + registry
            + "\")\npackage "
            + pkg
            + ";\n");

    // First run with the processor: its output is the pre-generated source of the runs without.
    Path pregenerated = dir.resolve("pregenerated");
    compile(dir, List.of(packageInfo), schemaRoot, true, pregenerated);
    List<Path> generated;
    try (Stream<Path> files = Files.walk(pregenerated)) {
      generated = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    List<Path> withoutSources = new ArrayList<>(generated);
    withoutSources.add(packageInfo);
    long lines = 0;
    for (Path p : generated) {
      lines += Files.readAllLines(p).size();
    }

    long[] with = new long[rounds];
    long[] without = new long[rounds];
    long[] withWall = new long[rounds];
    long[] withoutWall = new long[rounds];
    for (int i = 0; i < warmup + rounds; i++) {
      long[] a = compile(dir, withoutSources, schemaRoot, false, null);
      long[] b = compile(dir, List.of(packageInfo), schemaRoot, true, null);
      if (i >= warmup) {
        without[i - warmup] = a[0];
        withoutWall[i - warmup] = a[1];
        with[i - warmup] = b[0];
        withWall[i - warmup] = b[1];
      }
    }
    long medWith = median(with);
    long medWithout = median(without);
    System.out.printf(
        Locale.ROOT, "%n%s: %d generated files, %,d lines%n", name, generated.size(), lines);
    System.out.printf(
        Locale.ROOT,
        "  without processor (-proc:none, pre-generated sources): "
            + "median %,d ms [wall %,d ms]  %s%n",
        medWithout,
        median(withoutWall),
        Arrays.toString(without));
    System.out.printf(
        Locale.ROOT,
        "  with processor (generates, then compiles):             "
            + "median %,d ms [wall %,d ms]  %s%n",
        medWith,
        median(withWall),
        Arrays.toString(with));
    System.out.printf(
        Locale.ROOT,
        "  processor adds %,d ms: ratio with/without = %.2fx " + "[wall %.2fx]%n",
        medWith - medWithout,
        (double) medWith / medWithout,
        (double) median(withWall) / median(withoutWall));
  }

  /** One javac run into fresh output folders; returns {thread CPU ms, wall ms}. */
  private static long[] compile(
      Path dir, List<Path> sources, Path schemaRoot, boolean processor, Path generatedOut)
      throws Exception {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("no system Java compiler: run on a JDK, not a JRE");
    }
    Path classes = Files.createTempDirectory(dir, "classes");
    Path gen =
        generatedOut != null
            ? Files.createDirectories(generatedOut)
            : Files.createTempDirectory(dir, "gen");
    List<String> options =
        new ArrayList<>(
            List.of(
                "-d",
                classes.toString(),
                "-s",
                gen.toString(),
                "-classpath",
                System.getProperty("java.class.path"),
                "-implicit:none",
                "-nowarn",
                "-encoding",
                "UTF-8"));
    if (processor) {
      options.add("-Areportgen.schemaPath=" + schemaRoot);
    } else {
      options.add("-proc:none");
    }
    StringWriter out = new StringWriter();
    long start;
    long cpuStart;
    boolean ok;
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
      start = System.nanoTime();
      cpuStart = THREADS.getCurrentThreadCpuTime();
      JavaCompiler.CompilationTask task = javac.getTask(out, files, null, options, null, units);
      if (processor) {
        task.setProcessors(
            List.of((Processor) Class.forName(PROCESSOR).getDeclaredConstructor().newInstance()));
      }
      ok = task.call();
    }
    long cpuMs = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
    long ms = (System.nanoTime() - start) / 1_000_000;
    if (!ok) {
      throw new IllegalStateException("javac failed:\n" + out);
    }
    deleteTree(classes);
    if (generatedOut == null) {
      deleteTree(gen);
    }
    return new long[] {cpuMs, ms};
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** The YAML shipped in the luxsci-models jar (or its classes folder) under luxsci/. */
  private static void copyLuxSciSchemas(Path target) throws IOException {
    URL url = ProcessorCostCheck.class.getClassLoader().getResource("luxsci/enums.yaml");
    if (url == null) {
      throw new IllegalStateException("luxsci/enums.yaml is not on the class path");
    }
    URI uri = URI.create(url.toString());
    Path dest = Files.createDirectories(target.resolve("luxsci"));
    if (uri.getScheme().equals("jar")) {
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        copyYaml(jar.getPath("/luxsci"), dest);
      }
    } else {
      copyYaml(Path.of(uri).getParent(), dest);
    }
  }

  private static void copyYaml(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        try (InputStream in = Files.newInputStream(p)) {
          Files.copy(in, to.resolve(p.getFileName().toString()));
        }
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
