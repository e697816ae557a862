import TurkLinkCore

/// The smallest terminal the full layout fits.
public let minimumSize = (width: 80, height: 24)

/// Draws the wizard's state into a frame of the state's size: title bar,
/// step list, the current screen, message row and status bar.
public func render(_ state: AppState) -> Frame {
  var frame = Frame(width: state.width, height: state.height)
  guard state.width >= minimumSize.width, state.height >= minimumSize.height
  else {
    EnlargeNotice.draw(
      into: &frame, symbols: state.symbols, demo: state.options.demo)
    return frame
  }

  let layout = Layout(width: state.width, height: state.height)
  TitleBar.draw(into: &frame, state: state)
  StepList.draw(into: &frame, state: state, area: layout.list)
  drawSeparator(into: &frame, layout: layout, symbols: state.symbols)
  screenContent(state, width: layout.content.width)
    .draw(into: &frame, area: layout.content, symbols: state.symbols)
  StatusBar.draw(into: &frame, state: state, layout: layout)
  if state.showHelp { HelpOverlay.draw(into: &frame, state: state) }
  if !state.isEditingField || state.showHelp || state.focus == .steps {
    frame.cursor = nil
  }
  return frame
}

/// The lines of the screen on the right side.
func screenContent(_ state: AppState, width: Int) -> Content {
  var content = screenLines(state, width: width)
  content.scroll = state.scroll
  return content
}

private func screenLines(_ state: AppState, width: Int) -> Content {
  switch state.screen {
  case .step(.accessKeys): AccessKeysScreen.content(state, width: width)
  case .step(.cloudresearchEntry): EntryScreen.content(state, width: width)
  case .step: StepScreen.content(state, width: width)
  case .results: ResultsScreen.content(state, width: width)
  case .balance: BalanceScreen.content(state, width: width)
  }
}

extension AppState {
  /// Scrolls a screen without a cursor (results, balance) by `offset`
  /// lines, within what the screen has to show at this size.
  mutating func scroll(by offset: Int) -> [Effect] {
    let area = Layout(width: width, height: height).content
    let lines = screenLines(self, width: area.width).lines.count
    scroll = min(max(0, lines - area.height), max(0, scroll + offset))
    return []
  }
}

/// Where each part of the full layout goes for a terminal size.
struct Layout {
  /// The step list on the left.
  var list: Area
  /// The current screen on the right.
  var content: Area
  /// The message row above the status bar.
  var messageRow: Int
  /// The status bar, the last row.
  var statusRow: Int

  /// The layout for a terminal of at least the minimum size.
  init(width: Int, height: Int) {
    let listWidth = width >= 110 ? 34 : 28
    list = Area(row: 2, column: 1, width: listWidth - 2, height: height - 4)
    content = Area(
      row: 2, column: listWidth + 2, width: width - listWidth - 5,
      height: height - 4)
    messageRow = height - 2
    statusRow = height - 1
  }

  /// The column of the line between the list and the screen.
  var separatorColumn: Int { list.column + list.width + 1 }
}

private func drawSeparator(
  into frame: inout Frame, layout: Layout, symbols: Symbols
) {
  for row in layout.list.row..<(layout.list.row + layout.list.height) {
    frame.put(
      symbols.column, row: row, column: layout.separatorColumn, tone: .muted)
  }
}

/// The top row: the guide's title, and the demo marker in demo mode.
enum TitleBar {
  /// Draws the title bar on row 0.
  static func draw(into frame: inout Frame, state: AppState) {
    frame.paint(
      row: 0, column: 0, length: frame.width, tone: .accent,
      attributes: .reverse)
    let title = TextLayout.printable(
      "turklink \(state.symbols.dash) \(state.guide.title)")
    frame.put(
      " " + title, row: 0, column: 0, limit: frame.width - 1, tone: .accent,
      attributes: [.reverse, .bold])
    guard state.options.demo else { return }

    let marker = " DEMO \(state.symbols.dash) stand-in server, fake keys "
    let column = max(0, frame.width - DisplayWidth.of(marker))
    frame.put(
      marker, row: 0, column: column, tone: .warning,
      attributes: [.reverse, .bold])
  }
}
