import Foundation
import TurkLinkCore
import XCTest

@testable import TurkLinkStandIn

/// THE JUDGE: the real aws-cli (botocore's own SigV4 signer and error
/// parsers) against in-process stand-ins, for every account state and
/// fault. If aws-cli accepts the answers and is accepted, the verifier and
/// the wire shapes are right independently of the project's own signer.
final class AWSCLIJudgeTests: XCTestCase {
  private static let balance = ["mturk", "get-account-balance"]
  private static let identity = ["sts", "get-caller-identity"]

  private var temp: TempDirectory!
  private var servers: [StandInServer] = []

  override func setUpWithError() throws {
    temp = try TempDirectory()
  }

  override func tearDown() {
    servers.forEach { $0.stop() }
    servers = []
    temp = nil
  }

  private func start(
    _ mode: Marketplace, clockOffset: TimeInterval = 0, delay: TimeInterval = 1
  ) throws -> Int {
    let server = StandInServer(
      StandInConfiguration(mode: mode, clockOffset: clockOffset, delay: delay))
    servers.append(server)
    return try server.start()
  }

  /// One judged case: id, command, keys, expectation.
  private typealias Case = (String, [String], AccessKeys, Expectation)

  private func judge(_ cases: [Case], port: Int) throws {
    let cli = try AWSCLI(temp: temp)
    for (id, command, keys, expectation) in cases {
      expectation.check(try cli.run(command, keys: keys, port: port), id: id)
    }
  }

  private func keys(_ state: AccountState) -> AccessKeys {
    DemoAccounts.account(for: state).keys
  }

  private func keys(_ fault: Fault) -> AccessKeys {
    DemoAccounts.account(with: fault).keys
  }

