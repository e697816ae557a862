/// A one-line editable text with a caret: the access key ID field, and the
/// storage under `SecretField`.
public struct TextField: Equatable, Sendable {
  /// The characters typed or pasted so far.
  public private(set) var characters: [Character] = []
  /// The caret, between characters: 0 is before the first.
  public private(set) var caret = 0

  /// An empty field.
  public init() {}

  /// A field holding `text`, caret at the end.
  public init(_ text: String) {
    characters = Array(text)
    caret = characters.count
  }

  /// The field's text.
  public var text: String { String(characters) }

  /// Inserts `text` at the caret and moves the caret past it.
  public mutating func insert(_ text: String) {
    let new = Array(text)
    characters.insert(contentsOf: new, at: caret)
    caret += new.count
  }

  /// Replaces the whole text, caret at the end.
  public mutating func set(_ text: String) {
    self = TextField(text)
  }

  /// Applies an editing key; returns false when the key is not an edit
  /// (arrows up/down, Enter, Tab…), so the screen can act on it.
  public mutating func edit(_ key: Key) -> Bool {
    switch key {
    case .char(let character): insert(String(character))
    case .left: caret = max(0, caret - 1)
    case .right: caret = min(characters.count, caret + 1)
    case .home, .ctrl("a"): caret = 0
    case .end, .ctrl("e"): caret = characters.count
    case .backspace: deleteBackward()
    case .delete, .ctrl("d"): deleteForward()
    case .ctrl("u"): set("")
    default: return false
    }
    return true
  }

  /// The part of `shown` that fits `width` columns with `caret` in view,
  /// and the caret's column within it. `shown` has one character per
  /// character of the field (the secret's mask, or the text itself).
  /// Linear in the characters scanned, so a long field cannot stall a
  /// redraw.
  public static func window(_ shown: [Character], caret: Int, width: Int)
    -> (text: String, caret: Int)
  {
    guard width > 1 else { return ("", 0) }
    let end = min(max(0, caret), shown.count)
    var start = end
    var before = 0
    // Walk back from the caret while the text before it still leaves a
    // column for the caret itself.
    while start > 0 {
      let cellWidth = DisplayWidth.of(shown[start - 1])
      if before + cellWidth > width - 1 { break }
      before += cellWidth
      start -= 1
    }

    var text = ""
    var used = 0
    for character in shown[start...] {
      let cellWidth = DisplayWidth.of(character)
      if used + cellWidth > width { break }
      text.append(character)
      used += cellWidth
    }
    return (text, before)
  }

  private mutating func deleteBackward() {
    guard caret > 0 else { return }
    characters.remove(at: caret - 1)
    caret -= 1
  }

  private mutating func deleteForward() {
    guard caret < characters.count else { return }
    characters.remove(at: caret)
  }
}
