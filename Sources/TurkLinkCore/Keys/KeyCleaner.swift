/// Cleans text pasted or typed into a key Field.
///
/// Only wrapping is removed: surrounding whitespace and line breaks,
/// one pair of matching quotes, and a trailing `%` (the mark zsh prints
/// after output with no final newline). Anything inside stays, so an
/// inner space or a stray character is reported by `KeyFormat` with its
/// position instead of being dropped silently.
public enum KeyCleaner {
  /// Quote pairs removed when they wrap the whole text.
  ///
  /// The curly pairs come from word processors and note apps, which
  /// researchers often use to keep keys around.
  static let quotePairs: [(Character, Character)] = [
    ("\"", "\""), ("'", "'"), ("`", "`"),
    ("\u{201C}", "\u{201D}"), ("\u{2018}", "\u{2019}"),
  ]

  /// The text without its wrapping; repeated until nothing more comes
  /// off, so `"  'AKIA…'%\n"` and `"\"AKIA…\"\r\n"` both clean fully.
  public static func clean(_ raw: String) -> String {
    var text = Substring(raw)
    while true {
      let next = stripOnce(text)
      if next == text { return String(text) }
      text = next
    }
  }

  /// Removes one layer of wrapping of each kind.
  private static func stripOnce(_ text: Substring) -> Substring {
    var text = text.drop(while: isWrapSpace)
    while let last = text.last, isWrapSpace(last) { text = text.dropLast() }

    if text.last == "%" { text = text.dropLast() }

    if text.count >= 2, let first = text.first, let last = text.last,
      quotePairs.contains(where: { $0.0 == first && $0.1 == last })
    {
      text = text.dropFirst().dropLast()
    }
    return text
  }

  /// Whitespace, CR/LF and invisible format characters (zero-width
  /// space, BOM) that pastes carry around a key.
  static func isWrapSpace(_ character: Character) -> Bool {
    if character.isWhitespace || character.isNewline { return true }
    return character.unicodeScalars.allSatisfy {
      $0.properties.generalCategory == .format
    }
  }
}
