import TurkLinkCore

/// A guide step: title, summary, checklist, links and notes. The other
/// step screens build on its pieces and its keys.
enum StepScreen {
  /// The lines of a plain step.
  static func content(_ state: AppState, width: Int) -> Content {
    var content = Content()
    guard let step = state.currentStep else { return content }
    header(&content, state: state, step: step, width: width)
    checklist(&content, state: state, step: step, width: width)
    links(&content, state: state, step: step, width: width)
    notes(&content, step: step, width: width)
    return content
  }

  /// "Step N of 7", the title and the summary.
  static func header(
    _ content: inout Content, state: AppState, step: Step, width: Int
  ) {
    let count = state.guide.steps.count
    var status = "Step \(state.number(of: step.id)) of \(count)"
    if state.progress.isDone(step) { status += "  \(state.symbols.done) done" }
    content.add(Line(status, tone: .muted))
    content.paragraph(
      step.title, width: width, tone: .accent, attributes: .bold)
    content.gap()
    content.paragraph(step.summary, width: width)
    content.gap()
  }

  /// The checklist, one "[x] item" row per sub-step.
  static func checklist(
    _ content: inout Content, state: AppState, step: Step, width: Int
  ) {
    for (index, item) in step.items.enumerated() {
      let ticked = state.progress.isTicked(step.id, item: index)
      let box = ticked ? "[x] " : "[ ] "
      let text = TextLayout.wrap(TextLayout.printable(item), width: width - 4)
      let lines = text.enumerated().map { number, part in
        Line([
          Span(
            number == 0 ? box : "    ", tone: ticked ? .success : .normal,
            attributes: .bold), Span(part, tone: ticked ? .muted : .normal),
        ])
      }
      content.row(lines, selected: state.currentRow == .item(index))
    }
    content.gap()
  }

  /// The step's links: the first opens with `o`; each address is a hyperlink.
  static func links(
    _ content: inout Content, state: AppState, step: Step, width: Int
  ) {
    for (index, link) in step.links.enumerated() {
      let hint = index == 0 ? " (press o to open)" : ""
      content.paragraph(link.label + hint, width: width, tone: .accent)
      var address = Line(
        TextLayout.clip(
          TextLayout.printable(link.url), width: width - 2,
          ellipsis: state.symbols.ellipsis), tone: .accent,
        attributes: .underline)
      address.spans[0].text = "  " + address.spans[0].text
      address.link = link.url
      content.add(address)
    }
    content.gap()
  }

  /// The step's extra hints.
  static func notes(_ content: inout Content, step: Step, width: Int) {
    for note in step.notes {
      content.paragraph(note, width: width, tone: .muted)
    }
  }

  /// Keys of a plain step; the other step screens fall back to these.
  static func handle(_ state: inout AppState, _ key: Key) -> [Effect] {
    switch key {
    case .up, .char("k"): return state.moveCursor(by: -1)
    case .down, .char("j"): return state.moveCursor(by: 1)
    case .pageUp: return state.moveCursor(by: -5)
    case .pageDown: return state.moveCursor(by: 5)
    case .char(" "): return state.toggleItem()
    case .enter: return state.activateItem()
    case .escape, .backspace: return state.back()
    default: return GlobalKeys.handle(&state, key)
    }
  }
}

/// Keys that mean the same on every screen (outside a key field).
enum GlobalKeys {
  /// Help, quit, open link, focus and the digit jumps.
  static func handle(_ state: inout AppState, _ key: Key) -> [Effect] {
    switch key {
    case .tab, .backTab: return state.switchFocus()
    case .char("?"): return state.openHelp()
    case .char("q"): return state.quit()
    case .char("o"): return state.openLink()
    case .char("n"): return state.next()
    case .char(let digit) where digit.isASCII && digit.isNumber:
      return state.jump(toNumber: digit.wholeNumberValue ?? 0)
    default: return []
    }
  }
}
