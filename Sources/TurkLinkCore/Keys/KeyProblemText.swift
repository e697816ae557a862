/// The wording of each `KeyProblem`, kept apart from the checks.
enum KeyProblemText {
  /// The message for `problem`.
  static func message(for problem: KeyProblem) -> String {
    switch problem {
    case .empty(let field):
      "The \(field.label) is empty: paste it from the AWS console or the .csv file."
    case .invalidCharacter(let field, let position, let character):
      invalidCharacter(field, position, character)
    case .lowercase(let position):
      "The access key ID has a lower-case letter at position \(position); "
        + "access key IDs are all capitals and digits: copy it again "
        + "instead of typing it."
    case .wrongLength(let field, let got):
      wrongLength(field, got)
    default:
      identity(problem)
    }
  }

  /// Messages about what kind of value the Fields hold.
  private static func identity(_ problem: KeyProblem) -> String {
    switch problem {
    case .temporaryKey:
      "This key starts with ASIA: it is a temporary key, and MTurk does not "
        + "accept temporary keys. Create an access key for your IAM user "
        + "(it starts with AKIA)."
    case .otherIdentifier(let prefix, let kind):
      "This is \(kind) (it starts with \(prefix)), not an access key ID. "
        + "The access key ID starts with AKIA: copy it from the IAM user's "
        + "Security credentials tab or the .csv file."
    case .unknownPrefix(let prefix):
      "An access key ID starts with AKIA, but this one starts with \(prefix). "
        + "Copy it again from the .csv file or the AWS console."
    case .looksLikeSecret:
      "This looks like the secret access key, not the access key ID. "
        + "Paste the secret into the secret field and the AKIA… ID here."
    case .looksLikeAccessKeyID:
      "This looks like an access key ID, not the secret access key. "
        + "Paste the 40-character secret here and the AKIA… ID above."
    case .swapSuggested:
      "The two keys seem to be in each other's fields. Swap them back?"
    default:
      ""
    }
  }

  /// The message for a character that does not belong in `field`.
  private static func invalidCharacter(
    _ field: KeyField, _ position: Int, _ character: Character
  ) -> String {
    let allowed =
      field == .accessKeyID
      ? "capital letters A–Z and digits 2–7"
      : "letters, digits, / and +"
    return "The \(field.label) has \(describe(character)) at position "
      + "\(position); it may only contain \(allowed). Remove it, or copy the "
      + "key again from the .csv file."
  }

  /// The message for a value of the wrong length.
  private static func wrongLength(_ field: KeyField, _ got: Int) -> String {
    let expected = field.expectedLength
    let hint =
      got < expected
      ? "part of it is missing: copy the whole key again."
      : "something extra was pasted with it: copy only the key."
    return "The \(field.label) has \(got) characters instead of \(expected); "
      + hint
  }

  /// A character named so that invisible ones can still be seen.
  static func describe(_ character: Character) -> String {
    switch character {
    case " ": return "a space"
    case "\t": return "a tab"
    case "\n", "\r", "\r\n": return "a line break"
    default: break
    }
    let scalars = character.unicodeScalars
    let visible = scalars.allSatisfy { scalar in
      switch scalar.properties.generalCategory {
      case .control, .format, .spaceSeparator, .lineSeparator,
        .paragraphSeparator, .unassigned, .surrogate, .privateUse:
        false
      default: true
      }
    }
    if visible { return "\"\(character)\"" }
    let codes = scalars.map { "U+" + hex($0.value) }.joined(separator: " ")
    return "the invisible character \(codes)"
  }

  /// Upper-case hex, at least four digits.
  private static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
