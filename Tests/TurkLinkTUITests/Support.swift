import Foundation
import TurkLinkCore
import XCTest

@testable import TurkLinkTUI

/// The wizard's progress, not Foundation's.
typealias Progress = TurkLinkCore.Progress

/// Fake keys in the AWS documentation's style; never real.
enum Fake {
  static let id = "AKIAIOSFODNN7EXAMPLE"
  static let secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
  static let keys = AccessKeys(accessKeyID: id, secret: secret)
}

/// The guide as shipped, read from the source tree so tests need no bundle.
enum TestGuide {
  static let guide: Guide = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let path = root.appendingPathComponent(
      "Sources/TurkLinkCore/Resources/guide.json"
    ).path
    do {
      return try GuideLoader.load(path: path)
    } catch {
      fatalError("guide.json: \(error)")
    }
  }()
}

/// Check reports as the checker would build them.
enum Reports {
  static let identity = CallerIdentity(
    arn: "arn:aws:iam::123456789012:user/lab-user", account: "123456789012",
    userID: "AIDAEXAMPLEUSERID0001")

  static let passing = CheckReport(
    identity: identity,
    balances: [
      .production: Balance(available: "10000.00", onHold: "12.50"),
      .sandbox: Balance(available: "10000.00", onHold: nil),
    ])

  static let zero = CheckReport(
    identity: identity,
    balances: [
      .production: Balance(available: "0.00", onHold: "0.00"),
      .sandbox: Balance(available: "10000.00", onHold: nil),
    ],
    diagnoses: [
      Diagnosis(
        code: .zeroBalance, message: "The account has no prepaid balance.",
        step: nil)
    ])

  static let notLinked = CheckReport(
    identity: identity,
    diagnoses: [
      Diagnosis(
        code: .notLinked,
        message:
          "AWS knows the keys, but no MTurk requester account is linked to this AWS "
          + "account.", step: .requesterAccount, detail: "AWS.AccountNotLinked")
    ])

  static let noPolicy = CheckReport(
    identity: identity,
    diagnoses: [
      Diagnosis(
        code: .noPermission, message: "The user may not use MTurk yet.",
        step: .policy)
    ])

  static let wrongSecret = CheckReport(
    diagnoses: [
      Diagnosis(
        code: .wrongSecret, message: "The secret does not match the key ID.",
        step: .accessKeys)
    ])

  static let several = CheckReport(
    identity: CallerIdentity(
      arn: "arn:aws:iam::123456789012:root", account: "123456789012",
      userID: "123456789012"),
    diagnoses: [
      Diagnosis(
        code: .rootKey, message: "These are root keys; use an IAM user.",
        step: .iamUser),
      Diagnosis(
        code: .notLinked, message: "No requester account is linked.",
        step: .requesterAccount),
      Diagnosis(
        code: .sandboxNotLinked,
        message: "The sandbox requester account is not linked (optional).",
        step: nil),
    ])

  static let long = CheckReport(
    diagnoses: [
      Diagnosis(
        code: .clockSkew,
        message:
          "The computer's clock is 12 minutes behind, so AWS turns the signed "
          + "request away; correct the clock and check again.",
        step: nil,
        detail:
          "Switch on automatic date and time in the system settings, then "
          + "press r."),
      Diagnosis(
        code: .unknownKey,
        message:
          "AWS does not know this access key ID: it was deleted, deactivated "
          + "or mistyped; create a new access key for the IAM user.",
        step: .accessKeys, detail: "STS said: The security token is invalid."),
    ])

  static let network = CheckReport(
    diagnoses: [
      Diagnosis(
        code: .network, message: "Could not reach AWS: connection refused.",
        step: nil)
    ])

  static let root = CheckReport(
    identity: CallerIdentity(
      arn: "arn:aws:iam::123456789012:root", account: "123456789012",
      userID: "123456789012"),
    balances: [
      .production: Balance(available: "5.00", onHold: nil),
      .sandbox: Balance(available: "10000.00", onHold: nil),
    ],
    diagnoses: [
      Diagnosis(
        code: .rootKey, message: "These are root keys; use an IAM user.",
        step: .iamUser)
    ])
}

/// A wizard driven by events, recording every effect.
struct Driver {
  var state: AppState
  var effects: [Effect] = []

  init(
    progress: Progress = Progress(), options: AppOptions = AppOptions(),
    width: Int = 80, height: Int = 24
  ) {
    state = AppState(
      guide: TestGuide.guide, progress: progress, options: options,
      width: width, height: height)
  }

  /// Sends events; returns the effects of these events only.
  @discardableResult
  mutating func send(_ events: Event...) -> [Effect] {
    var produced: [Effect] = []
    for event in events { produced += update(&state, event) }
    effects += produced
    return produced
  }

  /// Presses keys.
  @discardableResult
  mutating func press(_ keys: Key...) -> [Effect] {
    var produced: [Effect] = []
    for key in keys { produced += send(.key(key)) }
    return produced
  }

  /// Types text one character at a time.
  mutating func type(_ text: String) {
    for character in text { send(.key(.char(character))) }
  }

  /// The rendered frame as text.
  var screen: String { render(state).text() }
}

/// Progress with every item of the first `count` steps ticked.
func progress(ticking count: Int) -> Progress {
  var progress = Progress()
  for step in TestGuide.guide.steps.prefix(count) { progress.tickAll(step) }
  return progress
}

/// Opens the access-keys step with its checklist done.
func driverAtAccessKeys(
  options: AppOptions = AppOptions(), width: Int = 80, height: Int = 24
)
  -> Driver
{
  var options = options
  options.startStep = .accessKeys
  var progress = progress(ticking: 5)
  progress.tickAll(TestGuide.guide.step(.accessKeys)!)
  return Driver(
    progress: progress, options: options, width: width, height: height)
}

/// At access-keys with both keys pasted, cursor on "Check keys".
func readyDriver(options: AppOptions = AppOptions()) -> Driver {
  var driver = driverAtAccessKeys(options: options)
  driver.send(.paste("\(Fake.id),\(Fake.secret)"))
  return driver
}
