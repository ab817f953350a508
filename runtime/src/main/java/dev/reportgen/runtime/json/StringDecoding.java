package dev.reportgen.runtime.json;

/**
 * The chars of a JSON string's content, from bytes the row scanner has already validated (checked
 * UTF-8, only the escapes JSON defines): as jackson decodes them, one char per {@code \}{@code
 * uXXXX} (surrogates are not paired or checked, jackson does not either) and a surrogate pair per
 * four-byte UTF-8 sequence.
 */
final class StringDecoding {
  private StringDecoding() {}

  /** Decodes {@code length} bytes from {@code start} into {@code out}; returns the char count. */
  static int decode(byte[] b, int start, int length, char[] out) {
    int n = 0;
    int end = start + length;
    int i = start;
    while (i < end) {
      int c = b[i] & 0xff;
      if (c == '\\') {
        char e = (char) b[i + 1];
        if (e == 'u') {
          out[n++] =
              (char)
                  ((hex(b[i + 2]) << 12)
                      | (hex(b[i + 3]) << 8)
                      | (hex(b[i + 4]) << 4)
                      | hex(b[i + 5]));
          i += 6;
        } else {
          out[n++] = unescape(e);
          i += 2;
        }
      } else if (c < 0x80) {
        out[n++] = (char) c;
        i++;
      } else if (c < 0xE0) {
        out[n++] = (char) (((c & 0x1F) << 6) | (b[i + 1] & 0x3F));
        i += 2;
      } else if (c < 0xF0) {
        out[n++] = (char) (((c & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F));
        i += 3;
      } else {
        int cp =
            ((c & 0x07) << 18)
                | ((b[i + 1] & 0x3F) << 12)
                | ((b[i + 2] & 0x3F) << 6)
                | (b[i + 3] & 0x3F);
        out[n++] = Character.highSurrogate(cp);
        out[n++] = Character.lowSurrogate(cp);
        i += 4;
      }
    }
    return n;
  }

  /** The char a one-letter escape stands for; the scanner let only JSON's letters through. */
  private static char unescape(char e) {
    switch (e) {
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      default:
        return e; // '"', '\\' and '/' stand for themselves
    }
  }

  /** A hex digit's value, or -1. */
  static int hex(byte d) {
    if (d >= '0' && d <= '9') {
      return d - '0';
    }
    int lower = d | 0x20;
    if (lower >= 'a' && lower <= 'f') {
      return lower - 'a' + 10;
    }
    return -1;
  }

  /** Whether {@code e} is one of JSON's one-letter escapes (after the backslash). */
  static boolean isEscapeLetter(byte e) {
    switch (e) {
      case '"':
      case '\\':
      case '/':
      case 'b':
      case 'f':
      case 'n':
      case 'r':
      case 't':
        return true;
      default:
        return false;
    }
  }
}
