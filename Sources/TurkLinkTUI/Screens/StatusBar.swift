import TurkLinkCore

/// The bottom two rows: the message row and the key hints of the screen.
enum StatusBar {
  /// Draws the message row and the status bar.
  static func draw(into frame: inout Frame, state: AppState, layout: Layout) {
    if let message = messageLine(state) {
      let text = TextLayout.clip(
        TextLayout.printable(message.text), width: frame.width - 2,
        ellipsis: state.symbols.ellipsis)
      frame.put(
        text, row: layout.messageRow, column: 1, tone: message.tone,
        attributes: .bold)
    }

    frame.paint(
      row: layout.statusRow, column: 0, length: frame.width, tone: .normal,
      attributes: .reverse)
    var x = 1
    for (key, label) in fitting(hints(state), width: frame.width - 2) {
      x += frame.put(
        key, row: layout.statusRow, column: x, tone: .normal,
        attributes: [.reverse, .bold])
      x += frame.put(
        " " + label + "  ", row: layout.statusRow, column: x, tone: .normal,
        attributes: .reverse)
    }
  }

  /// The message row: the last event's line, a start-up warning, or the
  /// swap offer, which must stay in view while the fields look swapped.
  static func messageLine(_ state: AppState) -> Message? {
    if case .askReplace(let profile) = state.save {
      return Message(
        "Profile \"\(profile)\" already exists. Replace it? (y/n)",
        tone: .warning)
    }
    if let message = state.message { return message }
    if !state.warnings.isEmpty {
      return Message(state.warnings.joined(separator: " | "), tone: .warning)
    }
    if state.screen == .step(.accessKeys),
      let advice = state.entry.swapAdvice
    {
      return Message(advice, tone: .warning)
    }
    return nil
  }

  /// The hints that fit, keeping the last two (help and quit) when cutting.
  private static func fitting(_ hints: [(String, String)], width: Int) -> [(
    String, String
  )] {
    var hints = hints
    let size = { (list: [(String, String)]) in
      list.reduce(0) { $0 + DisplayWidth.of($1.0) + DisplayWidth.of($1.1) + 3 }
    }
    while size(hints) > width, hints.count > 2 {
      hints.remove(at: hints.count - 3)
    }
    return hints
  }

  /// The key hints for what is on screen now.
  static func hints(_ state: AppState) -> [(String, String)] {
    let arrows = state.symbols.upDown
    let tail = [("?", "help"), ("q", "quit")]
    if state.showHelp { return [("any key", "closes help")] }
    if state.checkRunning {
      return [("Esc", "cancel the check"), ("q", "quit")]
    }
    if case .askReplace = state.save {
      return [("y", "replace"), ("n", "keep it")]
    }
    if state.chooser != nil {
      return [
        ("1-9", "pick"), (arrows, "move"), ("Enter", "pick"),
        ("Esc", "cancel"), ("Ctrl-C", "quit"),
      ]
    }
    if state.focus == .steps {
      return [(arrows, "choose step"), ("Tab", "to the step"), ("Esc", "back")]
        + tail
    }
    if state.isEditingField {
      return [
        ("type/paste", "keys"), ("Ctrl-R", "show/hide"), (arrows, "move"),
        ("Enter", enterHint(state)),
        ("Esc", "leave field"), ("Ctrl-C", "quit"),
      ]
    }
    return screenHints(state, arrows: arrows) + tail
  }

  /// What Enter does in the field under the cursor.
  private static func enterHint(_ state: AppState) -> String {
    if state.currentRow == .secret { return "check" }
    return KeysFile.looksLikePath(state.entry.id.text) ? "read file" : "next"
  }

  private static func screenHints(_ state: AppState, arrows: String) -> [(
    String, String
  )] {
    switch state.screen {
    case .step(.accessKeys):
      let demo = state.options.demo ? [("d", "demo keys")] : []
      return [(arrows, "move"), ("Space", "tick"), ("c", "check")] + demo
        + [("Tab", "focus"), ("Esc", "back"), ("o", "open")]
    case .step(.cloudresearchEntry):
      return [
        (arrows, "move"), ("Space", "tick"), ("i", "copy ID"),
        ("s", "copy secret"),
        ("Enter", onward(state)), ("Esc", "back"),
      ]
    case .step:
      return [
        (arrows, "move"), ("Space", "tick"), ("Enter", onward(state)),
        ("Tab", "focus"),
        ("Esc", "back"), ("o", "open"),
      ]
    case .results:
      return resultHints(state)
    case .balance:
      return [
        (arrows, "scroll"), ("Enter", "finish"), ("c", "check again"),
        ("Esc", "back"),
      ]
    }
  }

  /// What Enter does once a step is done: the next step, or leaving
  /// under `turklink step N`.
  private static func onward(_ state: AppState) -> String {
    state.options.singleStep ? "done" : "next"
  }

  private static func resultHints(_ state: AppState) -> [(String, String)] {
    var hints: [(String, String)] = [(state.symbols.upDown, "scroll")]
    if state.diagnosisToFix != nil { hints.append(("g", "go to step")) }
    hints.append(("r", "check again"))
    if state.report?.ok == true {
      hints += [("s", "save"), ("Enter", onward(state))]
    }
    return hints + [("Esc", "edit keys")]
  }
}
