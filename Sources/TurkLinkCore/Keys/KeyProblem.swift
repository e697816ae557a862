/// Which of the two key Fields a value belongs to.
public enum KeyField: String, Sendable, Equatable, CaseIterable {
  /// The access key ID (`AKIA…`, 20 characters).
  case accessKeyID
  /// The secret access key (40 characters).
  case secret

  /// The name the researcher sees on screen and in the AWS console.
  public var label: String {
    switch self {
    case .accessKeyID: "access key ID"
    case .secret: "secret access key"
    }
  }

  /// The length every valid value of this Field has.
  public var expectedLength: Int {
    switch self {
    case .accessKeyID: 20
    case .secret: 40
    }
  }
}

/// What is wrong with the text in a key Field, found locally and at once.
///
/// No case carries the secret, and `message` never quotes a Field's
/// value: the only character ever named is one that cannot belong to a
/// valid key.
public enum KeyProblem: Error, Sendable, Equatable, CustomStringConvertible {
  /// The Field is empty.
  case empty(KeyField)
  /// A character that never occurs in this Field, at a 1-based position
  /// in the cleaned text.
  case invalidCharacter(KeyField, position: Int, character: Character)
  /// The access key ID has a lower-case letter (first one at `position`).
  case lowercase(position: Int)
  /// The text is longer or shorter than a key: usually a partial paste.
  case wrongLength(KeyField, got: Int)
  /// An `ASIA` key: temporary credentials, which MTurk refuses.
  case temporaryKey
  /// Another AWS identifier (a user or role ID…), not an access key ID.
  case otherIdentifier(prefix: String, kind: String)
  /// Twenty valid characters that do not start `AKIA`.
  case unknownPrefix(prefix: String)
  /// The ID Field holds something shaped like a secret access key.
  case looksLikeSecret
  /// The secret Field holds something shaped like an access key ID.
  case looksLikeAccessKeyID
  /// The two Fields hold each other's values; offer to swap them back.
  case swapSuggested

  /// The Field the problem is shown beside; nil when it concerns both.
  public var field: KeyField? {
    switch self {
    case .empty(let field), .invalidCharacter(let field, _, _),
      .wrongLength(let field, _):
      field
    case .lowercase, .temporaryKey, .otherIdentifier, .unknownPrefix,
      .looksLikeSecret:
      .accessKeyID
    case .looksLikeAccessKeyID: .secret
    case .swapSuggested: nil
    }
  }

  /// The stable diagnosis code this problem reports under.
  public var diagnosisCode: DiagnosisCode {
    self == .temporaryKey ? .temporaryKey : .keyFormat
  }

  /// The guide step that fixes the problem (always `access-keys`).
  public var step: StepID { .accessKeys }

  /// One plain sentence or two: what is wrong and what to do.
  public var message: String { KeyProblemText.message(for: self) }

  /// Same as `message`.
  public var description: String { message }
}
