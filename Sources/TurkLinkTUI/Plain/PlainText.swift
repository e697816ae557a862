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

  /// Guide or diagnosis text reworded for plain mode, where no key opens
  /// a link and there is no Checklist to tick: "(press o)" becomes the
  /// `link` itself, "Tick the items" the answer y, "press r" "answer r".
  static func forPlainMode(_ text: String, link: String?) -> String {
    text.replacingOccurrences(of: " (press o)", with: link.map { " (\($0))" } ?? "")
      .replacingOccurrences(of: "(press o)", with: link ?? "")
      .replacingOccurrences(of: "Tick the items", with: "Answer y")
      .replacingOccurrences(of: "press r", with: "answer r")
  }

  /// Whether `value` has the shape of an access key ID (`AKIA…`, or a
  /// temporary `ASIA…` one): the only key text plain mode prints back.
  static func isKeyIDShaped(_ value: String) -> Bool {
    let problem = KeyFormat.problem(accessKeyID: value)
    return problem == nil || problem == .temporaryKey
  }

  /// Whether a line is the header row of the access-key CSV file, which
  /// a pasted file starts with; its key row follows on the next line.
  static func isCSVHeader(_ line: String) -> Bool {
    let lower = line.lowercased()
    return lower.contains("access key id") && lower.contains("secret access key")
  }

  /// What to print about a key problem. A character that may belong to a
  /// secret is not named, in case a partial secret went into the ID.
  static func message(for problem: KeyProblem) -> String {
    guard case .invalidCharacter(let field, _, let character) = problem,
      character.isASCII, character.isLetter || character.isNumber || "/+".contains(character)
    else { return problem.message }
    return "The \(field.label) has a character that does not belong in it; copy the "
      + "key again from the .csv file or the AWS console."
  }

  /// Key text as typed or pasted: surrounding blanks and quotes removed.
  public static func trimmedKey(_ text: String) -> String {
    let blanks: Set<Character> = [" ", "\t", "\r", "\n", "\"", "'"]
    return String(text.drop { blanks.contains($0) }.reversed().drop { blanks.contains($0) }
      .reversed())
  }
}
