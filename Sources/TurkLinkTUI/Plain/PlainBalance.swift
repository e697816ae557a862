import TurkLinkCore

extension PlainWizard {
  /// The wizard's final balance Screen as lines: who the keys belong to,
  /// production and sandbox balances, and why $0.00 is normal.
  func sayBalance(_ report: CheckReport) {
    say("")
    say("Balance")
    if let identity = report.identity {
      let who = identity.isRoot
        ? "the root user" : "IAM user \(identity.userName ?? identity.arn)"
      say("Keys of \(who), AWS account \(identity.account)")
    }
    for market in Marketplace.allCases { say(balanceLine(market, report: report)) }

    if report.balances[.production]?.isZero == true {
      say("A $0.00 balance is normal for a new account: MTurk pays workers from a "
        + "prepaid balance, which you add on the requester site (My Account, "
        + "Prepaid HITs), not through your AWS bill.")
    }
    say("Check the keys again any time with: turklink check --profile \(settings.profile)")
  }

  /// One marketplace's balance, or why there is none.
  private func balanceLine(_ market: Marketplace, report: CheckReport) -> String {
    let name = market == .production ? "Production" : "Sandbox"
    guard let balance = report.balances[market] else {
      return "\(name): " + (report.checked.contains(market) ? "no answer" : "not checked")
    }
    let hold = balance.onHold.map { ", $\($0) on hold" } ?? ""
    return "\(name): $\(balance.available) available\(hold)"
  }
}
