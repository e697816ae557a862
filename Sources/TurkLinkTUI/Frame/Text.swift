/// Text helpers for drawing: strip what a terminal would act on, clip and
/// wrap by display width.
public enum TextLayout {
  /// `text` with control, format and line-separator characters removed and
  /// tabs turned into spaces, so nothing drawn can move the cursor or
  /// start an escape sequence.
  public static func printable(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "\t" {
        scalars.append(" ")
        continue
      }
      switch scalar.properties.generalCategory {
      case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate,
        .privateUse, .unassigned:
        continue
      default:
        scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  /// `text` cut to `width` columns, ending in `ellipsis` when cut.
  public static func clip(_ text: String, width: Int, ellipsis: String = "…")
    -> String
  {
    guard width > 0 else { return "" }
    if DisplayWidth.of(text) <= width { return text }

    let room = width - DisplayWidth.of(ellipsis)
    var result = ""
    var used = 0
    for character in text {
      let cellWidth = DisplayWidth.of(character)
      if used + cellWidth > room { break }
      result.append(character)
      used += cellWidth
    }
    return room >= 0 ? result + ellipsis : result
  }

  /// `text` broken into lines of at most `width` columns at spaces; a word
  /// longer than a line is split. Runs of spaces inside a line are kept,
  /// so indents and aligned columns survive.
  public static func wrap(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    var line = ""
    var fresh = true
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      for piece in split(String(word), width: width) {
        let candidate = fresh ? piece : line + " " + piece
        fresh = false
        if DisplayWidth.of(candidate) <= width {
          line = candidate
        } else {
          // A line of only indent would show as a blank line: drop it.
          let done = trimmingTrailingSpaces(line)
          if !done.isEmpty { lines.append(done) }
          line = piece
        }
      }
    }
    lines.append(trimmingTrailingSpaces(line))
    return lines
  }

  /// An identifier (an ARN, a path) in lines of at most `width` columns,
  /// broken only after a '/' or ':' so no character is added or lost
  /// between lines; a part too long for a line is clipped with `ellipsis`.
  public static func breakIdentifier(
    _ text: String, width: Int, ellipsis: String = "…"
  ) -> [String] {
    guard width > 0 else { return [] }
    var parts: [String] = []
    var part = ""
    for character in text {
      part.append(character)
      if character == "/" || character == ":" {
        parts.append(part)
        part = ""
      }
    }
    if !part.isEmpty || parts.isEmpty { parts.append(part) }

    var lines: [String] = []
    var line = ""
    for part in parts {
      if !line.isEmpty, DisplayWidth.of(line + part) > width {
        lines.append(line)
        line = ""
      }
      line += part
    }
    lines.append(line)
    return lines.map { clip($0, width: width, ellipsis: ellipsis) }
  }

  /// `text` without its trailing spaces; walks back over UTF-8 bytes, as
  /// reversing the Characters twice took a fifth of every render.
  static func trimmingTrailingSpaces(_ text: String) -> String {
    let bytes = text.utf8
    var end = bytes.endIndex
    while end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: " ") {
      end = bytes.index(before: end)
    }
    return String(text[..<end])
  }

  /// A word cut into pieces no wider than `width`.
  private static func split(_ word: String, width: Int) -> [String] {
    if word.isEmpty { return [""] }
    var pieces: [String] = []
    var piece = ""
    for character in word {
      if DisplayWidth.of(piece) + DisplayWidth.of(character) > width,
        !piece.isEmpty
      {
        pieces.append(piece)
        piece = ""
      }
      piece.append(character)
    }
    if !piece.isEmpty { pieces.append(piece) }
    return pieces
  }
}
