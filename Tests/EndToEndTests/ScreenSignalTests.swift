import Foundation
import XCTest

/// SIGINT, SIGTERM and SIGHUP on the screens SignalTests does not reach:
/// during a slow network check, on the balance screen, and while typing a
/// key. Each ends with the shell's status, gives the terminal back as it
/// was (stty, normal screen, bracketed paste off) and keeps the progress.
final class ScreenSignalTests: XCTestCase {
  private var session: TmuxSession?

  override func setUpWithError() throws {
    try XCTSkipIf(
      TmuxSession.tmuxPath == nil,
      "tmux is not installed; end-to-end tests skipped")
  }

  override func tearDown() { session?.close() }

  private let signals: [(name: String, number: Int32, status: Int32)] = [
    ("SIGINT", SIGINT, 130), ("SIGTERM", SIGTERM, 143), ("SIGHUP", SIGHUP, 129),
  ]

  /// Where the signal lands, and how the wizard gets there from step 1.
  private struct Place {
    let id: String
    /// The step whose first item is ticked before going there.
    let tickedStep: String
    let reach: (TmuxSession, GuideFacts) throws -> Void
  }

  private let places = [
    Place(id: "network check", tickedStep: "access-keys") { session, guide in
      try openAccessKeys(session, guide)
      try session.paste(Demo.csv(Demo.delay))
      try session.waitFor(text: "Filled both fields")
      try session.type("c")
      try session.waitFor(text: "Checking the keys with AWS")
    },
    Place(id: "balance screen", tickedStep: "cloudresearch-account") {
      session, guide in
      try session.type("\(guide.steps.count)")
      try session.waitFor(what: "the last step") {
        guide.marksCurrent(guide.steps.count, $0)
      }
      try session.type("n")
      try session.waitFor(what: "the balance screen") {
        $0.contains("▸   Balance")
      }
    },
    Place(id: "typing a key", tickedStep: "access-keys") { session, guide in
      try openAccessKeys(session, guide)
      try session.paste("AKIA")
      try session.waitFor(what: "the ID field") {
        selected("Access key ID", $0)
      }
      try session.type("DEMO")
      try session.waitFor(text: "[AKIADEMO")
    },
  ]

  func testSignalsOnEachScreenRestoreTheTerminalAndKeepProgress() throws {
    let guide = try GuideFacts.load()
    for place in places {
      for signal in signals {
        let label = "\(signal.name) on the \(place.id)"
        session?.close()
        let current = try TmuxSession(
          arguments: ["--demo"], probesInputAfterExit: true)
        session = current
        try current.waitFor(what: "step 1 (\(label))") {
          guide.marksCurrent(1, $0)
        }
        if place.tickedStep == guide.steps[0].id { try tickFirst(current) }
        try place.reach(current, guide)

        let pid = try XCTUnwrap(current.pid(), label)
        XCTAssertEqual(kill(pid, signal.number), 0, label)
        try current.assertExited(with: signal.status, label)
        try assertBracketedPasteOff(current, label)
        XCTAssertEqual(
          try firstTicks(place.tickedStep, in: current.home), [0], label)
      }
    }
  }

  /// After turklink, the pane's shell reads a paste: bracketed paste left
  /// on would wrap it in ESC[200~ … ESC[201~.
  private func assertBracketedPasteOff(_ current: TmuxSession, _ label: String)
    throws
  {
    try current.waitFor(text: "TURKLINK-EXITED")
    try current.paste("PROBE\n")
    try current.keys("Enter")
    let deadline = Date().addingTimeInterval(5)
    var input = ""
    while Date() < deadline, !input.contains("PROBE") {
      usleep(50_000)
      input = current.record("after-input") ?? ""
    }
    XCTAssertTrue(
      input.contains("PROBE"), "\(label): the probe paste never arrived")
    XCTAssertFalse(
      input.contains("200~"), "\(label): bracketed paste left on: \(input)")
  }

  /// The ticked items of `step` in the demo progress file.
  private func firstTicks(_ step: String, in home: URL) throws -> [Int]? {
    let data = try Data(contentsOf: Demo.progressFile(in: home))
    let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
    return (json?["ticked"] as? [String: [Int]])?[step]
  }
}

/// Opens the access-keys step with its first item ticked.
private func openAccessKeys(_ session: TmuxSession, _ guide: GuideFacts) throws
{
  let number = (guide.steps.firstIndex { $0.id == "access-keys" } ?? 5) + 1
  try session.type("\(number)")
  try session.waitFor(what: "step \(number)") { guide.marksCurrent(number, $0) }
  try tickFirst(session)
}

/// Ticks the item under the cursor (the first, on a fresh step).
private func tickFirst(_ session: TmuxSession) throws {
  try session.keys("Space")
  try session.waitFor(what: "one tick") { ticks(in: $0) == 1 }
}
