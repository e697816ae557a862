import TurkLinkCore

/// The left column: every step with its mark, then the balance screen.
enum StepList {
  /// Draws the list into `area`.
  static func draw(into frame: inout Frame, state: AppState, area: Area) {
    var row = area.row
    for (index, step) in state.guide.steps.enumerated() {
      let mark = state.mark(of: step)
      let lines = TextLayout.wrap(
        TextLayout.printable(step.title), width: area.width - 4)
      for (number, text) in lines.prefix(2).enumerated() {
        let label = number == 0 ? "\(index + 1) " : "  "
        let highlight: Attributes = mark == .current ? highlight(state) : []
        var line = Line(
          [
            Span(
              number == 0 ? symbol(mark, state.symbols) : " ",
              tone: tone(mark), attributes: .bold), Span(" " + label + text),
          ],
          highlight: highlight)
        if number == 1, lines.count > 2 {
          line.spans.append(Span(state.symbols.ellipsis))
        }
        frame.draw(line, row: row, column: area.column, width: area.width)
        row += 1
      }
    }
    drawBalanceEntry(into: &frame, state: state, area: area, row: row + 1)
  }

  private static func drawBalanceEntry(
    into frame: inout Frame, state: AppState, area: Area, row: Int
  ) {
    let current = state.screen == .balance
    let line = Line(
      [
        Span(
          current ? state.symbols.current : state.symbols.todo,
          tone: current ? .accent : .muted, attributes: .bold),
        Span("   Balance"),
      ],
      highlight: current ? highlight(state) : [])
    frame.draw(line, row: row, column: area.column, width: area.width)
  }

  private static func highlight(_ state: AppState) -> Attributes {
    state.focus == .steps ? .reverse : .bold
  }

  /// The symbol drawn for a mark.
  static func symbol(_ mark: StepMark, _ symbols: Symbols) -> String {
    switch mark {
    case .done: symbols.done
    case .current: symbols.current
    case .todo: symbols.todo
    case .attention: symbols.attention
    }
  }

  private static func tone(_ mark: StepMark) -> Tone {
    switch mark {
    case .done: .success
    case .current: .accent
    case .todo: .muted
    case .attention: .error
    }
  }

  /// Keys while the step list has focus: moving picks the step shown.
  static func handle(_ state: inout AppState, _ key: Key) -> [Effect] {
    switch key {
    case .up, .char("k"): return state.selectStep(by: -1)
    case .down, .char("j"): return state.selectStep(by: 1)
    case .tab, .backTab, .enter, .right, .char(" "): return state.switchFocus()
    case .escape, .backspace, .left: return state.back()
    default: return GlobalKeys.handle(&state, key)
    }
  }
}

extension AppState {
  /// Shows the step above or below in the list (the balance screen last),
  /// keeping the focus on the list.
  mutating func selectStep(by offset: Int) -> [Effect] {
    let count = guide.steps.count
    let index = currentStepID.flatMap { guide.index(of: $0) } ?? count
    let target = min(count, max(0, index + offset))
    open(target == count ? .balance : .step(guide.steps[target].id))
    focus = .steps
    return []
  }
}
