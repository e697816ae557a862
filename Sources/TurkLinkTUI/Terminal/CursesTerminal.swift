import CNcurses
import Foundation

/// Why the curses backend could not start; the launcher then uses plain mode.
public enum TerminalOpenError: Error, Equatable, CustomStringConvertible {
  /// ncurses has no terminfo entry for `$TERM`.
  case noTerminfo(term: String)

  /// The one-line reason shown before falling back to plain mode.
  public var description: String {
    switch self {
    case .noTerminfo(let term): "no terminfo entry for TERM=\(term)"
    }
  }
}

/// The ncursesw backend: owns the terminal between `open` and `restore`,
/// draws frames and turns keys, pastes and resizes into events.
public final class CursesTerminal: TerminalDevice {
  /// What the environment said about this terminal.
  public let traits: TerminalTraits
  /// Whether tones are drawn in colour (else as attributes only).
  public let hasColor: Bool

  let output: UnsafeMutablePointer<FILE>
  private let input: UnsafeMutablePointer<FILE>
  private var restored = false
  private var cursorShown: Bool?
  /// A resize that arrived in the middle of a paste, delivered next.
  var resizePending = false
  /// A key code that came right behind an Esc, delivered next.
  var pendingKeyCode: UInt32?

  /// The longest paste kept, in bytes; the rest is read and dropped.
  public static let pasteLimit = 64 * 1024

  /// Sets the locale from the environment (needed for wide characters)
  /// and returns its codeset name, e.g. "UTF-8" or "ANSI_X3.4-1968".
  public static func prepareLocale() -> String {
    setlocale(LC_ALL, "")
    guard let name = nl_langinfo(nl_item(CODESET)) else { return "" }
    return String(cString: name)
  }

  /// Starts curses on stdin/stdout. Uses `newterm` rather than `initscr`,
  /// which would end the process when `$TERM` has no terminfo entry.
  public init(traits: TerminalTraits, term: String) throws(TerminalOpenError) {
    guard let output = fdopen(STDOUT_FILENO, "w"), let input = fdopen(STDIN_FILENO, "r"),
      newterm(term, output, input) != nil
    else { throw .noTerminfo(term: term) }

    self.traits = traits
    self.output = output
    self.input = input
    hasColor = traits.colorWanted && has_colors() && Self.startColors()
    Self.configureInput()
    writeControl(ControlSequences.pasteOn)
  }

  /// Raw keys (Ctrl-C arrives as a key), no echo, CR told apart from LF,
  /// keypad decoding, a short Esc delay and the paste markers.
  private static func configureInput() {
    raw()
    noecho()
    nonl()
    _ = tl_keypad_on()
    set_escdelay(25)
    define_key("\u{1b}[200~", tl_key_paste_begin())
    define_key("\u{1b}[201~", tl_key_paste_end())
  }

  /// Starts colour with the terminal's own background and defines one
  /// pair per `Tone`; false when the terminal refuses.
  private static func startColors() -> Bool {
    guard start_color() == OK else { return false }

    let background: Int16 = use_default_colors() == OK ? -1 : Int16(COLOR_BLACK)
    for (pair, color) in Palette.pairColors.enumerated() {
      init_pair(Int16(pair + 1), Int16(color), background)
    }
    return true
  }

  /// The current size in columns and rows.
  public var size: (width: Int, height: Int) {
    (Int(tl_cols()), Int(tl_lines()))
  }

  /// Writes a control sequence straight to the terminal, after whatever
  /// curses has already sent.
  public func writeControl(_ sequence: String) {
    guard !restored else { return }
    fputs(sequence, output)
    fflush(output)
  }

  /// Makes the next refresh repaint the whole screen.
  public func invalidate() {
    _ = tl_clearok()
  }

  /// Shows or hides the cursor, only when that changes.
  func showCursor(_ visible: Bool) {
    guard cursorShown != visible else { return }
    cursorShown = visible
    curs_set(visible ? 1 : 0)
  }

  /// Gives the terminal back: paste mode off, cursor on, normal screen,
  /// modes reset. Idempotent, so every exit path may call it.
  public func restore() {
    guard !restored else { return }
    writeControl(ControlSequences.pasteOff)
    restored = true
    // Terminals without an alternate screen (linux, vt100) would keep
    // the last frame, a revealed secret included, after turklink quits.
    erase()
    refresh()
    curs_set(1)
    endwin()
    fflush(output)
  }

  deinit { restore() }
}
