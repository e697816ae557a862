/// How a key field is drawn: a label row with the format verdict beside
/// it, then the boxed text; the verdict drops under the box only when the
/// screen is too narrow for it.
struct FieldBox {
  /// The field's name.
  var label: String
  /// What to draw for the text (the mask for a hidden secret).
  var shown: [Character]
  /// The caret's position in `shown`.
  var caret: Int
  /// The format verdict, nil while empty.
  var verdict: FieldVerdict?
  /// What an empty field should hold.
  var hint: String
  /// Columns inside the box.
  var inner: Int

  /// The column where verdicts start on the label row.
  static let verdictColumn = 19

  /// Adds the field's lines as one cursor row.
  func add(
    to content: inout Content, state: AppState, selected: Bool, width: Int
  ) {
    let boxInner = min(inner, max(2, width - 4))
    let window = TextField.window(shown, caret: caret, width: boxInner)
    let padding = String(
      repeating: " ", count: max(0, boxInner - DisplayWidth.of(window.text)))
    let pointer = selected ? state.symbols.current + " " : "  "

    var field = Line([
      Span(pointer, tone: .accent), Span("["),
      Span(window.text + padding, attributes: selected ? .underline : []),
      Span("]"),
    ])
    if selected { field.caret = 3 + window.caret }

    let note = verdictSpan(state.symbols)
    let gap = max(1, Self.verdictColumn - DisplayWidth.of(label))
    let besideLabel =
      DisplayWidth.of(label) + gap + DisplayWidth.of(note.text) <= width
    var title = Line([Span(label, attributes: selected ? .bold : [])])
    if besideLabel {
      title.spans += [Span(String(repeating: " ", count: gap)), note]
    }

    var lines = [title, field]
    if !besideLabel { lines.append(Line([Span("    "), note])) }
    if selected, let explanation = verdict?.explanation {
      // The full sentence only for the field being worked on, to keep the
      // section short enough for 80×24.
      for text in TextLayout.wrap(
        TextLayout.printable(explanation), width: width - 4)
      {
        lines.append(Line("    " + text, tone: .muted))
      }
    }
    content.row(lines, selected: false)
    if selected {
      content.focus = (content.lines.count - lines.count)..<content.lines.count
    }
  }

  private func verdictSpan(_ symbols: Symbols) -> Span {
    guard let verdict else { return Span(hint, tone: .muted) }
    let mark = verdict.ok ? symbols.ok : symbols.problem
    return Span(
      "\(mark) \(verdict.message)", tone: verdict.ok ? .success : .error,
      attributes: verdict.ok ? [] : .bold)
  }
}
