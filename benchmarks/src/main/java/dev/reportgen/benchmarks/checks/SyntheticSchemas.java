package dev.reportgen.benchmarks.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a synthetic schema set for {@link ProcessorCostCheck}: 20 enums (text and integer coded)
 * and {@code reports} reports, ten per file, each with 8 to 24 columns of every type, some nullable
 * or optional. Seeded, so every run compiles the same set.
 */
final class SyntheticSchemas {
  private static final String[] TYPES = {"DATETIME", "DATE", "Integer", "Float", "String", "Enum"};
  private static final int ENUMS = 20;

  private SyntheticSchemas() {}

  static void write(Path dir, int reports) throws IOException {
    Files.createDirectories(dir);
    SplittableRandom r = new SplittableRandom(500);
    StringBuilder enums = new StringBuilder("enums:\n");
    for (int e = 0; e < ENUMS; e++) {
      enums
          .append("  - name: SynthEnum")
          .append(e)
          .append('\n')
          .append("    description: Synthetic value set ")
          .append(e)
          .append(".\n")
          .append("    values:\n");
      int values = r.nextInt(2, 9);
      for (int v = 0; v < values; v++) {
        String wire = e % 2 == 0 ? Integer.toString(v - 1) : "Value " + v + " of " + e;
        enums
            .append("      - wire: ")
            .append(e % 2 == 0 ? wire : "\"" + wire + "\"")
            .append('\n')
            .append("        constant: V")
            .append(v)
            .append('\n')
            .append("        description: Value ")
            .append(v)
            .append(".\n");
      }
    }
    Files.writeString(dir.resolve("enums.yaml"), enums);
    for (int file = 0; file * 10 < reports; file++) {
      StringBuilder yaml = new StringBuilder("reports:\n");
      for (int n = file * 10; n < Math.min(reports, file * 10 + 10); n++) {
        yaml.append("  - name: Synthetic")
            .append(n)
            .append('\n')
            .append("    title: Synthetic Report ")
            .append(n)
            .append('\n')
            .append("    kind: rows\n")
            .append("    description: Synthetic report number ")
            .append(n)
            .append(".\n")
            .append("    endpoints: [getSynthetic")
            .append(n)
            .append("Report]\n")
            .append("    columns:\n");
        int columns = r.nextInt(8, 25);
        for (int c = 0; c < columns; c++) {
          String type = TYPES[r.nextInt(TYPES.length)];
          yaml.append("      - keyword: column_")
              .append(c)
              .append('\n')
              .append("        type: ")
              .append(type)
              .append('\n');
          if (type.equals("Enum")) {
            yaml.append("        enum: SynthEnum").append(r.nextInt(ENUMS)).append('\n');
          }
          int flags = r.nextInt(4);
          if (flags == 1) {
            yaml.append("        nullable: true\n");
          } else if (flags == 2) {
            yaml.append("        nullable: true\n        optional: true\n");
          }
          yaml.append("        description: Column ")
              .append(c)
              .append(" of report ")
              .append(n)
              .append(".\n");
        }
      }
      Files.writeString(dir.resolve(String.format("reports-%03d.yaml", file)), yaml);
    }
  }
}
