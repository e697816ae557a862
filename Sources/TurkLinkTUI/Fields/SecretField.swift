/// The secret access key field: a `TextField` drawn as mask characters
/// unless the researcher asks to see it.
public struct SecretField: Equatable, Sendable {
  /// The text and caret underneath the mask.
  public var field = TextField()
  /// True while the secret is shown in clear.
  public var revealed = false

  /// An empty, masked field.
  public init() {}

  /// The secret itself.
  public var text: String { field.text }

  /// What the screen may draw: the mask, one per character, unless revealed.
  public func shown(mask: String) -> [Character] {
    if revealed { return field.characters }
    let mark = mask.first ?? "*"
    return Array(repeating: mark, count: field.characters.count)
  }
}

extension SecretField: CustomStringConvertible, CustomDebugStringConvertible,
  CustomReflectable
{
  /// The length only: a stray `print` or `dump` never shows the secret.
  public var description: String {
    "SecretField(\(field.characters.count) characters, hidden)"
  }

  /// Same as `description`.
  public var debugDescription: String { description }

  /// A mirror without the text, so `dump(state)` cannot leak it either.
  public var customMirror: Mirror {
    Mirror(
      self, children: ["length": field.characters.count, "revealed": revealed])
  }
}
