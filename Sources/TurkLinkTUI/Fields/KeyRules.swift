import Foundation
import TurkLinkCore

/// What the format check says about one field, shown beside it.
public struct FieldVerdict: Equatable, Sendable {
  /// True when the text has the right shape.
  public var ok: Bool
  /// A few words for beside the field, e.g. "19 of 20 characters".
  public var message: String
  /// The full sentence from `KeyProblem`, shown under the field in focus.
  public var explanation: String?
}

/// The key rules the fields use, in one place: TurkLinkCore's
/// `KeyCleaner`, `KeyFormat` and `AccessKeyCSV`, with the short wording
/// that fits beside a field.
public enum KeyRules {
  /// The most characters a key field holds: several times the longest
  /// key (the secret's 40), so a stray paste of a whole file or a log is
  /// refused instead of filling the field.
  public static let fieldLimit = 200

  /// Why a paste of `count` characters was refused, for beside the field.
  public static func tooLongPaste(_ count: Int) -> String {
    "That paste is \(count) characters; an access key ID is 20 and a "
      + "secret 40. Copy just the key."
  }

  /// Why typing stopped in a full field.
  public static let fieldFull =
    "The field is full (\(fieldLimit) characters); a key is at most 40."

  /// Pasted text without its wrapping (spaces, quotes, CR/LF, zsh's `%`);
  /// inner spaces stay, so the format check can flag them.
  public static func clean(_ text: String) -> String {
    KeyCleaner.clean(text)
  }

  /// The format verdict for an access key ID, or nil for an empty field.
  /// When the field is drawn masked its verdict names no character, as
  /// that character may belong to the secret.
  public static func checkID(_ id: String) -> FieldVerdict? {
    let result = verdict(KeyFormat.problem(accessKeyID: id))
    guard let result, !result.ok, !couldBeID(Array(id)) else { return result }
    if idLooksLikeSecret(id) { return result }
    return FieldVerdict(
      ok: false, message: "not an access key ID",
      explanation: "This does not look like an access key ID (it may be part of the "
        + "secret). Paste the ID, which starts with AKIA, here.")
  }

  /// The format verdict for a secret access key, or nil for an empty field.
  public static func checkSecret(_ secret: String) -> FieldVerdict? {
    verdict(KeyFormat.problem(secret: secret))
  }

  /// True when the ID field holds something shaped like a secret.
  public static func idLooksLikeSecret(_ id: String) -> Bool {
    KeyFormat.problem(accessKeyID: id) == .looksLikeSecret
  }

  /// True when each field holds the other's value, or the secret sits
  /// alone in the ID field.
  public static func looksSwapped(id: String, secret: String) -> Bool {
    if KeyFormat.problems(accessKeyID: id, secret: secret) == [.swapSuggested] {
      return true
    }
    return secret.isEmpty && idLooksLikeSecret(id)
  }

  /// The ID field as it may be drawn: never secret material in clear.
  ///
  /// Characters are shown only while the value could still be an ID being
  /// typed (see `couldBeID`), and then only the ID's 20; anything else —
  /// a secret, part of one, a CSV row — is masked whole.
  public static func shownID(_ characters: [Character], mask: Character)
    -> [Character]
  {
    let idLength = 20
    let masked = Array(repeating: mask, count: characters.count)
    guard couldBeID(characters), !idLooksLikeSecret(String(characters)) else {
      return masked
    }
    return Array(characters.prefix(idLength)) + masked.dropFirst(idLength)
  }

  /// True while a value may be an ID being typed: only capitals and
  /// digits, or it starts (in any case) like `AKIA`/`ASIA` and holds
  /// neither `/` nor `+`, which only secrets have.
  static func couldBeID(_ characters: [Character]) -> Bool {
    if characters.contains(where: { $0 == "/" || $0 == "+" }) { return false }
    let capitalsAndDigits = characters.allSatisfy {
      $0.isASCII && ($0.isUppercase || $0.isNumber)
    }
    if capitalsAndDigits { return true }
    let start = String(characters.prefix(4)).uppercased()
    return ["AKIA", "ASIA"].contains { $0.hasPrefix(start) }
  }

  /// True when a pasted text without its wrapping is a secret, not an ID.
  public static func looksLikeSecret(_ text: String) -> Bool {
    KeyFormat.problem(accessKeyID: text) == .looksLikeSecret
  }

  /// True when both keys pass every format rule.
  public static func isValid(_ keys: AccessKeys) -> Bool {
    KeyFormat.isValid(keys)
  }

  /// Both keys from pasted CSV text (the console's file, header and row or
  /// the row alone); the first row when there are several (the wizard
  /// uses `csvEntries` and lets the researcher choose).
  public static func parseCSV(_ text: String) -> AccessKeys? {
    csvEntries(text)?.first?.keys
  }

  /// Every key row of pasted CSV text, or nil when it holds no key pair.
  public static func csvEntries(_ text: String) -> [AccessKeyCSV.Entry]? {
    // Terminals (tmux, xterm) paste line ends as a lone CR, which the
    // CSV reader does not take for a line end.
    let lines = text.replacingOccurrences(of: "\r\n", with: "\n")
      .replacingOccurrences(of: "\r", with: "\n")
    guard let rows = AccessKeyCSV.pastedEntries(lines), !rows.isEmpty else {
      return nil
    }
    return rows
  }

  private static func verdict(_ problem: KeyProblem?) -> FieldVerdict? {
    guard let problem else {
      return FieldVerdict(ok: true, message: "format ok")
    }
    if case .empty = problem { return nil }
    return FieldVerdict(
      ok: false, message: short(problem), explanation: problem.message)
  }

  /// A few words for beside the field; the full sentence goes under it.
  static func short(_ problem: KeyProblem) -> String {
    switch problem {
    case .empty: "empty"
    case .invalidCharacter(_, let position, let character):
      "\(name(character)) at position \(position)"
    case .lowercase(let position): "lower-case letter at \(position)"
    case .wrongLength(let field, let got):
      "\(got) of \(field.expectedLength) characters"
    case .temporaryKey: "ASIA keys are temporary"
    case .otherIdentifier: "not an access key ID"
    case .unknownPrefix: "must start with AKIA"
    case .looksLikeSecret: "this looks like the secret"
    case .looksLikeAccessKeyID: "this looks like the key ID"
    case .swapSuggested: "keys look swapped"
    }
  }

  /// A character named so that a space or an invisible one shows.
  private static func name(_ character: Character) -> String {
    switch character {
    case " ": return "a space"
    case "\t": return "a tab"
    case "\n", "\r", "\r\n": return "a line break"
    default: break
    }
    let printable = TextLayout.printable(String(character))
    if printable.isEmpty || character.isWhitespace {
      return "an invisible character"
    }
    return "\"\(printable)\""
  }
}
