import TurkLinkCore

/// The left column: every step with its mark, then the balance screen.
enum StepList {
  /// Draws the list into `area`, cut at its bottom.
  static func draw(into frame: inout Frame, state: AppState, area: Area) {
    let lines = lines(state, width: area.width)
    for (offset, line) in lines.prefix(max(0, area.height)).enumerated() {
      frame.draw(
        line, row: area.row + offset, column: area.column,
        width: area.width)
    }
  }

  /// Each step in up to two lines, a blank line, then the balance entry.
  private static func lines(_ state: AppState, width: Int) -> [Line] {
    var lines: [Line] = []
    for (index, step) in state.guide.steps.enumerated() {
      lines += stepLines(state, step: step, number: index + 1, width: width)
    }
    return lines + [.blank, balanceLine(state)]
  }

  private static func stepLines(
    _ state: AppState, step: Step, number: Int, width: Int
  ) -> [Line] {
    let mark = state.mark(of: step)
    let wrapped = TextLayout.wrap(
      TextLayout.printable(step.title), width: width - 4)
    let highlight: Attributes = mark == .current ? highlight(state) : []
    return wrapped.prefix(2).enumerated().map { part, text in
      let symbol = part == 0 ? symbol(mark, state.symbols) : " "
      let label = part == 0 ? "\(number) " : "  "
      var line = Line(
        [
          Span(symbol, tone: tone(mark), attributes: .bold),
          Span(" " + label + text),
        ],
        highlight: highlight)
      if part == 1, wrapped.count > 2 {
        line.spans.append(Span(state.symbols.ellipsis))
      }
      return line
    }
  }

  private static func balanceLine(_ state: AppState) -> Line {
    let current = state.screen == .balance
    return Line(
      [
        Span(
          current ? state.symbols.current : state.symbols.todo,
          tone: current ? .accent : .muted, attributes: .bold),
        Span("   Balance"),
      ],
      highlight: current ? highlight(state) : [])
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
