import Foundation
import TurkLinkCore
import XCTest

@testable import TurkLinkStandIn

/// The `turklink-standin` executable: its options, its first line, its
/// exit codes, and SIGTERM.
final class ExecutableTests: XCTestCase {
  private var temp: TempDirectory!

  override func setUpWithError() throws {
    temp = try TempDirectory()
  }

  override func tearDown() {
    temp = nil
  }

  private func run(_ arguments: [String]) throws -> ChildProcess.Result {
    try ChildProcess.run(
      StandInProcess.executable(), arguments,
      environment: ["PATH": "/usr/bin:/bin"],
      in: temp, limit: 20)
  }

  private static let customAccount = StandInAccount(
    accessKeyID: "AKIAIOSFODNN7EXAMPLE",
    secret: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    state: .healthy, arn: "arn:aws:iam::123456789012:user/lab",
    account: "123456789012",
    userID: "AIDAEXAMPLEUSER22222", productionBalance: "42.00")

  private func writeAccounts(_ accounts: [StandInAccount]) throws -> String {
    let data = try JSONEncoder().encode(accounts)
    return try temp.write(
      "accounts.json", String(decoding: data, as: UTF8.self))
  }

  func testListAccountsPrintsTheDemoAccounts() throws {
    let result = try run(["--list-accounts"])

    XCTAssertEqual(result.status, 0, result.printable)
    let decoded = try JSONDecoder().decode(
      [StandInAccount].self, from: Data(result.stdout.utf8))
    XCTAssertEqual(decoded, DemoAccounts.all)
  }

  func testHelpExitsZeroAndNamesEveryOption() throws {
    let result = try run(["--help"])

    XCTAssertEqual(result.status, 0)
    for option in [
      "--port", "--accounts", "--mode", "--list-accounts", "--clock-offset",
      "--max-skew",
      "--delay", "--log", "--help",
    ] {
      XCTAssertTrue(result.stdout.contains(option), option)
    }
  }

  /// Table: bad accounts files and bad options → exit 2 with a message.
  func testUsageErrorsExitTwo() throws {
    let notJSON = try temp.write("not-json.json", "{ nope")
    let missingField = try temp.write(
      "missing.json", #"[{"accessKeyID":"AKIAIOSFODNN7EXAMPLE"}]"#)
    let empty = try temp.write("empty.json", "[]")
    let cases: [(String, [String], String)] = [
      (
        "missing-file", ["--accounts", temp.path("absent.json")], "absent.json"
      ),
      ("not-json", ["--accounts", notJSON], "not-json.json"),
      ("missing-field", ["--accounts", missingField], "missing secret"),
      ("empty", ["--accounts", empty], "no accounts"),
      ("bad-mode", ["--mode", "staging"], "--mode"),
      ("bad-port", ["--port", "70000"], "--port"),
      ("no-value", ["--delay"], "--delay needs a value"),
      ("unknown-option", ["--frobnicate", "1"], "unknown option"),
    ]
    for (id, arguments, text) in cases {
      let result = try run(arguments)
      XCTAssertEqual(result.status, 2, "[\(id)] \(result.printable)")
      XCTAssertTrue(result.stderr.contains(text), "[\(id)] \(result.printable)")
    }
  }

  /// First line, a real answer over the socket, then SIGTERM → exit 0.
  func testServesUntilSIGTERM() throws {
    let server = try StandInProcess(["--port", "0"], in: temp)
    let keys = DemoAccounts.account(for: .healthy).keys

    let bytes = try RawHTTP.exchange(
      port: server.port, SignedRequests.wire(SignedRequests.mturk(keys: keys)))

    XCTAssertEqual(RawHTTP.parse(bytes)?.status, 200)
    XCTAssertEqual(server.terminate(), 0)
  }

  func testClockOffsetOptionExpiresCurrentRequests() throws {
    let server = try StandInProcess(["--clock-offset", "3600"], in: temp)
    let keys = DemoAccounts.account(for: .healthy).keys

    let bytes = try RawHTTP.exchange(
      port: server.port, SignedRequests.wire(SignedRequests.mturk(keys: keys)))

    let response = try XCTUnwrap(RawHTTP.parse(bytes))
    XCTAssertEqual(response.status, 400)
    XCTAssertTrue(response.body.contains("Signature expired"), response.body)
    XCTAssertEqual(server.terminate(), 0)
  }

  /// aws-cli against the executable in sandbox mode with an accounts file.
  func testAWSCLIAgainstExecutableWithAccountsFile() throws {
    let cli = try AWSCLI(temp: temp)
    let accounts = try writeAccounts([Self.customAccount])
    let log = temp.path("requests.jsonl")
    let server = try StandInProcess(
      ["--mode", "sandbox", "--accounts", accounts, "--log", log], in: temp)

    let balance = try cli.run(
      ["mturk", "get-account-balance"], keys: Self.customAccount.keys,
      port: server.port)
    let demo = try cli.run(
      ["mturk", "get-account-balance"],
      keys: DemoAccounts.account(for: .healthy).keys,
      port: server.port)

    Expectation.output(["AvailableBalance": "10000.00"]).check(
      balance, id: "custom")
    Expectation.error("UnrecognizedClientException").check(
      demo, id: "demo-not-loaded")
    XCTAssertEqual(server.terminate(), 0)
    let lines = try String(contentsOfFile: log, encoding: .utf8).split(
      separator: "\n")
    XCTAssertEqual(lines.count, 2)
    XCTAssertFalse(lines.joined().contains(Self.customAccount.secret))
  }
}
