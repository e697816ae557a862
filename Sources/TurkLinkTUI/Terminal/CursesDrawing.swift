import CNcurses

extension CursesTerminal {
  /// Shows `frame`: every cell is redrawn into curses' buffer and curses
  /// sends only what changed, so there is no flicker.
  public func draw(_ frame: Frame) {
    _ = tl_erase()
    let rows = min(frame.height, size.height)
    let columns = min(frame.width, size.width)
    for row in 0..<rows { drawRow(frame, row: row, columns: columns) }
    _ = tl_attr_set(tl_attr_normal(), 0)

    placeCursor(frame.cursor, rows: rows, columns: columns)
    _ = tl_refresh()
    if traits.hyperlinks { overlayLinks(frame, rows: rows, columns: columns) }
  }

  /// Copies one row; a wide character's continuation cell is skipped
  /// because curses advances two columns for it.
  private func drawRow(_ frame: Frame, row: Int, columns: Int) {
    var style: (Attributes, Tone)?
    for column in 0..<columns {
      let cell = frame[row, column]
      if cell.text.isEmpty { continue }
      if style == nil || style! != (cell.attributes, cell.tone) {
        style = (cell.attributes, cell.tone)
        let (bits, pair) = Palette.curses(cell.attributes, cell.tone, color: hasColor)
        _ = tl_attr_set(bits, Int32(pair))
      }
      _ = tl_mvaddstr(Int32(row), Int32(column), shown(cell.text))
    }
  }

  /// A cell's text as this terminal can show it.
  private func shown(_ text: String) -> String {
    traits.utf8 ? text : AsciiFallback.ascii(text)
  }

  private func placeCursor(_ cursor: CursorPosition?, rows: Int, columns: Int) {
    guard let cursor, cursor.row < rows, cursor.column < columns else {
      showCursor(false)
      return
    }
    showCursor(true)
    _ = tl_move(Int32(cursor.row), Int32(cursor.column))
  }

  /// Rewrites each link's cells wrapped in OSC 8, after curses drew them,
  /// with the same text and style so curses' picture stays true.
  private func overlayLinks(_ frame: Frame, rows: Int, columns: Int) {
    var out = ControlSequences.saveCursor
    for link in frame.links where link.row < rows && link.column < columns {
      let end = min(columns, link.column + link.length)
      let first = frame[link.row, link.column]
      out += ControlSequences.moveTo(row: link.row, column: link.column)
      out += Palette.sgr(first.attributes, first.tone, color: hasColor)
      out += ControlSequences.linkStart(link.url)
      for column in link.column..<end { out += shown(frame[link.row, column].text) }
      out += ControlSequences.linkEnd + "\u{1b}[0m"
    }
    guard !frame.links.isEmpty else { return }
    writeControl(out + ControlSequences.restoreCursor)
  }
}
