/// The local format rules for access keys: cheap enough to run on every
/// keystroke, and the first check `turklink check` makes.
///
/// Values are expected to be cleaned with `KeyCleaner` first; the
/// positions in problems count characters of the cleaned text from 1.
public enum KeyFormat {
  /// Prefixes of AWS identifiers that people paste by mistake, with what
  /// each one is.
  static let otherPrefixes: [String: String] = [
    "AIDA": "an IAM user ID",
    "AROA": "an IAM role ID",
    "AGPA": "an IAM group ID",
    "ANPA": "a managed policy ID",
    "ANVA": "a policy version ID",
    "AIPA": "an EC2 instance profile ID",
    "APKA": "a CloudFront key pair ID",
    "ASCA": "a certificate ID",
    "ABIA": "a bearer token ID",
    "ACCA": "a context-specific credential ID",
  ]

  /// The first problem with an access key ID, or nil when it is valid.
  public static func problem(accessKeyID id: String) -> KeyProblem? {
    let characters = Array(id)
    if characters.isEmpty { return .empty(.accessKeyID) }
    if isSecretShaped(characters) { return .looksLikeSecret }

    if let index = characters.firstIndex(where: { !isIDCharacterAnyCase($0) }) {
      return .invalidCharacter(
        .accessKeyID, position: index + 1, character: characters[index])
    }
    if let index = characters.firstIndex(where: { $0.isLowercase }) {
      return .lowercase(position: index + 1)
    }
    if characters.count != KeyField.accessKeyID.expectedLength {
      return prefixProblem(characters)
        ?? .wrongLength(.accessKeyID, got: characters.count)
    }
    return prefixProblem(characters)
  }

  /// The first problem with a secret access key, or nil when it is valid.
  public static func problem(secret: String) -> KeyProblem? {
    let characters = Array(secret)
    if characters.isEmpty { return .empty(.secret) }

    if let index = characters.firstIndex(where: { !isSecretCharacter($0) }) {
      return .invalidCharacter(
        .secret, position: index + 1, character: characters[index])
    }
    if isIDShaped(characters) { return .looksLikeAccessKeyID }
    if characters.count != KeyField.secret.expectedLength {
      return .wrongLength(.secret, got: characters.count)
    }
    return nil
  }

  /// Every problem with a pair of Field values: `[.swapSuggested]` when
  /// they are in each other's Fields, else the problem of each Field.
  public static func problems(accessKeyID id: String, secret: String)
    -> [KeyProblem]
  {
    if isSecretShaped(Array(id)), isIDShaped(Array(secret)) {
      return [.swapSuggested]
    }
    return [problem(accessKeyID: id), problem(secret: secret)].compactMap { $0 }
  }

  /// Every problem with `keys`; empty when both parts are valid.
  public static func problems(_ keys: AccessKeys) -> [KeyProblem] {
    problems(accessKeyID: keys.accessKeyID, secret: keys.secret)
  }

  /// Whether `keys` pass every format rule.
  public static func isValid(_ keys: AccessKeys) -> Bool {
    problems(keys).isEmpty
  }

  /// A problem read from the first four characters, when they are not
  /// `AKIA`; only called once the characters are all valid.
  private static func prefixProblem(_ characters: [Character]) -> KeyProblem? {
    guard characters.count >= 4 else { return nil }
    let prefix = String(characters.prefix(4))
    if prefix == "AKIA" { return nil }
    if prefix == "ASIA" { return .temporaryKey }
    if let kind = otherPrefixes[prefix] {
      return .otherIdentifier(prefix: prefix, kind: kind)
    }
    if characters.count != KeyField.accessKeyID.expectedLength { return nil }
    return .unknownPrefix(prefix: prefix)
  }

  /// Whether the characters have a secret's shape: 40 of `[A-Za-z0-9/+]`.
  static func isSecretShaped(_ characters: [Character]) -> Bool {
    characters.count == KeyField.secret.expectedLength
      && characters.allSatisfy(isSecretCharacter)
  }

  /// Whether the characters have a long-term or temporary key ID's
  /// shape: 20 of `[A-Z2-7]` starting `AKIA` or `ASIA`.
  static func isIDShaped(_ characters: [Character]) -> Bool {
    guard characters.count == KeyField.accessKeyID.expectedLength,
      characters.allSatisfy(isIDCharacter)
    else { return false }
    let prefix = String(characters.prefix(4))
    return prefix == "AKIA" || prefix == "ASIA"
  }

  /// `[A-Z2-7]`: the base-32 alphabet AWS key IDs use.
  static func isIDCharacter(_ character: Character) -> Bool {
    guard let ascii = character.asciiValue else { return false }
    return (65...90).contains(ascii) || (50...55).contains(ascii)
  }

  /// An ID character, or a lower-case letter (reported on its own).
  private static func isIDCharacterAnyCase(_ character: Character) -> Bool {
    guard let ascii = character.asciiValue else { return false }
    return isIDCharacter(character) || (97...122).contains(ascii)
  }

  /// `[A-Za-z0-9/+]`: the base-64 alphabet of secret access keys.
  static func isSecretCharacter(_ character: Character) -> Bool {
    guard let ascii = character.asciiValue else { return false }
    return (65...90).contains(ascii) || (97...122).contains(ascii)
      || (48...57).contains(ascii) || ascii == 47 || ascii == 43
  }
}
