/// What a terminal smaller than 80×24 shows instead of the layout.
enum EnlargeNotice {
  /// Draws the notice centred, wrapped to the frame; draws nothing when
  /// the frame has no room at all.
  static func draw(into frame: inout Frame, symbols: Symbols, demo: Bool) {
    guard frame.width > 0, frame.height > 0 else { return }
    if demo, frame.height > 2 {
      frame.put(
        "DEMO \(symbols.dash) fake keys", row: 0, column: 0, tone: .warning,
        attributes: [.reverse, .bold])
    }
    let times = symbols.times
    let need = "\(minimumSize.width)\(times)\(minimumSize.height)"
    let now = "\(frame.width)\(times)\(frame.height)"
    let text = "Please enlarge the terminal to at least \(need) (now \(now))"
    let lines = TextLayout.wrap(text, width: frame.width)

    let top = max(0, (frame.height - lines.count) / 2)
    for (offset, line) in lines.prefix(frame.height).enumerated() {
      let column = max(0, (frame.width - DisplayWidth.of(line)) / 2)
      frame.put(
        line, row: top + offset, column: column, tone: .warning,
        attributes: .bold)
    }
  }
}
