/// The chooser on the access-keys step: one line per key row of a paste
/// or a file (number, line, key ID, user name), the picked one
/// highlighted; secrets are never listed.
enum KeyChooserBox {
  /// Adds the chooser's lines and makes them the focus, so a short
  /// terminal scrolls to them.
  static func add(
    to content: inout Content, chooser: KeyChooser, symbols: Symbols,
    width: Int
  ) {
    let start = content.lines.count
    content.paragraph(
      "  Which key row should fill the fields?", width: width, indent: 4,
      tone: .accent, attributes: .bold)
    for (index, entry) in chooser.entries.enumerated() {
      let label = KeyChooser.label(entry, index: index)
      let text = TextLayout.clip(
        "    " + label, width: width, ellipsis: symbols.ellipsis)
      content.row([Line(text)], selected: index == chooser.selected)
    }
    content.paragraph(
      "  1-9, or \(symbols.upDown) and Enter: pick   Esc: cancel",
      width: width, indent: 4, tone: .muted)
    content.focus = start..<content.lines.count
    content.gap()
  }
}
