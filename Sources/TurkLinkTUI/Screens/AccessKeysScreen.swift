import TurkLinkCore

/// The access-keys step: checklist, the two key fields with their format
/// verdicts beside them, and the "Check keys" action.
enum AccessKeysScreen {
  /// The lines of the access-keys step.
  static func content(_ state: AppState, width: Int) -> Content {
    var content = Content()
    guard let step = state.currentStep else { return content }
    StepScreen.header(&content, state: state, step: step, width: width)
    StepScreen.checklist(&content, state: state, step: step, width: width)
    keys(&content, state: state, width: width)
    StepScreen.links(&content, state: state, step: step, width: width)
    StepScreen.notes(&content, step: step, width: width)
    return content
  }

  private static func keys(
    _ content: inout Content, state: AppState, width: Int
  ) {
    let symbols = state.symbols
    let sectionStart = content.lines.count
    var title = "Your keys "
    if let label = state.entry.demoLabel { title += "(demo: \(label)) " }
    let rule = String(
      repeating: symbols.rule, count: max(0, width - DisplayWidth.of(title)))
    content.add(Line(title + rule, tone: .muted))
    if let chooser = state.chooser {
      KeyChooserBox.add(
        to: &content, chooser: chooser, symbols: symbols, width: width)
      return
    }
    content.paragraph(
      fieldHint(state), width: width, indent: 2, tone: .accent)

    let id = state.entry.id
    let isPath = KeysFile.looksLikePath(id.text)
    let idBox = FieldBox(
      label: "Access key ID", shown: shownID(state), caret: id.caret,
      verdict: isPath ? nil : state.entry.idVerdict,
      hint: isPath
        ? "a file path: Enter reads it" : "20 characters, starts with AKIA",
      inner: 22)
    idBox.add(
      to: &content, state: state, selected: state.currentRow == .keyID,
      width: width)
    fieldNote(&content, state: state, row: .keyID, width: width)
    swapOffer(&content, state: state, width: width)

    let secret = state.entry.secret
    let secretBox = FieldBox(
      label: "Secret access key",
      shown: secret.shown(mask: symbols.mask), caret: secret.field.caret,
      verdict: state.entry.secretVerdict, hint: "40 characters", inner: 42)
    secretBox.add(
      to: &content, state: state, selected: state.currentRow == .secret,
      width: width)
    fieldNote(&content, state: state, row: .secret, width: width)

    let reveal =
      secret.revealed ? "Ctrl-R hides the secret" : "Ctrl-R shows the secret"
    content.add(Line("    " + reveal, tone: .muted))
    content.gap()
    checkAction(&content, state: state, width: width)
    if [.keyID, .secret, .checkKeys].contains(state.currentRow) {
      // Keep the whole key section in view while working in it.
      content.focus = sectionStart..<content.lines.count
    }
    content.gap()
  }

  /// What to do next with the fields: how to reach them from outside, and
  /// outside they are the keys that work inside them, not command letters.
  private static func fieldHint(_ state: AppState) -> String {
    switch state.currentRow {
    case .keyID? where KeysFile.looksLikePath(state.entry.id.text):
      return "Enter: read the keys from this file   Esc: leave the field"
    case .keyID?: return "Enter: to the secret   Esc: leave the field"
    case .secret?: return "Enter: check the keys   Esc: leave the field"
    default:
      let down = state.symbols == .ascii ? "Down" : "\u{2193}"
      return "Type or paste your key ID, or the path of the downloaded "
        + ".csv \(state.symbols.dash) \(down) to the fields"
    }
  }

  /// The ID field as drawn: secret material in it is masked, so a paste
  /// into the wrong field does not put it on screen (Ctrl-R shows it).
  private static func shownID(_ state: AppState) -> [Character] {
    let id = state.entry.id
    if state.entry.secret.revealed { return id.characters }
    // A path is no secret; only the file it names holds keys.
    if KeysFile.looksLikePath(id.text) { return id.characters }
    return KeyRules.shownID(
      id.characters, mask: state.symbols.mask.first ?? "*")
  }

