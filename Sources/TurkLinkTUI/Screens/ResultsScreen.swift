import TurkLinkCore

/// What the last key check found: who the keys belong to, production and
/// sandbox, each diagnosis with the key that goes to the step fixing it.
enum ResultsScreen {
  /// The lines of the results screen.
  static func content(_ state: AppState, width: Int) -> Content {
    var content = Content()
    guard let report = state.report else { return content }
    let symbols = state.symbols
    content.add(
      Line(
        "Step \(state.number(of: .accessKeys)) of \(state.guide.steps.count)",
        tone: .muted))
    content.paragraph(
      "Key check of \(state.checkedKeys?.shortID ?? "the keys")", width: width,
      tone: .accent, attributes: .bold)
    content.gap()
    verdict(&content, report: report, symbols: symbols, width: width)
    identity(&content, report: report, symbols: symbols, width: width)
    for market in Marketplace.allCases {
      marketplace(
        &content, market, report: report, symbols: symbols, width: width)
    }
    content.gap()
    diagnoses(&content, state: state, report: report, width: width)
    actions(&content, state: state, report: report, width: width)
    return content
  }

  private static func verdict(
    _ content: inout Content, report: CheckReport, symbols: Symbols, width: Int
  ) {
    let text: String
    var tone: Tone = report.ok ? .success : .error
    if report.ok {
      text = "\(symbols.ok) The keys work with MTurk."
    } else if onlyTransient(report) {
      text =
        "\(symbols.attention) Could not check the keys: a network or AWS "
        + "problem, not your keys. Press r to try again."
      tone = .warning
    } else {
      text = "\(symbols.problem) The keys do not work with MTurk yet."
    }
    content.paragraph(text, width: width, tone: tone, attributes: .bold)
  }

  /// True when every error is a network or service hiccup, which says
  /// nothing about the keys themselves.
  static func onlyTransient(_ report: CheckReport) -> Bool {
    let errors = report.diagnoses.filter { $0.severity == .error }
    return !errors.isEmpty && errors.allSatisfy { $0.code.isTransient }
  }

  private static func identity(
    _ content: inout Content, report: CheckReport, symbols: Symbols, width: Int
  ) {
    guard let identity = report.identity else {
      content.paragraph(
        "Identity: AWS did not say who the keys belong to.", width: width,
        tone: .muted)
      return
    }
    content.add(Line("Who the keys belong to:", attributes: .bold))
    content.identifier(
      identity.arn, width: width, indent: 2, symbols: symbols)
    content.paragraph(
      "  AWS account \(identity.account)", width: width, indent: 2)
    if identity.isRoot,
      !report.diagnoses.contains(where: { $0.code == .rootKey })
    {
      content.paragraph(
        "\(symbols.attention) These are root user keys: the guide wants an IAM user's keys.",
        width: width, indent: 2, tone: .warning, attributes: .bold)
    }
  }

  private static func marketplace(
    _ content: inout Content, _ market: Marketplace, report: CheckReport,
    symbols: Symbols, width: Int
  ) {
    let name = market == .production ? "Production" : "Sandbox   "
    guard report.checked.contains(market) else {
      content.add(Line("\(name)  - not checked", tone: .muted))
      return
    }
    guard let balance = report.balances[market] else {
      content.add(
        Line("\(name)  \(symbols.problem) no balance: see below", tone: .error))
      return
    }
    content.paragraph(
      "\(name)  \(symbols.ok) " + BalanceScreen.describe(balance),
      width: width, indent: 14, tone: .success)
  }

  private static func diagnoses(
    _ content: inout Content, state: AppState, report: CheckReport, width: Int
  ) {
    let fix = state.diagnosisToFix
    for diagnosis in report.diagnoses.sorted(by: { $0.severity > $1.severity })
    {
      let (mark, tone) = style(diagnosis.severity, state.symbols)
      content.paragraph(
        "\(mark) \(diagnosis.message)", width: width, indent: 2, tone: tone,
        attributes: diagnosis.severity == .error ? .bold : [])
      if let detail = diagnosis.detail, !detail.isEmpty {
        content.paragraph("  " + detail, width: width, indent: 2, tone: .muted)
      }
      if let step = diagnosis.step, let title = state.guide.step(step)?.title {
        let number = state.number(of: step)
        let key = diagnosis == fix ? "g" : "\(number)"
        content.paragraph(
          "  press \(key) to go to step \(number): \(title)", width: width,
          indent: 4, tone: .accent)
      }
      if diagnosis.code.isTransient || diagnosis.code == .clockSkew {
        content.paragraph("  press r to retry", width: width, tone: .accent)
      }
      content.gap()
    }
  }

