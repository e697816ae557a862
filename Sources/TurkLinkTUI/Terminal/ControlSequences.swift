import Foundation

/// The few escape sequences turklink writes itself, outside curses.
public enum ControlSequences {
  /// Turns bracketed paste on, so a paste arrives as one event.
  public static let pasteOn = "\u{1b}[?2004h"
  /// Turns bracketed paste off again; sent on every exit path.
  public static let pasteOff = "\u{1b}[?2004l"

  /// OSC 52 "set clipboard" for `text`; inside tmux the sequence is sent
  /// both plainly (for `set-clipboard on`) and wrapped for passthrough.
  public static func clipboard(_ text: String, insideTmux: Bool) -> String {
    let plain = "\u{1b}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
    guard insideTmux else { return plain }
    let doubled = plain.replacingOccurrences(of: "\u{1b}", with: "\u{1b}\u{1b}")
    return plain + "\u{1b}Ptmux;" + doubled + "\u{1b}\\"
  }

  /// OSC 8 opening a hyperlink to `url`; control characters are removed so
  /// an address cannot end the sequence early.
  public static func linkStart(_ url: String) -> String {
    let clean = String(url.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7f })
    return "\u{1b}]8;;" + clean + "\u{1b}\\"
  }

  /// OSC 8 closing the current hyperlink.
  public static let linkEnd = "\u{1b}]8;;\u{1b}\\"

  /// Saves and restores the cursor (DECSC / DECRC) around an overlay.
  public static let saveCursor = "\u{1b}7"
  /// Restores the cursor saved by `saveCursor`.
  public static let restoreCursor = "\u{1b}8"

  /// Moves the cursor to a zero-based row and column.
  public static func moveTo(row: Int, column: Int) -> String {
    "\u{1b}[\(row + 1);\(column + 1)H"
  }
}
