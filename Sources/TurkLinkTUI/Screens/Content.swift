/// The lines a screen puts on the right side, and which of them the
/// cursor is on, so a tall screen scrolls to keep it in view.
struct Content {
  /// Every line, top to bottom.
  var lines: [Line] = []
  /// The lines of the row under the cursor.
  var focus: Range<Int>?
  /// The first line to show on a screen without a cursor.
  var scroll = 0

  /// Adds one line.
  mutating func add(_ line: Line) { lines.append(line) }

  /// Adds a blank line, never two in a row or one at the top.
  mutating func gap() {
    if let last = lines.last, last != .blank { lines.append(.blank) }
  }

  /// Adds `text` wrapped to `width`, each line in one style, the lines
  /// after the first indented by `indent` columns.
  mutating func paragraph(
    _ text: String, width: Int, indent: Int = 0, tone: Tone = .normal,
    attributes: Attributes = []
  ) {
    let clean = TextLayout.printable(text)
    guard let head = TextLayout.wrap(clean, width: width).first else {
      return
    }
    add(Line(head, tone: tone, attributes: attributes))
    // The rest is the text after the first line, not its wrapped lines
    // joined again: rejoining put a space inside a word split in two.
    // Found by position, not by length: wrapping may drop a leading
    // indent that could not share a line with the first word.
    let end = clean.range(of: head)?.upperBound ?? clean.endIndex
    let rest = String(clean[end...].drop { $0 == " " })
    guard !rest.isEmpty else { return }
    for line in TextLayout.wrap(rest, width: max(1, width - indent)) {
      add(
        Line(
          String(repeating: " ", count: indent) + line, tone: tone,
          attributes: attributes))
    }
  }

  /// Adds an identifier (an ARN, a path) on lines of its own, indented,
  /// broken only after '/' or ':' so copying it gives the right text.
  mutating func identifier(
    _ text: String, width: Int, indent: Int, symbols: Symbols,
    tone: Tone = .normal
  ) {
    // Whole on one line beats the indent: it is what gets copied.
    let clean = TextLayout.printable(text)
    let length = DisplayWidth.of(clean)
    let indent = length > width - indent && length <= width ? 0 : indent
    let pad = String(repeating: " ", count: indent)
    for line in TextLayout.breakIdentifier(
      clean, width: max(1, width - indent), ellipsis: symbols.ellipsis)
    {
      add(Line(pad + line, tone: tone))
    }
  }

  /// Adds lines that the cursor may sit on, marking them as the focus
  /// when `selected`.
  mutating func row(_ rowLines: [Line], selected: Bool) {
    let start = lines.count
    lines += rowLines.map { line in
      var line = line
      if selected { line.highlight = .reverse }
      return line
    }
    if selected { focus = start..<lines.count }
  }

  /// Draws the lines into `area` of `frame`, scrolled to show the focus,
  /// with marks when lines are hidden above or below.
  func draw(into frame: inout Frame, area: Area, symbols: Symbols) {
    guard area.height > 0, area.width > 0 else { return }
    let start = scrollStart(height: area.height)
    let shown = lines[start..<min(lines.count, start + area.height)]
    for (offset, line) in shown.enumerated() {
      let caret = frame.draw(
        line, row: area.row + offset, column: area.column,
        width: area.width)
      if let caret { frame.cursor = caret }
    }

    let edge = area.column + area.width
    if start > 0 {
      frame.put(symbols.moreAbove, row: area.row, column: edge, tone: .muted)
    }
    if start + area.height < lines.count {
      frame.put(
        symbols.moreBelow, row: area.row + area.height - 1, column: edge,
        tone: .muted)
    }
  }

  /// The first line to show: the top (or the scroll position), unless the
  /// focus would be hidden.
  func scrollStart(height: Int) -> Int {
    guard lines.count > height else { return 0 }
    guard let focus else { return min(max(0, scroll), lines.count - height) }
    let wanted = max(0, focus.upperBound - height)
    return min(wanted, focus.lowerBound, lines.count - height)
  }
}

/// A rectangle of the frame.
struct Area {
  /// The top row.
  var row: Int
  /// The left column.
  var column: Int
  /// Columns.
  var width: Int
  /// Rows.
  var height: Int
}
