import Foundation
import XCTest

/// Fifty resizes between 200×60 and 20×8 while keys are typed into the key
/// fields, and while a slow check runs: no crash, no lost keystroke, and
/// the layout the last size calls for.
final class ResizeStormTests: XCTestCase {
  private var session: TmuxSession?

  override func setUpWithError() throws {
    try XCTSkipIf(
      TmuxSession.tmuxPath == nil,
      "tmux is not installed; end-to-end tests skipped")
  }

  override func tearDown() { session?.close() }

  private func start() throws -> TmuxSession {
    let current = try TmuxSession(arguments: ["--demo", "step", "access-keys"])
    session = current
    try current.waitFor(text: "Secret access key")
    return current
  }

  /// Fifty sizes from a fixed seed: both extremes first, then anything
  /// between them, so a failure can be replayed.
  private func stormSizes() -> [(width: Int, height: Int)] {
    var generator = SeededGenerator(seed: 0x7e57_5120)
    let random = (0..<48).map { _ in
      (
        Int.random(in: 20...200, using: &generator),
        Int.random(in: 8...60, using: &generator)
      )
    }
    return [(200, 60), (20, 8)] + random
  }

  func testTypingDuringAResizeStormLosesNothing() throws {
    let guide = try GuideFacts.load()
    let current = try start()
    let account = Demo.healthy
    // A paste that is not a secret fills the ID field and puts the cursor there.
    try current.paste("AKIA")
    try current.waitFor(what: "the ID field") { selected("Access key ID", $0) }

    let strokes =
      account.accessKeyID.dropFirst(4).map { ($0, false) } + [("\u{0}", true)]
      + account.secret.map { ($0, false) }
    var sizes = stormSizes()[...]
    for (character, isDown) in strokes {
      if let size = sizes.popFirst() {
        try current.resize(width: size.width, height: size.height)
      }
      if isDown {
        try current.keys("Down")
      } else {
        try current.type(String(character))
      }
    }
    XCTAssertTrue(sizes.isEmpty, "fewer keystrokes than resizes")

    try current.resize(width: 80, height: 24)
    let screen = try current.waitFor(what: "both keys typed whole at 80×24") {
      guide.listsEveryStep($0) && $0.contains("[\(account.accessKeyID)")
        && $0.components(separatedBy: "✓ format ok").count == 3
    }
    XCTAssertFalse(
      screen.contains(account.secret), "the secret is drawn in clear")
    try current.keys("Enter")
    try current.waitFor(text: "The keys work with MTurk", timeout: 15)
    try assertNoticeBelowMinimum(current, guide: guide)
  }

  func testResizeStormWhileASlowCheckRuns() throws {
    let guide = try GuideFacts.load()
    let current = try start()
    try current.paste(Demo.csv(Demo.delay))
    try current.waitFor(text: "Filled both fields")
    try current.type("c")
    try current.waitFor(text: "Checking the keys with AWS")

    for (index, size) in stormSizes().enumerated() {
      try current.resize(width: size.width, height: size.height)
      try current.type(index.isMultiple(of: 2) ? "x" : "j")
    }
    try current.resize(width: 200, height: 60)
    try current.waitFor(text: "Checking the keys with AWS", timeout: 2)

    try current.resize(width: 80, height: 24)
    let results = try current.waitFor(timeout: 20, what: "results at 80×24") {
      guide.listsEveryStep($0) && $0.contains("The keys work with MTurk")
    }
    XCTAssertTrue(
      row("Production", results).contains("$" + Demo.delay.productionBalance))
    XCTAssertTrue(
      results.contains(Demo.delay.arn), "the ARN is cut at 80×24:\n\(results)")
    try assertNoticeBelowMinimum(current, guide: guide)
  }

  /// One column or row short of 80×24 gives the notice; 80×24 the layout.
  private func assertNoticeBelowMinimum(
    _ current: TmuxSession, guide: GuideFacts
  ) throws {
    for (width, height) in [(79, 24), (80, 23), (20, 8)] {
      try current.resize(width: width, height: height)
      try current.waitFor(what: "the notice at \(width)×\(height)") {
        // A narrow notice wraps: read it as one line of words.
        $0.split(whereSeparator: \.isWhitespace).joined(separator: " ")
          .contains(
            "Please enlarge the terminal to at least 80×24 (now \(width)×\(height))"
          )
      }
    }
    try current.resize(width: 80, height: 24)
    try current.waitFor(what: "the full layout again") {
      guide.listsEveryStep($0)
    }
    XCTAssertFalse(current.hasExited, "turklink ended during the storm")
    // stty reports the size: give back the one it started with, and wait
    // for turklink to draw at it (tmux resizes the pane a moment later).
    try current.resize(width: 100, height: 30)
    try current.waitFor(what: "the title bar at 100 columns") {
      ($0.split(separator: "\n").first?.count ?? 0) > 80
    }
    try current.type("q")
    try current.assertExited(with: 0, "quit after the storm")
  }
}

/// SplitMix64: a small seeded generator, so random tests replay exactly.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  /// Starts the sequence at `seed`.
  init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}
