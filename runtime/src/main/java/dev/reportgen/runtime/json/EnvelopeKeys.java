package dev.reportgen.runtime.json;

/**
 * The envelope keys the reader understands. The exact names LuxSci uses are not documented, so
 * every plausible spelling is accepted (see docs/runtime.md). Matching is exact (lower case).
 */
enum EnvelopeKeys {
  SUCCESS,
  /** {@code data}: an object is a nested envelope, an array is the row list. */
  DATA,
  /** {@code report}: like {@code data}. */
  REPORT,
  /** {@code rows}, {@code records}, {@code results}: the row list (or one row as an object). */
  ROWS,
  HEADER,
  TOTAL,
  FIRST_ROW,
  COMMENT,
  /** {@code error}, {@code error_message}, {@code message}. */
  ERROR,
  OTHER;

  static EnvelopeKeys classify(String key) {
    switch (key) {
      case "success":
        return SUCCESS;
      case "data":
        return DATA;
      case "report":
        return REPORT;
      case "rows":
      case "records":
      case "results":
        return ROWS;
      case "header":
      case "headers":
      case "columns":
        return HEADER;
      case "total_matches":
      case "total":
      case "matches":
      case "count":
      case "total_rows":
      case "num_rows":
      case "n_matches":
        return TOTAL;
      case "first_row":
      case "start_row":
      case "offset":
        return FIRST_ROW;
      case "comment":
        return COMMENT;
      case "error":
      case "error_message":
      case "message":
        return ERROR;
      default:
        return OTHER;
    }
  }

  /** Priority of a count key: lower wins when a response carries several. */
  static int totalPriority(String key) {
    switch (key) {
      case "total_matches":
        return 0;
      case "total":
        return 1;
      case "matches":
        return 2;
      case "count":
        return 3;
      case "total_rows":
        return 4;
      case "num_rows":
        return 5;
      default:
        return 6;
    }
  }

  /** Priority of an error-message key: lower wins; {@code comment} is the fallback (3). */
  static int errorPriority(String key) {
    switch (key) {
      case "error":
        return 0;
      case "error_message":
        return 1;
      default:
        return 2;
    }
  }
}
