import TurkLinkCore

/// The cloudresearch-entry step: checklist plus copying each key to the
/// clipboard (OSC 52), or showing them where the clipboard is out of reach.
enum EntryScreen {
  /// The lines of the cloudresearch-entry step.
  static func content(_ state: AppState, width: Int) -> Content {
    var content = Content()
    guard let step = state.currentStep else { return content }
    StepScreen.header(&content, state: state, step: step, width: width)
    StepScreen.checklist(&content, state: state, step: step, width: width)
    copyRows(&content, state: state, width: width)
    StepScreen.links(&content, state: state, step: step, width: width)
    StepScreen.notes(&content, step: step, width: width)
    return content
  }

  private static func copyRows(
    _ content: inout Content, state: AppState, width: Int
  ) {
    let title = "Copy the keys "
    let rule = String(
      repeating: state.symbols.rule,
      count: max(0, width - DisplayWidth.of(title)))
    content.add(Line(title + rule, tone: .muted))
    guard let keys = state.keysToCopy else {
      content.paragraph(
        "No keys in this session: check them on step \(state.number(of: .accessKeys)) "
          + "first, or copy them from the downloaded .csv file.", width: width,
        tone: .warning)
      content.gap()
      return
    }

    if !state.options.clipboardAvailable {
      content.paragraph(
        "This terminal cannot reach the clipboard: press Ctrl-R to show the keys "
          + "and copy them by hand.", width: width, tone: .warning)
    }
    let secret =
      state.entry.secret.revealed
      ? keys.secret
      : String(repeating: state.symbols.mask, count: keys.secret.count)
    let action = state.options.clipboardAvailable ? "copy" : "show"
    content.row(
      [
        Line([
          Span("[ Copy the access key ID ]", tone: .accent, attributes: .bold),
          Span("  press i to \(action)"),
        ]), Line("  " + keys.accessKeyID),
      ],
      selected: state.currentRow == .copyID)
    content.row(
      [
        Line([
          Span("[ Copy the secret ]", tone: .accent, attributes: .bold),
          Span("  press s to \(action)"),
        ]),
        Line(
          "  "
            + TextLayout.clip(
              secret, width: width - 2, ellipsis: state.symbols.ellipsis)),
      ],
      selected: state.currentRow == .copySecret)
    content.gap()
  }

  /// Keys of the cloudresearch-entry step.
  static func handle(_ state: inout AppState, _ key: Key) -> [Effect] {
    switch key {
    case .char("i"): return state.copyKey(secret: false)
    case .char("s"): return state.copyKey(secret: true)
    case .enter where state.currentRow == .copyID:
      return state.copyKey(secret: false)
    case .enter where state.currentRow == .copySecret:
      return state.copyKey(secret: true)
    case .ctrl("r"): return state.toggleReveal()
    default: return StepScreen.handle(&state, key)
    }
  }
}

extension AppState {
  /// The keys the copy actions use: the checked pair, else well-formed fields.
  var keysToCopy: AccessKeys? {
    checkedKeys ?? (entry.isReady ? entry.keys : nil)
  }
}