  /// Why the field refused a paste or further typing, right under it.
  private static func fieldNote(
    _ content: inout Content, state: AppState, row: Row, width: Int
  ) {
    guard let note = state.fieldNote, note.row == row else { return }
    content.paragraph(
      "    \(state.symbols.problem) " + note.text, width: width, indent: 6,
      tone: .error, attributes: .bold)
    if state.currentRow == row, let focus = content.focus {
      content.focus = focus.lowerBound..<content.lines.count
    }
  }

  private static func swapOffer(
    _ content: inout Content, state: AppState, width: Int
  ) {
    guard let advice = state.entry.swapAdvice else { return }
    content.paragraph(
      "\(state.symbols.attention) " + advice,
      width: width, indent: 2, tone: .warning, attributes: .bold)
  }

  private static func checkAction(
    _ content: inout Content, state: AppState, width: Int
  ) {
    let selected = state.currentRow == .checkKeys
    if state.checkRunning {
      let frames = state.symbols.spinner
      let spin =
        frames.isEmpty ? "" : frames[state.spinner % frames.count] + " "
      content.row(
        [
          Line(
            spin + "Checking the keys with AWS... (Esc cancels)", tone: .accent)
        ],
        selected: selected)
      return
    }
    // In a field c is typed as text; Enter in the secret field checks.
    let how =
      state.isEditingField ? "  Enter in the secret field" : "  press c"
    content.row(
      [
        Line([
          Span("[ Check keys ]", tone: .accent, attributes: .bold),
          Span(how),
        ])
      ], selected: selected)
    if let last = state.progress.lastCheck, state.report == nil {
      let verdict =
        last.ok
        ? "\(state.symbols.ok) passed" : "\(state.symbols.problem) failed"
      content.paragraph(
        "Last check of \(last.keyID): \(verdict)", width: width,
        tone: last.ok ? .success : .error)
    }
  }

  /// Keys of the access-keys step: a field takes typing first.
  static func handle(_ state: inout AppState, _ key: Key) -> [Effect] {
    if state.isEditingField { return fieldKey(&state, key) }
    switch key {
    case .char("c"), .char("r"): return state.startCheck()
    case .enter where state.currentRow == .checkKeys: return state.startCheck()
    case .char("d"): return state.cycleDemoKeys()
    case .char("x"), .ctrl("x"): return state.swapKeys()
    case .ctrl("r"): return state.toggleReveal()
    default: return StepScreen.handle(&state, key)
    }
  }

  private static func fieldKey(_ state: inout AppState, _ key: Key) -> [Effect]
  {
    switch key {
    case .up: return state.moveCursor(by: -1)
    case .down: return state.moveCursor(by: 1)
    case .enter where state.currentRow == .secret: return state.startCheck()
    case .enter: return state.readKeysFile() ?? state.moveCursor(by: 1)
    case .tab, .backTab: return state.switchFocus()
    case .escape: return state.leaveField()
    case .ctrl("r"): return state.toggleReveal()
    case .ctrl("x"): return state.swapKeys()
    default:
      _ = state.editField(key)
      return []
    }
  }
}

/// Keys while a live check runs: Esc cancels it, q still quits.
enum CheckingKeys {
  /// Handles a key during the check.
  static func handle(_ state: inout AppState, _ key: Key) -> [Effect] {
    switch key {
    case .escape: return state.cancelCheck()
    case .char("q"): return state.quit()
    default:
      return state.show("Checking the keys... press Esc to cancel.", tone: .muted)
    }
  }
}

extension AppState {
  /// On the access-keys step outside a field, an upper-case letter (no
  /// command uses one) starts an access key ID: focus moves into the ID
  /// field and the letter is typed there. Nil for any other key.
  mutating func typeIntoIDField(_ key: Key) -> [Effect]? {
    guard screen == .step(.accessKeys), !isEditingField,
      case .char(let letter) = key, letter.isUppercase, letter.isASCII,
      let row = rows.firstIndex(of: .keyID)
    else { return nil }
    focus = .content
    cursor = row
    _ = editField(key)
    return []
  }

  /// Esc in a key field: move to the "Check keys" action.
  mutating func leaveField() -> [Effect] {
    cursor = rows.firstIndex(of: .checkKeys) ?? cursor
    return []
  }
}
