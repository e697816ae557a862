/// What a paste into a key Field means: both keys at once (a CSV line,
/// a copied table row), or one cleaned value for that Field with its
/// first format problem. One call per bracketed-paste Event.
public enum KeyPaste {
  /// The meaning of one paste.
  public enum Outcome: Sendable, Equatable {
    /// The paste held both keys: fill both Fields (ask which row when
    /// there are several).
    case keys([AccessKeyCSV.Entry])
    /// The paste is a value for the Field it went into, already cleaned,
    /// with its first problem (nil when valid).
    case value(String, KeyProblem?)
  }

  /// Interprets text pasted into `field`.
  public static func interpret(_ pasted: String, into field: KeyField)
    -> Outcome
  {
    if let entries = AccessKeyCSV.pastedEntries(pasted) {
      return .keys(entries)
    }

    let value = KeyCleaner.clean(pasted)
    return .value(value, KeyFormat.problem(value, in: field))
  }
}

extension KeyFormat {
  /// The first problem of `value` as the content of `field`.
  public static func problem(_ value: String, in field: KeyField) -> KeyProblem?
  {
    switch field {
    case .accessKeyID: problem(accessKeyID: value)
    case .secret: problem(secret: value)
    }
  }
}
