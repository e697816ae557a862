import Foundation
import TurkLinkCore
import TurkLinkStandIn
import XCTest

/// The whole key check over real HTTP against two in-process stand-ins
/// on 127.0.0.1 (production and sandbox; both answer STS): one case per
/// row of DESIGN.md's diagnosis table.
final class CheckEndToEndTests: XCTestCase {
  /// One row: a key pair and the expected primary diagnosis.
  struct Case {
    let id: String
    let keys: AccessKeys
    let code: DiagnosisCode?
    let step: StepID?
    var ok = false
    /// Requests the production stand-in should log for this key.
    var productionAttempts: Int? = nil
  }

  /// The demo keys of the account in `state`.
  static func demo(_ state: AccountState) -> AccessKeys {
    DemoAccounts.account(for: state).keys
  }
  /// The demo keys of the account with `fault`.
  static func demo(_ fault: Fault) -> AccessKeys {
    DemoAccounts.account(with: fault).keys
  }

  static let cases: [Case] = [
    Case(
      id: "healthy", keys: demo(.healthy), code: nil, step: nil, ok: true,
      productionAttempts: 1),
    Case(
      id: "zero-balance", keys: demo(.zeroBalance), code: .zeroBalance,
      step: nil, ok: true),
    Case(
      id: "not-linked", keys: demo(.productionNotLinked), code: .notLinked,
      step: .requesterAccount, productionAttempts: 1),
    Case(
      id: "sandbox-not-linked", keys: demo(.sandboxNotLinked),
      code: .sandboxNotLinked,
      step: nil, ok: true),
    Case(
      id: "no-policy-access-denied", keys: demo(.noPolicyAccessDenied),
      code: .noPermission, step: .policy),
    Case(
      id: "no-policy-request-error", keys: demo(.noPolicyRequestError),
      code: .noPermission, step: .policy),
    Case(
      id: "root", keys: demo(.root), code: .rootKey, step: .iamUser, ok: true),
    Case(
      // MTurk is asked alongside STS, once, and its answer dropped.
      id: "inactive-key", keys: demo(.inactive), code: .unknownKey,
      step: .accessKeys,
      productionAttempts: 1),
    Case(
      id: "unknown-key",
      keys: AccessKeys(
        accessKeyID: "AKIANOTKNOWNANYWHERE", secret: demo(.healthy).secret),
      code: .unknownKey, step: .accessKeys, productionAttempts: 1),
    Case(
      id: "wrong-secret",
      keys: AccessKeys(
        accessKeyID: demo(.healthy).accessKeyID,
        secret: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
      code: .wrongSecret, step: .accessKeys),
    Case(
      id: "server-error-500", keys: demo(.serverError), code: .serviceError,
      step: nil,
      productionAttempts: 3),
    Case(
      id: "throttle", keys: demo(.throttle), code: .serviceError, step: nil,
      productionAttempts: 3),
    Case(
      id: "drop", keys: demo(.drop), code: .network, step: nil,
      productionAttempts: 3),
    Case(
      id: "garbage-body", keys: demo(.garbage), code: .serviceError, step: nil,
      productionAttempts: 1),
    Case(
      id: "escape-sequences", keys: demo(.escapes), code: .serviceError,
      step: nil),
    Case(
      id: "temporary-key",
      keys: AccessKeys(
        accessKeyID: "ASIADEMOHEALTHY77777", secret: demo(.healthy).secret),
      code: .temporaryKey, step: .accessKeys, productionAttempts: 0),
    Case(
      id: "key-format",
      keys: AccessKeys(accessKeyID: "AKIADEMO", secret: "short"),
      code: .keyFormat, step: .accessKeys, productionAttempts: 0),
  ]

  var servers: [StandInServer] = []
  var directory: URL!

  override func setUpWithError() throws {
    try LoopbackGuard.skipIfProxied()
    directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("turklink-check-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: directory, withIntermediateDirectories: true)
  }

  override func tearDown() {
    servers.forEach { $0.stop() }
    servers = []
    try? FileManager.default.removeItem(at: directory)
  }

  func testEveryRowAgainstTheStandIn() async throws {
    let endpoints = try startPair()
    for item in Self.cases {
      let report = await checker(endpoints).check(item.keys)
      XCTAssertEqual(report.primary?.code, item.code, item.id)
      XCTAssertEqual(report.primary?.step, item.step, item.id)
      XCTAssertEqual(report.ok, item.ok, item.id)
      assertClean(report, item.id)
      if let attempts = item.productionAttempts {
        XCTAssertEqual(
          loggedRequests(item.keys.accessKeyID, expecting: attempts), attempts,
          "\(item.id): production requests")
      }
    }
  }

  func testHealthyReportCarriesIdentityAndBalances() async throws {
    let report = await checker(try startPair()).check(Self.demo(.healthy))
    XCTAssertEqual(
      report.identity?.arn, "arn:aws:iam::111122223333:user/demo-researcher")
    XCTAssertEqual(report.identity?.account, DemoAccounts.awsAccount)
    XCTAssertEqual(
      report.balances[.production],
      Balance(available: "250.00", onHold: "12.50"))
    XCTAssertEqual(
      report.balances[.sandbox], Balance(available: "10000.00", onHold: nil))
    XCTAssertEqual(report.exitCode, 0)
  }

  func testEscapeSequencesAreStripped() async throws {
    let report = await checker(try startPair()).check(Self.demo(.escapes))
    let detail = report.primary?.detail ?? ""
    XCTAssertTrue(detail.contains("Balance lookup failed red end"), detail)
    for text in report.textLines() + [report.json()] {
      XCTAssertFalse(
        text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F },
        text.debugDescription)
    }
  }

  func testClockSkewFromTheServersClock() async throws {
    let endpoints = try startPair(clockOffset: 17 * 60)
    let report = await checker(endpoints).check(Self.demo(.healthy))
    XCTAssertEqual(report.primary?.code, .clockSkew)
    XCTAssertNil(report.primary?.step)
    XCTAssertTrue(
      report.primary?.message.contains("17 minutes behind") ?? false,
      report.primary?.message ?? "")
  }

  func testClockAheadOfTheServer() async throws {
    let endpoints = try startPair(clockOffset: -2 * 3600)
    let report = await checker(endpoints).check(Self.demo(.healthy))
    XCTAssertEqual(report.primary?.code, .clockSkew)
    XCTAssertTrue(
      report.primary?.message.contains("2 hours ahead") ?? false,
      report.primary?.message ?? "")
  }

  func testSlowAnswerTimesOut() async throws {
    let endpoints = try startPair(delay: 3)
    let checker = KeyChecker(
      endpoints: endpoints,
      caller: ServiceCaller(
        transport: URLSessionTransport(timeout: 1), retry: fastRetry))
    let report = await checker.check(
      Self.demo(.delay), marketplaces: [.production])
    XCTAssertEqual(report.primary?.code, .network)
    XCTAssertTrue(report.primary?.message.contains("did not answer") ?? false)
    XCTAssertEqual(report.exitCode, 3)
  }

  func testCancellationStopsTheCheck() async throws {
    let endpoints = try startPair(delay: 8)
    let checker = self.checker(endpoints)
    let keys = Self.demo(.delay)
    let task = Task.detached { await checker.check(keys) }
    try await waitForLog(keys.accessKeyID, operation: "GetCallerIdentity")
    task.cancel()
    let report = await task.value
    XCTAssertTrue(report.balances.isEmpty)
    XCTAssertEqual(report.primary?.code, .network)
    XCTAssertTrue(
      report.primary?.message.contains("stopped") ?? false,
      report.primary?.message ?? "")
  }

  func testBlockingWrapper() throws {
    let report = checker(try startPair()).checkBlocking(Self.demo(.healthy))
    XCTAssertTrue(report.ok)
  }

  // MARK: - helpers

  let fastRetry = RetryPolicy(attempts: 3, baseDelay: 0.01, jitter: 0.01)

  /// A checker over URLSession with quick retries.
  func checker(_ endpoints: Endpoints) -> KeyChecker {
    KeyChecker(
      endpoints: endpoints,
      caller: ServiceCaller(
        transport: URLSessionTransport(timeout: 10), retry: fastRetry))
  }

  /// Starts production and sandbox stand-ins; STS goes to production's.
  func startPair(
    clockOffset: TimeInterval = 0, delay: TimeInterval = 3
  ) throws -> Endpoints {
    var urls: [URL] = []
    for mode in [Marketplace.production, .sandbox] {
      let log = directory.appendingPathComponent("\(mode.rawValue).jsonl").path
      let server = StandInServer(
        StandInConfiguration(
          mode: mode, clockOffset: clockOffset, delay: delay, logPath: log))
      let port = try server.start()
      servers.append(server)
      urls.append(URL(string: "http://127.0.0.1:\(port)")!)
    }
    return Endpoints(sts: urls[0], production: urls[0], sandbox: urls[1])
  }

  /// The production log's GetAccountBalance lines for `keyID`, waiting a
  /// little for the server thread that writes after answering.
  func loggedRequests(_ keyID: String, expecting: Int) -> Int {
    var count = 0
    for _ in 0..<40 {
      count = logLines(keyID, operation: "GetAccountBalance").count
      if count >= expecting { break }
      Thread.sleep(forTimeInterval: 0.05)
    }
    Thread.sleep(forTimeInterval: 0.05)
    return logLines(keyID, operation: "GetAccountBalance").count
  }

  /// The production log lines for `keyID` and `operation`.
  func logLines(_ keyID: String, operation: String) -> [String] {
    let path = directory.appendingPathComponent("production.jsonl")
    let text = (try? String(contentsOf: path, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").map(String.init).filter {
      $0.contains("\"keyID\":\"\(keyID)\"")
        && $0.contains("\"operation\":\"\(operation)\"")
    }
  }

  /// Waits until the production stand-in has logged the call.
  func waitForLog(_ keyID: String, operation: String) async throws {
    for _ in 0..<200 where logLines(keyID, operation: operation).isEmpty {
      try await Task.sleep(nanoseconds: 20_000_000)
    }
  }

  /// No control characters in anything the report would show.
  func assertClean(_ report: CheckReport, _ id: String) {
    for diagnosis in report.diagnoses {
      for text in [diagnosis.message, diagnosis.detail ?? ""] {
        XCTAssertFalse(
          text.unicodeScalars.contains {
            $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
          },
          "\(id): \(text.debugDescription)")
      }
    }
  }
}
