/// What the environment says the terminal can do, decided before curses
/// starts so the launcher and the backend agree.
public struct TerminalTraits: Equatable, Sendable {
  /// The locale encodes text as UTF-8; when false, symbols become ASCII.
  public var utf8: Bool
  /// Colour is wanted (NO_COLOR unset); the terminal may still have none.
  public var colorWanted: Bool
  /// OSC 8 hyperlinks are known to work in this terminal.
  public var hyperlinks: Bool
  /// Running inside tmux, whose passthrough needs wrapping.
  public var insideTmux: Bool

  /// Creates traits.
  public init(utf8: Bool, colorWanted: Bool, hyperlinks: Bool, insideTmux: Bool) {
    self.utf8 = utf8
    self.colorWanted = colorWanted
    self.hyperlinks = hyperlinks
    self.insideTmux = insideTmux
  }

  /// Reads the traits from the environment and the locale's codeset name.
  public static func detect(environment: [String: String], codeset: String) -> TerminalTraits {
    let normalized = codeset.uppercased().replacingOccurrences(of: "-", with: "")
    return TerminalTraits(
      utf8: normalized == "UTF8",
      colorWanted: (environment["NO_COLOR"] ?? "").isEmpty,
      hyperlinks: supportsHyperlinks(environment),
      insideTmux: environment["TMUX"] != nil)
  }

  /// OSC 8 is only sent where it is known to be understood, because other
  /// terminals may print the sequence as text. `TURKLINK_HYPERLINKS=1|0`
  /// overrides the guess.
  static func supportsHyperlinks(_ environment: [String: String]) -> Bool {
    if let forced = environment["TURKLINK_HYPERLINKS"] { return forced == "1" }
    let term = environment["TERM"] ?? ""
    if environment["TMUX"] != nil || term.hasPrefix("screen") { return false }
    let programs = ["iTerm.app", "WezTerm", "vscode", "ghostty", "Hyper"]
    if programs.contains(environment["TERM_PROGRAM"] ?? "") { return true }
    if environment["KITTY_WINDOW_ID"] != nil || environment["WT_SESSION"] != nil {
      return true
    }
    if let vte = environment["VTE_VERSION"].flatMap(Int.init), vte >= 5000 { return true }
    return term == "xterm-kitty" || term == "alacritty" || term == "foot"
  }
}
