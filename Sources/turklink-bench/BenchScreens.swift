import TurkLinkCore
import TurkLinkTUI

/// Builds one AppState per main screen by feeding Events, as a researcher
/// would reach it, and checks that each landed where it should.
struct BenchScreens {
  let guide: Guide
  let options: BenchOptions

  /// The screens to time, in the order the wizard shows them.
  func all() -> [BenchCase] {
    [
      checklist(), accessKeys(), results(), balance(), help(),
    ]
  }

  /// The longest checklist (aws-account), half ticked, cursor moved.
  func checklist() -> BenchCase {
    var state = fresh(Progress())
    send(&state, [.key(.char("2")), .key(.char(" ")), .key(.down)])
    send(&state, [.key(.char(" ")), .key(.down), .key(.down)])
    expect(state, .step(.awsAccount), "checklist")
    return BenchCase(name: "step checklist (aws-account)", state: state)
  }

  /// The access-keys step with both fields filled from a pasted CSV line.
  func accessKeys() -> BenchCase {
    var state = atAccessKeys()
    send(&state, [.paste("\(FakeKeys.id),\(FakeKeys.secret)\n")])
    expect(state, .step(.accessKeys), "access-keys")
    return BenchCase(name: "access-keys, fields filled", state: state)
  }

  /// Check results with an error, a warning and a hint.
  func results() -> BenchCase {
    let state = checked(BenchReports.diagnosed)
    expect(state, .results, "results")
    return BenchCase(name: "check results + diagnoses", state: state)
  }

  /// The final balance screen after a passing check.
  func balance() -> BenchCase {
    var state = checked(BenchReports.passing)
    send(&state, [.key(.tab), .key(.down), .key(.down), .key(.tab)])
    expect(state, .balance, "balance")
    return BenchCase(name: "balance", state: state)
  }

  /// The help overlay over the first step.
  func help() -> BenchCase {
    var state = fresh(Progress())
    send(&state, [.key(.char("?"))])
    guard state.showHelp else { fail("help overlay did not open") }
    return BenchCase(name: "help overlay", state: state)
  }

  private func fresh(_ progress: Progress) -> AppState {
    AppState(
      guide: guide, progress: progress, options: AppOptions(),
      width: options.width, height: options.height)
  }

  /// Steps 1-6 ticked, so the wizard opens on access-keys.
  private func atAccessKeys() -> AppState {
    var progress = Progress()
    for step in guide.steps.prefix(6) { progress.tickAll(step) }
    var state = fresh(progress)
    send(&state, [.key(.char("6"))])
    return state
  }

  /// Keys pasted, check started, the report delivered.
  private func checked(_ report: CheckReport) -> AppState {
    var state = atAccessKeys()
    send(&state, [.paste("\(FakeKeys.id),\(FakeKeys.secret)")])
    send(&state, [.key(.char("c")), .tick, .checkFinished(report)])
    return state
  }

  private func expect(_ state: AppState, _ screen: Screen, _ name: String) {
    guard state.screen == screen else {
      fail("\(name): landed on \(state.screen), not \(screen)")
    }
  }
}

/// Check reports shaped like the checker's, with fake identities.
enum BenchReports {
  static let identity = CallerIdentity(
    arn: "arn:aws:iam::123456789012:user/lab-user", account: "123456789012",
    userID: "AIDAEXAMPLEUSERID0001")

  static let passing = CheckReport(
    identity: identity,
    balances: [
      .production: Balance(available: "10000.00", onHold: "12.50"),
      .sandbox: Balance(available: "10000.00", onHold: nil),
    ])

  static let diagnosed = CheckReport(
    identity: identity,
    balances: [.sandbox: Balance(available: "0.00", onHold: nil)],
    diagnoses: [
      Diagnosis(
        code: .notLinked,
        message: "AWS knows the keys, but no MTurk requester account is "
          + "linked to this AWS account.",
        step: .requesterAccount, detail: "AWS.AccountNotLinked"),
      Diagnosis(
        code: .sandboxNotLinked,
        message: "The sandbox requester account is not linked (optional).",
        step: nil),
      Diagnosis(
        code: .zeroBalance, message: "The sandbox account has no balance.",
        step: nil),
    ])
}
