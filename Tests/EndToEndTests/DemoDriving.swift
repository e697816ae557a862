import Foundation
import TurkLinkStandIn
import XCTest

/// The demo stand-in's accounts the end-to-end tests use, read from
/// `DemoAccounts` so the tests follow the stand-in instead of copying it.
enum Demo {
  /// Works: production $250.00 with $12.50 on hold, sandbox linked.
  static let healthy = DemoAccounts.account(for: .healthy)
  /// The MTurk policy is missing (AccessDeniedException).
  static let noPolicy = DemoAccounts.account(for: .noPolicyAccessDenied)
  /// MTurk answers about 3 s late.
  static let delay = DemoAccounts.account(with: .delay)
  /// MTurk's error message is full of escape sequences.
  static let escapes = DemoAccounts.account(with: .escapes)

  /// The AWS console's CSV download for `account`, header line first.
  static func csv(_ account: StandInAccount, header: Bool = true) -> String {
    let row = "\(account.accessKeyID),\(account.secret)\n"
    return header ? "Access key ID,Secret access key\n" + row : row
  }

  /// Where `--demo` keeps its progress and credentials under `home`.
  static func directory(in home: URL) -> URL {
    home.appendingPathComponent("state/turklink/demo")
  }

  /// The demo progress file under `home`.
  static func progressFile(in home: URL) -> URL {
    directory(in: home).appendingPathComponent("progress.json")
  }
}

extension TmuxSession {
  /// Sends raw bytes to the pane, as a terminal would (`send-keys -H`).
  func send(bytes: [UInt8]) throws {
    let hex = bytes.map { String(format: "%02x", $0) }
    try tmux(["send-keys", "-t", "tl", "-H"] + hex)
  }

  /// The pane's whole text: scrollback history and the visible screen.
  func captureHistory(escapes: Bool = false) throws -> String {
    try tmux(
      ["capture-pane", "-p", "-t", "tl", "-S", "-"] + (escapes ? ["-e"] : []))
  }

  /// The visible screen with its attributes as escape sequences.
  func captureWithEscapes() throws -> String {
    try tmux(["capture-pane", "-p", "-e", "-t", "tl"])
  }

  /// True once turklink has ended (the wrapper wrote its status).
  var hasExited: Bool { record("status") != nil }

  /// Presses `key` until `matches` accepts the screen, at most `limit`
  /// times; fails the test with the last screen otherwise.
  @discardableResult
  func press(
    _ key: String, until what: String, limit: Int = 20,
    file: StaticString = #filePath, line: UInt = #line,
    _ matches: (String) -> Bool
  ) throws -> String {
    var screen = try capture()
    for _ in 0..<limit {
      if matches(screen) { return screen }
      try keys(key)
      screen = try settle()
    }
    if matches(screen) { return screen }
    XCTFail(
      "\(key) ×\(limit) did not reach \(what); screen:\n\(screen)", file: file,
      line: line)
    return screen
  }

  /// The screen once two captures in a row agree (or after a second).
  func settle() throws -> String {
    var last = try capture()
    for _ in 0..<20 {
      usleep(30_000)
      let now = try capture()
      if now == last { return now }
      last = now
    }
    return last
  }

  /// Waits for turklink's exit, then checks the terminal came back as it
  /// was: same `stty -a`, normal screen.
  func assertExited(
    with status: Int32, _ label: String, file: StaticString = #filePath,
    line: UInt = #line
  ) throws {
    XCTAssertEqual(
      exitStatus(timeout: 10), status, "exit status: \(label)", file: file,
      line: line)
    XCTAssertNotNil(record("stty-before"), label, file: file, line: line)
    XCTAssertEqual(
      record("stty-after"), record("stty-before"), "stty: \(label)", file: file,
      line: line)
    XCTAssertEqual(
      try format("#{alternate_on}"), "0", "alternate screen: \(label)",
      file: file, line: line)
  }
}
