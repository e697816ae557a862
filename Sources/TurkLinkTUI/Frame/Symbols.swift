/// The few non-ASCII marks the screens draw, kept in one table so the
/// backend can swap in ASCII when the locale cannot show UTF-8.
public struct Symbols: Sendable, Equatable {
  /// A finished step.
  public var done: String
  /// The step on screen.
  public var current: String
  /// A step still to do.
  public var todo: String
  /// A step a failed check points at.
  public var attention: String
  /// A format or check that passed.
  public var ok: String
  /// A format or check that failed.
  public var problem: String
  /// A horizontal rule piece.
  public var rule: String
  /// The column separator.
  public var column: String
  /// One hidden character of the secret.
  public var mask: String
  /// The mark for text cut short.
  public var ellipsis: String
  /// The mark for more content above.
  public var moreAbove: String
  /// The mark for more content below.
  public var moreBelow: String
  /// The up and down arrow keys, for the status bar.
  public var upDown: String
  /// A dash between words.
  public var dash: String
  /// The multiplication sign in sizes like 80×24.
  public var times: String
  /// The spinner frames shown while a check runs.
  public var spinner: [String]

  /// Box-drawing and check marks for UTF-8 terminals.
  public static let unicode = Symbols(
    done: "✓", current: "▸", todo: "•", attention: "!", ok: "✓", problem: "✗",
    rule: "─", column: "│", mask: "•", ellipsis: "…", moreAbove: "▲",
    moreBelow: "▼",
    upDown: "↑↓", dash: "—", times: "×",
    spinner: ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"])

  /// Plain ASCII for terminals or locales without UTF-8.
  public static let ascii = Symbols(
    done: "+", current: ">", todo: "-", attention: "!", ok: "+", problem: "x",
    rule: "-", column: "|", mask: "*", ellipsis: "~", moreAbove: "^",
    moreBelow: "v",
    upDown: "Up/Down", dash: "-", times: "x",
    spinner: ["|", "/", "-", "\\"])
}
