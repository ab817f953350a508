package dev.reportgen.testkit;

import java.io.IOException;

/**
 * Thrown out of the request handler to make the JDK server close the connection without finishing
 * the response (it closes the connection of any exchange whose handler throws).
 */
final class DroppedConnection extends IOException {
  private static final long serialVersionUID = 1L;

  DroppedConnection() {
    super("connection dropped on purpose by a scripted fault");
  }
}
