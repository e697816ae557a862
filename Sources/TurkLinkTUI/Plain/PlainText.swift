import TurkLinkCore

/// Cleans text for plain mode, whose output must never hold an escape
/// sequence: screen readers and pipes would read them as text.
public enum PlainText {
  /// `text` without C0/C1 control characters and without bidirectional
  /// overrides, which could make a line read differently from what it
  /// holds. Newlines are kept; a tab becomes a space.
  public static func clean(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "\t" {
        scalars.append(" ")
      } else if isAllowed(scalar) {
        scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0a: true
    case 0x00..<0x20, 0x7f..<0xa0: false
    default: !isBidiControl(scalar)
    }
  }

  /// The marks, embeddings, overrides and isolates of the Unicode
  /// bidirectional algorithm (U+061C, U+200E/F, U+202A–E, U+2066–9).
  static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x061c, 0x200e, 0x200f, 0x202a...0x202e, 0x2066...0x2069: true
    default: false
    }
  }

  /// Whether `value` has the shape of an access key ID (`AKIA…`, or a
  /// temporary `ASIA…` one): the only key text plain mode prints back.
  static func isKeyIDShaped(_ value: String) -> Bool {
    let problem = KeyFormat.problem(accessKeyID: value)
    return problem == nil || problem == .temporaryKey
  }

  /// Key text as typed or pasted: surrounding blanks and quotes removed.
  public static func trimmedKey(_ text: String) -> String {
    let blanks: Set<Character> = [" ", "\t", "\r", "\n", "\"", "'"]
    return String(text.drop { blanks.contains($0) }.reversed().drop { blanks.contains($0) }
      .reversed())
  }
}
