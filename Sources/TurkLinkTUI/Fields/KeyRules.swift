import TurkLinkCore

/// What the format check says about one field, shown beside it.
public struct FieldVerdict: Equatable, Sendable {
  /// True when the text has the right shape.
  public var ok: Bool
  /// A few words for beside the field, e.g. "19 of 20 characters".
  public var message: String
}

/// The local key rules the fields use: cleaning pasted text, the format
/// checks, and reading a pasted CSV line.
///
/// TODO: the `keys` branch brings `KeyCleaner`/`KeyFormat` to TurkLinkCore;
/// until it is merged these are minimal stand-ins, and this enum is the one
/// place to swap them.
public enum KeyRules {
  /// Pasted text without surrounding whitespace, quotes, CR/LF or zsh's
  /// trailing `%`; inner spaces stay, so the format check can flag them.
  public static func clean(_ text: String) -> String {
    var result = text.trimmingSpace()
    while let first = result.first, let last = result.last, result.count >= 2,
      first == last, first == "\"" || first == "'"
    {
      result = String(result.dropFirst().dropLast()).trimmingSpace()
    }
    if result.hasSuffix("%") { result = String(result.dropLast()).trimmingSpace() }
    return result
  }

  /// The format verdict for an access key ID, or nil for an empty field.
  public static func checkID(_ id: String) -> FieldVerdict? {
    guard !id.isEmpty else { return nil }
    if id.contains(" ") { return FieldVerdict(ok: false, message: "contains a space") }
    if id.hasPrefix("ASIA") {
      return FieldVerdict(ok: false, message: "ASIA keys are temporary")
    }
    if !id.hasPrefix("AKIA") { return FieldVerdict(ok: false, message: "must start with AKIA") }
    if id.count != 20 { return FieldVerdict(ok: false, message: "\(id.count) of 20 characters") }
    if !id.allSatisfy(isIDCharacter) {
      return FieldVerdict(ok: false, message: "only A-Z and 2-7 allowed")
    }
    return FieldVerdict(ok: true, message: "format ok")
  }

  /// The format verdict for a secret access key, or nil for an empty field.
  public static func checkSecret(_ secret: String) -> FieldVerdict? {
    guard !secret.isEmpty else { return nil }
    if secret.contains(" ") { return FieldVerdict(ok: false, message: "contains a space") }
    if secret.count != 40 {
      return FieldVerdict(ok: false, message: "\(secret.count) of 40 characters")
    }
    if !secret.allSatisfy(isSecretCharacter) {
      return FieldVerdict(ok: false, message: "only letters, digits, / and +")
    }
    return FieldVerdict(ok: true, message: "format ok")
  }

  /// True when `text` has the shape of an access key ID (AKIA or ASIA).
  public static func looksLikeID(_ text: String) -> Bool {
    (text.hasPrefix("AKIA") || text.hasPrefix("ASIA")) && text.count == 20
      && text.allSatisfy(isIDCharacter)
  }

  /// True when `text` has the shape of a secret access key.
  public static func looksLikeSecret(_ text: String) -> Bool {
    text.count == 40 && text.allSatisfy(isSecretCharacter) && !looksLikeID(text)
  }

  /// Both keys from pasted CSV text: the AWS console's file (header and
  /// row, or the row alone), or nil when the text is not such a line.
  public static func parseCSV(_ text: String) -> AccessKeys? {
    let rows = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
      .map { $0.split(separator: ",", omittingEmptySubsequences: false).map { clean(String($0)) } }
      .filter { $0.count >= 2 }
    guard let row = rows.last(where: { !isHeader($0) }) else { return nil }

    var idColumn = 0
    var secretColumn = 1
    if let header = rows.first(where: isHeader) {
      idColumn = header.firstIndex { $0.lowercased() == "access key id" } ?? 0
      secretColumn = header.firstIndex { $0.lowercased() == "secret access key" } ?? 1
    }
    guard idColumn < row.count, secretColumn < row.count else { return nil }
    let keys = AccessKeys(accessKeyID: row[idColumn], secret: row[secretColumn])
    return looksLikeID(keys.accessKeyID) || looksLikeSecret(keys.secret) ? keys : nil
  }

  private static func isHeader(_ row: [String]) -> Bool {
    row.contains { $0.lowercased() == "access key id" }
  }

  private static func isIDCharacter(_ character: Character) -> Bool {
    ("A"..."Z").contains(character) || ("2"..."7").contains(character)
  }

  private static func isSecretCharacter(_ character: Character) -> Bool {
    guard character.isASCII else { return false }
    return character.isLetter || character.isNumber || character == "/" || character == "+"
  }
}

extension String {
  /// The string without leading and trailing whitespace and line breaks.
  fileprivate func trimmingSpace() -> String {
    let isSpace: (Character) -> Bool = { $0.isWhitespace || $0.isNewline }
    let start = firstIndex { !isSpace($0) } ?? endIndex
    let end = lastIndex { !isSpace($0) }.map { index(after: $0) } ?? start
    return String(self[start..<end])
  }
}
