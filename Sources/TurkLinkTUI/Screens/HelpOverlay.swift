import TurkLinkCore

/// The `?` overlay: every key of the wizard in one box; any key closes it.
enum HelpOverlay {
  /// The keys and what they do, in the order shown.
  static func entries(_ symbols: Symbols) -> [(String, String)] {
    [
      ("\(symbols.upDown)  j k", "move in the list or checklist"),
      ("Space", "tick or untick the item"),
      ("Enter", "tick and go down; on a done checklist: next step"),
      ("n", "next step"),
      ("Tab", "switch between the step list and the step"),
      ("Esc  Backspace", "previous step (Esc in a key field: leave it)"),
      ("1-7", "go to that step"),
      ("o", "open the step's link in the browser"),
      ("c", "check the keys (step 6); Esc cancels a check"),
      ("Ctrl-R", "show or hide the secret"),
      ("Ctrl-X", "swap the two keys when they look swapped"),
      ("Ctrl-U", "empty the key field"),
      ("d", "demo mode: put the next demo keys in the fields"),
      ("g  r  s", "results: go to the step to fix, retry, save keys"),
      ("i  s", "step 7: copy the key ID or the secret"),
      ("q  Ctrl-C", "quit (progress is kept)"),
    ]
  }

  /// Draws the overlay centred over the frame, on a cleared background so
  /// no screen text peeks out beside it.
  static func draw(into frame: inout Frame, state: AppState) {
    let entries = entries(state.symbols)
    frame.links.removeAll()
    for row in 1..<max(1, frame.height - 1) {
      frame.put(String(repeating: " ", count: frame.width), row: row, column: 0)
      frame.paint(
        row: row, column: 0, length: frame.width, tone: .normal, attributes: [])
    }
    let width = min(frame.width - 4, 72)
    let height = min(frame.height - 2, entries.count + 4)
    let top = max(1, (frame.height - height) / 2)
    let left = max(0, (frame.width - width) / 2)

    for row in top..<(top + height) {
      frame.put(String(repeating: " ", count: width), row: row, column: left)
      frame.paint(
        row: row, column: left, length: width, tone: .normal,
        attributes: .reverse)
    }
    frame.put(
      " Keys ", row: top, column: left + 2, tone: .accent,
      attributes: [.reverse, .bold])
    for (index, entry) in entries.prefix(height - 4).enumerated() {
      let row = top + 2 + index
      frame.put(
        entry.0, row: row, column: left + 2, limit: 16,
        attributes: [.reverse, .bold])
      frame.put(
        entry.1, row: row, column: left + 19, limit: width - 21,
        attributes: .reverse)
    }
    frame.put(
      "Press any key to close.", row: top + height - 1, column: left + 2,
      tone: .muted, attributes: .reverse)
  }
}
