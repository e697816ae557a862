/// Replaces what a non-UTF-8 terminal cannot show with ASCII look-alikes,
/// so a C locale still gets a readable wizard instead of garbage.
public enum AsciiFallback {
  private static let table: [Character: String] = [
    "✓": "+", "✔": "+", "▸": ">", "▶": ">", "•": "*", "·": ".", "…": ".",
    "▲": "^", "▼": "v",
    "←": "<", "→": ">", "↑": "^", "↓": "v", "─": "-", "│": "|",
    "┌": "+", "┐": "+", "└": "+", "┘": "+", "├": "+", "┤": "+", "━": "=",
    "✗": "x", "✘": "x", "⚠": "!", "“": "\"", "”": "\"", "‘": "'", "’": "'",
    "–": "-", "—": "-", "⠋": "|", "⠙": "/", "⠹": "-", "⠸": "\\", "⠼": "|",
    "⠴": "/", "⠦": "-", "⠧": "\\", "⠇": "|", "⠏": "/",
  ]

  /// The text of one cell as ASCII: a look-alike, or "?" when none fits.
  public static func ascii(_ text: String) -> String {
    guard let first = text.first, !text.allSatisfy(\.isASCII) else { return text }
    return table[first] ?? "?"
  }
}
