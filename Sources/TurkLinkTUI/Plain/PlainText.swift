/// Cleans text for plain mode, whose output must never hold an escape
/// sequence: screen readers and pipes would read them as text.
public enum PlainText {
  /// `text` without C0/C1 control characters (newlines and tabs kept).
  public static func clean(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.filter(isAllowed)))
  }

  private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0a, 0x09: true
    case 0x00..<0x20, 0x7f..<0xa0: false
    default: true
    }
  }

  /// Key text as typed or pasted: surrounding blanks and quotes removed.
  public static func trimmedKey(_ text: String) -> String {
    let blanks: Set<Character> = [" ", "\t", "\r", "\n", "\"", "'"]
    return String(text.drop { blanks.contains($0) }.reversed().drop { blanks.contains($0) }
      .reversed())
  }
}
