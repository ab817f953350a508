package dev.reportgen.runtime.json;

import com.fasterxml.jackson.core.Version;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Whether the jackson-core on the class path is the one the byte row scanner was verified against.
 * {@link ScannableParser} reads and resets protected fields of jackson's {@code
 * UTF8StreamJsonParser}, whose meaning is jackson's internal business: another jackson-core (a
 * downstream build may mediate it to another version) could lack them, failing with {@code
 * NoSuchFieldError}, or give them another meaning, failing silently. So with any jackson-core but
 * the major.minor this runtime was built with (the build writes it into {@code
 * scanner.properties}), the runtime uses jackson's own factory and parser: the general path,
 * slower, same results. The classes that touch jackson's fields ({@link ScannableJsonFactory},
 * {@link ScannableParser}, {@link ArrayRowScanner}) are reached only behind {@link #USABLE}, so a
 * different jackson never loads them.
 */
final class ScannerJacksonCheck {
  /** The jackson-core version the scanner was built against, e.g. {@code 2.20.1}. */
  static final String VERIFIED = readVerified();

  /** Whether the scanner may be used with the jackson-core that is running. */
  static final boolean USABLE =
      verifiedFor(com.fasterxml.jackson.core.json.PackageVersion.VERSION, VERIFIED);

  private ScannerJacksonCheck() {}

  /**
   * Whether jackson-core {@code running} has the major.minor of {@code verified}: jackson changes
   * parser internals in minor versions, and patch releases of one minor keep them.
   */
  static boolean verifiedFor(Version running, String verified) {
    String[] parts = verified.split("\\.", -1);
    if (parts.length < 2 || running == null || running.isUnknownVersion()) {
      return false;
    }
    try {
      return running.getMajorVersion() == Integer.parseInt(parts[0])
          && running.getMinorVersion() == Integer.parseInt(parts[1]);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String readVerified() {
    try (InputStream in = ScannerJacksonCheck.class.getResourceAsStream("scanner.properties")) {
      if (in == null) {
        throw new IllegalStateException("reportgen-runtime is missing scanner.properties");
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("jackson-core");
      if (version == null || version.isEmpty()) {
        throw new IllegalStateException("reportgen-runtime's scanner.properties has no version");
      }
      return version;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reportgen-runtime's scanner.properties", e);
    }
  }
}
