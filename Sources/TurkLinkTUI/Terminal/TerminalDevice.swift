/// A screen the `Runner` draws frames on and reads events from.
///
/// `CursesTerminal` is the real one; tests use a scripted stand-in.
public protocol TerminalDevice: AnyObject {
  /// The current size in columns and rows.
  var size: (width: Int, height: Int) { get }

  /// Shows `frame`, replacing whatever was drawn before.
  func draw(_ frame: Frame)

  /// Waits up to `timeoutMilliseconds` for input; nil when none came or
  /// the input meant nothing (an unknown key).
  func nextEvent(timeoutMilliseconds: Int) -> Event?

  /// Forgets what is on screen, so the next `draw` repaints every cell
  /// (Ctrl-L, after another program wrote over the wizard).
  func invalidate()

  /// Writes a control sequence straight to the terminal (OSC 52, OSC 8).
  func writeControl(_ sequence: String)

  /// Gives the terminal back to the shell; safe to call more than once.
  func restore()
}