  /// The mark and tone of a diagnosis by severity.
  static func style(_ severity: Severity, _ symbols: Symbols) -> (String, Tone)
  {
    switch severity {
    case .error: (symbols.problem, .error)
    case .warning: (symbols.attention, .warning)
    case .hint: ("i", .accent)
    }
  }

  private static func actions(
    _ content: inout Content, state: AppState, report: CheckReport, width: Int
  ) {
    let profile = state.options.profile
    if report.ok {
      switch state.save {
      case .idle:
        content.paragraph(
          "press s to save the keys to profile \"\(profile)\" (optional)",
          width: width, tone: .accent)
      case .saving:
        content.paragraph(
          "Saving to profile \"\(profile)\"...", width: width, tone: .muted)
      case .askReplace(let name):
        content.paragraph(
          "Profile \"\(name)\" already exists. Replace it? (y/n)",
          width: width, tone: .warning, attributes: .bold)
      case .saved(let name):
        let place = state.options.credentialsPath == nil ? "." : " in"
        content.paragraph(
          "\(state.symbols.ok) Saved to profile \"\(name)\"\(place)",
          width: width, tone: .success)
        if let path = state.options.credentialsPath {
          content.identifier(
            path, width: width, indent: 2, symbols: state.symbols,
            tone: .success)
        }
      }
    }
    // `turklink step N` leaves after its one step: Enter says so.
    let onward =
      state.options.singleStep ? "Enter: done with this step" : "Enter: next step"
    let next = report.ok ? onward : "Enter: edit the keys"
    content.paragraph("\(next)   r: check again", width: width, tone: .muted)
  }

  /// Keys of the results screen.
  static func handle(_ state: inout AppState, _ key: Key) -> [Effect] {
    switch key {
    case .char("g"): return state.goToDiagnosis()
    case .up, .char("k"): return state.scroll(by: -1)
    case .down, .char("j"): return state.scroll(by: 1)
    case .pageUp: return state.scroll(by: -10)
    case .pageDown: return state.scroll(by: 10)
    case .char("r"), .char("c"): return state.startCheck()
    case .char("s"): return state.saveKeys()
    case .enter:
      return state.report?.ok == true ? state.next() : state.editKeys()
    case .char("e"), .escape, .backspace: return state.editKeys()
    case .char(let digit) where digit.isASCII && digit.isNumber:
      return state.jumpToFix(number: digit.wholeNumberValue ?? 0)
    default: return GlobalKeys.handle(&state, key)
    }
  }

  /// y replaces the existing profile; n (or Esc) keeps it.
  static func answerReplace(_ state: inout AppState, _ key: Key) -> [Effect] {
    switch key {
    case .char("y"), .char("Y"): return state.saveKeys(replace: true)
    case .char("n"), .char("N"), .escape:
      state.save = .idle
      return state.show("Not saved: the profile stays as it was.", tone: .muted)
    default:
      return state.show("Replace the profile? Press y or n.", tone: .warning)
    }
  }
}

extension AppState {
  /// A digit on the results screen: open that step, and come back to the
  /// key check once its checklist is complete.
  mutating func jumpToFix(number: Int) -> [Effect] {
    guard guide.steps.indices.contains(number - 1) else { return [] }
    let target = guide.steps[number - 1].id
    open(.step(target))
    if target != .accessKeys { fixing = target }
    return []
  }

  /// Back to the key fields, on the field a diagnosis blames.
  mutating func editKeys() -> [Effect] {
    open(.step(.accessKeys))
    let field: Row = report?.primary?.code == .wrongSecret ? .secret : .keyID
    cursor =
      rows.firstIndex(of: report?.ok == true ? .checkKeys : field) ?? cursor
    return []
  }
}