  private static let wrongSecret = AccessKeys(
    accessKeyID: "AKIADEMOHEALTHY77777",
    secret: "DEMO/wrong/K7MDENG+bPxRfiCYEXAMPLEKEYwJa")
  private static let unknownKey = AccessKeys(
    accessKeyID: "AKIAIOSFODNN7EXAMPLE",
    secret: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")

  func testProductionMTurkByAccountState() throws {
    let port = try start(.production)
    let funded = ["AvailableBalance": "250.00", "OnHoldBalance": "12.50"]
    try judge(
      [
        ("healthy", Self.balance, keys(.healthy), .output(funded)),
        (
          "zero-balance", Self.balance, keys(.zeroBalance),
          .output(["AvailableBalance": "0.00", "OnHoldBalance": "0.00"])
        ),
        (
          "not-linked", Self.balance, keys(.productionNotLinked),
          .error("RequestError", text: "not linked")
        ),
        (
          "sandbox-not-linked-is-fine-here", Self.balance,
          keys(.sandboxNotLinked),
          .output(funded)
        ),
        (
          "no-policy-access-denied", Self.balance, keys(.noPolicyAccessDenied),
          .error(
            "AccessDeniedException", text: "mechanicalturk:GetAccountBalance")
        ),
        (
          "no-policy-request-error", Self.balance, keys(.noPolicyRequestError),
          .error("RequestError", text: "not authorized")
        ),
        ("root", Self.balance, keys(.root), .output(funded)),
        (
          "inactive", Self.balance, keys(.inactive),
          .error("UnrecognizedClientException")
        ),
        (
          "unknown-key", Self.balance, Self.unknownKey,
          .error("UnrecognizedClientException")
        ),
        (
          "wrong-secret", Self.balance, Self.wrongSecret,
          .error("InvalidSignatureException")
        ),
      ], port: port)
  }

  func testProductionMTurkFaults() throws {
    let port = try start(.production)
    try judge(
      [
        (
          "drop", Self.balance, keys(.drop),
          .noAnswer("Connection was closed before we received a valid response")
        ),
        (
          "delay", Self.balance, keys(.delay),
          .output(["AvailableBalance": "250.00", "OnHoldBalance": "12.50"])
        ),
        (
          "server-error", Self.balance, keys(.serverError),
          .error("ServiceFault")
        ),
        (
          "throttle", Self.balance, keys(.throttle),
          .error("ThrottlingException", text: "Rate exceeded")
        ),
        ("garbage", Self.balance, keys(.garbage), .emptyOutput),
        (
          "escapes", Self.balance, keys(.escapes),
          .error("RequestError", text: "\u{1b}[2J")
        ),
      ], port: port)
  }

  /// A delay longer than aws-cli's 5 s read timeout: no answer in time.
  func testDelayBeyondReadTimeout() throws {
    let port = try start(.production, delay: 7)
    try judge(
      [
        (
          "delay-7s", Self.balance, keys(.delay),
          .noAnswer("Read timeout on endpoint URL")
        )
      ], port: port)
  }

  func testSTSAnswersEveryActiveKey() throws {
    let port = try start(.production)
    func identity(_ state: AccountState) -> Expectation {
      let account = DemoAccounts.account(for: state)
      return .output(
        [
          "Arn": account.arn, "Account": account.account,
          "UserId": account.userID,
        ])
    }
    try judge(
      [
        ("healthy", Self.identity, keys(.healthy), identity(.healthy)),
        (
          "not-linked", Self.identity, keys(.productionNotLinked),
          identity(.productionNotLinked)
        ),
        (
          "no-policy", Self.identity, keys(.noPolicyAccessDenied),
          identity(.noPolicyAccessDenied)
        ),
        ("root", Self.identity, keys(.root), identity(.root)),
        (
          "inactive", Self.identity, keys(.inactive),
          .error("InvalidClientTokenId")
        ),
        (
          "unknown-key", Self.identity, Self.unknownKey,
          .error("InvalidClientTokenId")
        ),
        (
          "wrong-secret", Self.identity, Self.wrongSecret,
          .error("SignatureDoesNotMatch")
        ),
      ], port: port)
  }

  func testSandbox() throws {
    let port = try start(.sandbox)
    let play = ["AvailableBalance": "10000.00"]
    try judge(
      [
        ("healthy", Self.balance, keys(.healthy), .output(play)),
        (
          "zero-balance-production-only", Self.balance, keys(.zeroBalance),
          .output(play)
        ),
        (
          "production-not-linked", Self.balance, keys(.productionNotLinked),
          .output(play)
        ),
        (
          "sandbox-not-linked", Self.balance, keys(.sandboxNotLinked),
          .error("RequestError", text: "requestersandbox.mturk.com")
        ),
        (
          "no-policy", Self.balance, keys(.noPolicyAccessDenied),
          .error("AccessDeniedException")
        ),
        (
          "wrong-secret", Self.balance, Self.wrongSecret,
          .error("InvalidSignatureException")
        ),
        (
          "sts", Self.identity, keys(.healthy),
          .output([
            "Arn": "arn:aws:iam::111122223333:user/demo-researcher",
            "Account": "111122223333",
            "UserId": DemoAccounts.account(for: .healthy).userID,
          ])
        ),
      ], port: port)
  }

  /// A server clock an hour off: aws-cli's correctly signed requests are
  /// refused as expired (server ahead) or not yet current (server behind).
  func testClockSkew() throws {
    let ahead = try start(.production, clockOffset: 3600)
    try judge(
      [
        (
          "mturk-server-ahead", Self.balance, keys(.healthy),
          .error("InvalidSignatureException", text: "Signature expired")
        ),
        (
          "sts-server-ahead", Self.identity, keys(.healthy),
          .error("SignatureDoesNotMatch", text: "Signature expired")
        ),
      ], port: ahead)

    let behind = try start(.production, clockOffset: -3600)
    try judge(
      [
        (
          "mturk-server-behind", Self.balance, keys(.healthy),
          .error("InvalidSignatureException", text: "Signature not yet current")
        )
      ], port: behind)
  }
}
