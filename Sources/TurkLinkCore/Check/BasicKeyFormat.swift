/// What is wrong with the shape of a key pair, found without the network.
public enum KeyFormatProblem: Sendable, Equatable {
  /// The ID starts with `ASIA`: temporary (role or session) credentials.
  case temporaryKey
  /// The ID is not 20 characters of `A-Z 2-7` starting with `AKIA`.
  case badKeyID(length: Int)
  /// The secret is not 40 characters of `A-Z a-z 0-9 / +`.
  case badSecret(length: Int)
}

/// A small stand-in for the full key format rules (Keys/KeyFormat, written
/// separately): just enough to spare the network a key that cannot work.
/// `KeyChecker` takes its format rule as a function, so swapping this for
/// the full one is a one-line change at the call site.
enum BasicKeyFormat {
  /// The first problem of `keys`, or nil when their shape is right.
  static func problem(_ keys: AccessKeys) -> KeyFormatProblem? {
    let id = keys.accessKeyID
    if id.hasPrefix("ASIA") { return .temporaryKey }
    let idChars = id.unicodeScalars.allSatisfy {
      ("A"..."Z").contains($0) || ("2"..."7").contains($0)
    }
    if id.count != 20 || !id.hasPrefix("AKIA") || !idChars {
      return .badKeyID(length: id.count)
    }
    let secret = keys.secret
    let secretChars = secret.unicodeScalars.allSatisfy {
      ("A"..."Z").contains($0) || ("a"..."z").contains($0)
        || ("0"..."9").contains($0)
        || $0 == "/" || $0 == "+"
    }
    if secret.count != 40 || !secretChars {
      return .badSecret(length: secret.count)
    }
    return nil
  }

  /// The format diagnosis of `keys`, or nil when their shape is right.
  static func diagnosis(_ keys: AccessKeys) -> Diagnosis? {
    problem(keys).map(Diagnoser().format)
  }
}
