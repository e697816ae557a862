import Foundation
import TurkLinkCore
import TurkLinkStandIn
import XCTest

/// `turklink check` end to end: the built binary against in-process
/// stand-ins, one case per row of the diagnosis table, with the exit code
/// and the JSON a script would read.
final class CheckCommandTests: XCTestCase {
  private var harness: CommandHarness!
  private var servers: StandInPair!

  override func setUpWithError() throws {
    harness = try CommandHarness()
    servers = try StandInPair()
  }

  override func tearDown() {
    servers.stop()
    harness.remove()
  }

  /// Each account state: exit code, diagnosis codes and their steps.
  func testEachDiagnosisRow() throws {
    let rows: [(id: String, keys: AccessKeys, status: Int32, codes: [String], steps: [String?])] = [
      ("healthy", demo(.healthy), 0, [], []),
      ("zero-balance", demo(.zeroBalance), 0, ["zero-balance"], [nil]),
      ("not-linked", demo(.productionNotLinked), 1, ["not-linked"], ["requester-account"]),
      ("sandbox-not-linked", demo(.sandboxNotLinked), 0, ["sandbox-not-linked"], [nil]),
      ("no-policy", demo(.noPolicyAccessDenied), 1, ["no-permission"], ["policy"]),
      ("no-policy-turk", demo(.noPolicyRequestError), 1, ["no-permission"], ["policy"]),
      ("root", demo(.root), 0, ["root-key"], ["iam-user"]),
      ("inactive", demo(.inactive), 1, ["unknown-key"], ["access-keys"]),
      ("wrong-secret", wrongSecret(), 1, ["wrong-secret"], ["access-keys"]),
      ("temporary", AccessKeys(
        accessKeyID: "ASIAIOSFODNN7EXAMPLE", secret: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
        1, ["temporary-key"], ["access-keys"]),
      ("format", AccessKeys(accessKeyID: "AKIAIOSFODNN7EXAMP", secret: "short"),
        1, ["key-format"], ["access-keys"]),
      // A fault hits production and sandbox alike; one diagnosis tells it.
      ("server-error", DemoAccounts.account(with: .serverError).keys, 3, ["service-error"], [nil]),
      ("dropped", DemoAccounts.account(with: .drop).keys, 3, ["network"], [nil]),
    ]

    for row in rows {
      let result = try check(row.keys, ["--json"])
      let json = try object(result.stdout, row.id)
      let diagnoses = json["diagnoses"] as? [[String: Any]] ?? []

      XCTAssertEqual(result.status, row.status, "\(row.id): \(result.stdout) \(result.stderr)")
      XCTAssertEqual(diagnoses.map { $0["code"] as? String ?? "" }, row.codes, row.id)
      XCTAssertEqual(diagnoses.map { $0["step"] as? String }, row.steps, row.id)
      XCTAssertEqual(json["ok"] as? Bool, row.status == 0, row.id)
      XCTAssertFalse(result.stdout.contains(row.keys.secret), row.id)
      XCTAssertFalse(result.stderr.contains(row.keys.secret), row.id)
    }
  }

  /// The JSON shape scripts rely on, with values computed from the account.
  func testJSONShapeOfAHealthyCheck() throws {
    let account = DemoAccounts.account(for: .healthy)

    let result = try check(account.keys, ["--json"])
    let json = try object(result.stdout, "healthy")

    XCTAssertEqual(result.status, 0)
    XCTAssertEqual(Set(json.keys), ["ok", "identity", "balances", "diagnoses"])
    let identity = json["identity"] as? [String: Any]
    XCTAssertEqual(identity?["arn"] as? String, account.arn)
    XCTAssertEqual(identity?["account"] as? String, account.account)
    let balances = json["balances"] as? [String: [String: Any]]
    XCTAssertEqual(balances?["production"]?["available"] as? String, account.productionBalance)
    XCTAssertEqual(balances?["production"]?["on_hold"] as? String, account.onHold)
    XCTAssertEqual(balances?["sandbox"]?["available"] as? String, "10000.00")
  }

  func testProductionOnlyLeavesSandboxNull() throws {
    let result = try check(demo(.healthy), ["--json", "--production-only"])
    let balances = try object(result.stdout, "prod")["balances"] as? [String: Any]

    XCTAssertEqual(result.status, 0)
    XCTAssertTrue(balances?["sandbox"] is NSNull)
  }

  func testTextOutputNamesTheStepToRedo() throws {
    let result = try check(demo(.noPolicyAccessDenied), [])

    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(result.stdout.contains("[no-permission]"), result.stdout)
    XCTAssertTrue(result.stdout.contains("Step to redo: policy."), result.stdout)
    XCTAssertFalse(result.stdout.contains("\u{1b}"))
  }

  /// --save writes the profile; a second save needs --force.
  func testSaveThenRefuseThenForce() throws {
    let path = harness.environment["AWS_SHARED_CREDENTIALS_FILE"]!
    let keys = demo(.healthy)

    let first = try check(keys, ["--save"])
    let saved = try String(contentsOfFile: path, encoding: .utf8)
    let second = try check(keys, ["--save"])
    let unchanged = try String(contentsOfFile: path, encoding: .utf8)
    let third = try check(keys, ["--save", "--force"])

    XCTAssertEqual(first.status, 0, first.stderr)
    XCTAssertEqual(
      saved,
      "[mturk]\naws_access_key_id = \(keys.accessKeyID)\n"
        + "aws_secret_access_key = \(keys.secret)\n")
    XCTAssertEqual(second.status, 1)
    XCTAssertTrue(second.stderr.contains("add --force to replace it"), second.stderr)
    XCTAssertEqual(unchanged, saved)
    XCTAssertEqual(third.status, 0, third.stderr)
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
  }

  /// A lab manager saves each researcher's CSV under its own profile, and
  /// the JSON says where the keys went.
  func testSaveFromCSVUnderANamedProfile() throws {
    let path = harness.environment["AWS_SHARED_CREDENTIALS_FILE"]!
    let keys = demo(.healthy)
    let csv = harness.home.appendingPathComponent("accessKeys.csv")
    let text = "Access key ID,Secret access key\r\n\(keys.accessKeyID),\(keys.secret)\r\n"
    try Data(text.utf8).write(to: csv)

    let result = try harness.run(
      ["check", "--from-csv", csv.path, "--save", "--profile", "lab1", "--json"] + servers.flags)
    let saved = try object(result.stdout, "csv-save")["saved"] as? [String: Any]

    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertEqual(saved?["profile"] as? String, "lab1")
    XCTAssertEqual(saved?["path"] as? String, path)
    XCTAssertEqual(saved?["outcome"] as? String, "added")
    let file = try String(contentsOfFile: path, encoding: .utf8)
    XCTAssertTrue(file.hasPrefix("[lab1]\naws_access_key_id = \(keys.accessKeyID)\n"), file)
  }

  /// A refused save shows in the JSON too, not only in stderr and the exit code.
  func testRefusedSaveShowsInJSON() throws {
    let keys = demo(.healthy)
    _ = try check(keys, ["--save"])

    let second = try check(keys, ["--save", "--json"])
    let saved = try object(second.stdout, "refused")["saved"] as? [String: Any]

    XCTAssertEqual(second.status, 1)
    XCTAssertTrue(saved?["outcome"] is NSNull)
  }

  /// `AWS_ENDPOINT_URL` alone moves the sandbox check to the stand-in too.
  func testGeneralEndpointVariableMovesTheSandbox() throws {
    let keys = demo(.healthy)

    let result = try harness.run(
      ["check", "--json"],
      extra: [
        "AWS_ENDPOINT_URL": servers.productionURL, "AWS_ACCESS_KEY_ID": keys.accessKeyID,
        "AWS_SECRET_ACCESS_KEY": keys.secret,
      ])
    let balances = try object(result.stdout, "env")["balances"] as? [String: [String: Any]]

    // The production-mode stand-in answers the sandbox check too, with
    // its production balance: proof that no request left for real AWS.
    XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
    XCTAssertEqual(
      balances?["sandbox"]?["available"] as? String,
      DemoAccounts.account(for: .healthy).productionBalance)
  }

  /// A proxy in the environment never sees requests meant for loopback:
  /// port 9 is closed, so a proxied request would fail the check.
  func testProxyVariablesLeaveLoopbackAlone() throws {
    let keys = demo(.healthy)
    let proxy = "http://127.0.0.1:9"

    let result = try harness.run(
      ["check", "--json"] + servers.flags,
      extra: [
        "http_proxy": proxy, "HTTPS_PROXY": proxy, "ALL_PROXY": proxy,
        "AWS_ACCESS_KEY_ID": keys.accessKeyID, "AWS_SECRET_ACCESS_KEY": keys.secret,
      ])

    XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
  }

  func testNetworkTroubleIsNotBlamedOnTheKeys() throws {
    let result = try check(DemoAccounts.account(with: .serverError).keys, [])

    XCTAssertEqual(result.status, 3)
    XCTAssertTrue(result.stdout.contains("not your keys"), result.stdout)
  }

  func testFailedCheckDoesNotSave() throws {
    let path = harness.environment["AWS_SHARED_CREDENTIALS_FILE"]!

    let result = try check(wrongSecret(), ["--save"])

    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(result.stderr.contains("keys not saved"), result.stderr)
    XCTAssertFalse(FileManager.default.fileExists(atPath: path))
  }

  func testUsageAndMissingKeysExitTwo() throws {
    let noKeys = try harness.run(["check"] + servers.flags)
    let badURL = try harness.run(["check", "--endpoint-url", "http://example.com"])

    XCTAssertEqual(noKeys.status, 2, noKeys.stderr)
    XCTAssertEqual(badURL.status, 2, badURL.stderr)
    XCTAssertTrue(badURL.stderr.contains("http"), badURL.stderr)
  }

  func testDemoCheckNeedsNoNetworkOrKeys() throws {
    let result = try harness.run(["check", "--demo", "--json"])

    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertEqual(try object(result.stdout, "demo")["ok"] as? Bool, true)
  }

  // MARK: - Helpers

  /// Runs `check` with the keys in the environment, never on argv.
  private func check(_ keys: AccessKeys, _ flags: [String]) throws -> CommandResult {
    try harness.run(
      ["check"] + servers.flags + flags,
      extra: ["AWS_ACCESS_KEY_ID": keys.accessKeyID, "AWS_SECRET_ACCESS_KEY": keys.secret])
  }

  private func demo(_ state: AccountState) -> AccessKeys {
    DemoAccounts.account(for: state).keys
  }

  private func wrongSecret() -> AccessKeys {
    AccessKeys(
      accessKeyID: demo(.healthy).accessKeyID, secret: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
  }

  private func object(_ text: String, _ id: String) throws -> [String: Any] {
    let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try XCTUnwrap(parsed as? [String: Any], "\(id): \(text)")
  }
}
