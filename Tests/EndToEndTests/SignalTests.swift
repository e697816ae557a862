import Foundation
import XCTest

/// Signals, Ctrl-C and crashes end the wizard with the shell's usual
/// status and leave the terminal exactly as it was.
final class SignalTests: XCTestCase {
  private var session: TmuxSession?

  override func setUpWithError() throws {
    try XCTSkipIf(TmuxSession.tmuxPath == nil, "tmux is not installed; end-to-end tests skipped")
  }

  override func tearDown() { session?.close() }

  private struct Case {
    let id: String
    let signal: Int32?
    let expected: Int32
  }

  private let cases = [
    Case(id: "SIGINT", signal: SIGINT, expected: 130),
    Case(id: "SIGTERM", signal: SIGTERM, expected: 143),
    Case(id: "SIGHUP", signal: SIGHUP, expected: 129),
    Case(id: "Ctrl-C key", signal: nil, expected: 130),
    // A crash: the terminal is put back, then the process dies of it.
    Case(id: "SIGABRT", signal: SIGABRT, expected: 134),
    Case(id: "SIGSEGV", signal: SIGSEGV, expected: 139),
  ]

  func testSignalsRestoreTheTerminal() throws {
    for item in cases {
      session?.close()
      let current = try TmuxSession()
      session = current
      try current.waitFor(text: "q")
      let pid = try XCTUnwrap(current.pid(), item.id)
      try current.waitFor(what: "alternate screen (\(item.id))") { _ in
        (try? current.format("#{alternate_on}")) == "1"
      }

      if let signal = item.signal { XCTAssertEqual(kill(pid, signal), 0, item.id) } else {
        try current.keys("C-c")
      }

      XCTAssertEqual(current.exitStatus(), item.expected, item.id)
      XCTAssertEqual(current.record("stty-after"), current.record("stty-before"), item.id)
      XCTAssertEqual(try current.format("#{alternate_on}"), "0", item.id)
      try current.waitFor(text: "TURKLINK-EXITED")
    }
  }
}
