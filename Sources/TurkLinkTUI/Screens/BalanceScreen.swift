import TurkLinkCore

/// The final screen: balances on production and sandbox, who the keys
/// belong to, why a zero balance is normal, and what to do next.
enum BalanceScreen {
  /// The lines of the balance screen.
  static func content(_ state: AppState, width: Int) -> Content {
    var content = Content()
    content.add(Line(status(state), tone: .muted))
    content.paragraph("Balance", width: width, tone: .accent, attributes: .bold)
    content.gap()
    guard let report = state.report, !state.checkRunning else {
      content.paragraph(noReport(state), width: width, tone: .muted)
      content.gap()
      whatNext(&content, state: state, width: width)
      return content
    }

    principal(&content, report: report, width: width)
    table(&content, report: report, symbols: state.symbols)
    content.gap()
    if report.balances[.production]?.isZero == true {
      zeroHint(&content, width: width)
    }
    whatNext(&content, state: state, width: width)
    return content
  }

  /// The line above the heading: "Finished" only once the keys passed.
  private static func status(_ state: AppState) -> String {
    guard let report = state.report else { return "Not checked yet" }
    return report.ok ? "Finished" : "The last check did not pass"
  }

  /// What the screen says before any check in this session.
  private static func noReport(_ state: AppState) -> String {
    if state.checkRunning { return "Checking the keys... (Esc cancels)" }
    if state.entry.isReady {
      return "No check in this session yet: press c to check the keys."
    }
    return "No check in this session: go back to step "
      + "\(state.number(of: .accessKeys)) and enter the keys to see the balance."
  }

  /// "$10.00 available, $1.50 on hold" for one marketplace.
  static func describe(_ balance: Balance) -> String {
    let available = "$" + TextLayout.printable(balance.available) + " available"
    guard let onHold = balance.onHold else { return available }
    return available + ", $" + TextLayout.printable(onHold) + " on hold"
  }

  private static func principal(
    _ content: inout Content, report: CheckReport, width: Int
  ) {
    guard let identity = report.identity else { return }
    let who =
      identity.isRoot
      ? "the root user" : "IAM user \(identity.userName ?? identity.arn)"
    content.paragraph(
      "Keys of \(who), AWS account \(identity.account)", width: width,
      indent: 2)
    content.gap()
  }

  private static func table(
    _ content: inout Content, report: CheckReport, symbols: Symbols
  ) {
    content.add(Line("              Available     On hold", attributes: .bold))
    for market in Marketplace.allCases {
      let name = (market == .production ? "Production" : "Sandbox").padding(12)
      guard let balance = report.balances[market] else {
        let why = report.checked.contains(market) ? "no answer" : "not checked"
        content.add(Line("\(name)  \(symbols.problem) \(why)", tone: .muted))
        continue
      }
      let available = ("$" + TextLayout.printable(balance.available)).padding(
        12)
      let onHold = balance.onHold.map { "$" + TextLayout.printable($0) } ?? "-"
      content.add(
        Line(
          "\(name)  \(available)  \(onHold)",
          tone: balance.isZero ? .warning : .success))
    }
  }

  private static func zeroHint(_ content: inout Content, width: Int) {
    content.paragraph(
      "A $0.00 balance is normal for a new account. MTurk does not bill your AWS account "
        + "for HITs: it pays workers from a prepaid balance, which you add on the requester "
        + "site (My Account, Prepaid HITs) before posting paid studies.",
      width: width, tone: .warning)
    content.gap()
  }

  private static func whatNext(
    _ content: inout Content, state: AppState, width: Int
  ) {
    content.add(Line("What next", attributes: .bold))
    let lines = [
      "CloudResearch should show the same production balance.",
      "Try a study in the sandbox first: it is free.",
      "Check the keys again any time with: \(state.options.checkCommand)",
      "Press Enter or q to leave; your progress is kept.",
    ]
    for line in lines {
      content.paragraph(
        "\(state.symbols.todo) " + line, width: width, indent: 2)
    }
  }

  /// Keys of the balance screen.
  static func handle(_ state: inout AppState, _ key: Key) -> [Effect] {
    switch key {
    case .enter: return state.quit()
    case .up, .char("k"): return state.scroll(by: -1)
    case .down, .char("j"): return state.scroll(by: 1)
    case .pageUp: return state.scroll(by: -10)
    case .pageDown: return state.scroll(by: 10)
    case .char("c"), .char("r"): return state.startCheck()
    case .escape, .backspace: return state.back()
    default: return GlobalKeys.handle(&state, key)
    }
  }
}

extension String {
  /// The string padded with spaces to `width` columns.
  fileprivate func padding(_ width: Int) -> String {
    self + String(repeating: " ", count: max(0, width - DisplayWidth.of(self)))
  }
}
