import Foundation
import TurkLinkStandIn
import XCTest

/// The whole wizard in `--demo`, driven by the keyboard and real bracketed
/// pastes: every step, the key check, the balance, and resuming later.
final class DemoWalkTests: XCTestCase {
  private var sessions: [TmuxSession] = []
  private var homes: [URL] = []

  override func setUpWithError() throws {
    try XCTSkipIf(
      TmuxSession.tmuxPath == nil,
      "tmux is not installed; end-to-end tests skipped")
  }

  override func tearDown() {
    sessions.forEach { $0.close() }
    homes.forEach { try? FileManager.default.removeItem(at: $0) }
  }

  private func start(home: URL) throws -> TmuxSession {
    let session = try TmuxSession(arguments: ["--demo"], home: home)
    sessions.append(session)
    return session
  }

  private func newHome() throws -> URL {
    let home = try TmuxSession.makeTemporaryDirectory()
    homes.append(home)
    return home
  }

  func testWalksFromStepOneToTheBalanceAndResumes() throws {
    let guide = try GuideFacts.load()
    let home = try newHome()
    let first = try start(home: home)
    try first.waitFor(what: "step 1") { guide.marksCurrent(1, $0) }

    try tickWithSpace(first, items: guide.steps[0].items)
    try first.keys("Enter")
    try completeWithEnter(first, step: 2, guide: guide)
    try completeWithEnter(first, step: 3, guide: guide)
    try first.waitFor(what: "step 4") { guide.marksCurrent(4, $0) }
    try first.keys("Enter")
    try first.keys("Enter")
    try first.waitFor(what: "two ticks on step 4") { ticks(in: $0) == 2 }
    try first.type("q")
    try first.assertExited(with: 0, "quit on step 4")

    let second = try start(home: home)
    let resumed = try second.waitFor(what: "resume at step 4") {
      guide.marksCurrent(4, $0)
    }
    XCTAssertEqual(ticks(in: resumed), 2, resumed)
    try completeWithEnter(second, step: 4, guide: guide)
    try completeWithEnter(second, step: 5, guide: guide)
    try enterAndCheckKeys(second, guide: guide)
    try finishAtBalance(second, guide: guide)

    let third = try start(home: home)
    let last = try third.waitFor(what: "resume on the finished step 7") {
      guide.marksCurrent(7, $0) && $0.contains("Step 7 of 7  ✓ done")
    }
    for number in 1...6 {
      let title = guide.steps[number - 1].title
      XCTAssertTrue(
        GuideFacts.stepList(last).contains("✓ \(number) \(title)"), last)
    }
    try third.type("q")
    try third.assertExited(with: 0, "quit after resuming")
  }

  /// Step 6: tick the checklist, paste the ID and the secret into their
  /// fields (each with a trailing newline that must not submit), check.
  private func enterAndCheckKeys(_ session: TmuxSession, guide: GuideFacts)
    throws
  {
    try session.waitFor(what: "step 6") { guide.marksCurrent(6, $0) }
    try session.press("Enter", until: "the key ID field") {
      selected("Access key ID", $0)
    }
    try session.paste(Demo.healthy.accessKeyID + "\n")
    try session.waitFor(text: "[\(Demo.healthy.accessKeyID)")
    try session.keys("Down")
    try session.waitFor(what: "the secret field") {
      selected("Secret access key", $0)
    }
    try session.paste(Demo.healthy.secret + "\n")

    let filled = try session.waitFor(what: "two good formats") {
      $0.components(separatedBy: "✓ format ok").count == 3
    }
    XCTAssertFalse(
      filled.contains(Demo.healthy.secret), "the secret is drawn in clear")
    XCTAssertFalse(
      filled.contains("Key check of"), "a pasted newline submitted")
    try session.keys("Enter")
    try session.waitFor(text: "The keys work with MTurk", timeout: 15)
    try session.type("s")
    try session.waitFor(text: "Saved to profile")
  }

  /// Step 7 and the balance screen, whose figures come from the stand-in.
  private func finishAtBalance(_ session: TmuxSession, guide: GuideFacts) throws
  {
    try session.keys("Enter")
    try session.waitFor(what: "step 7") { guide.marksCurrent(7, $0) }
    try session.press("Enter", until: "step 7 done") {
      $0.contains("Step 7 of 7  ✓ done")
    }
    try session.type("n")
    let balance = try session.waitFor(what: "the balance screen") {
      $0.contains("Production")
    }

    let account = Demo.healthy
    XCTAssertEqual(
      row("Production", balance),
      [
        "Production", "$" + account.productionBalance,
        "$" + (account.onHold ?? "?"),
      ], balance)
    XCTAssertEqual(
      row("Sandbox", balance),
      ["Sandbox", "$" + DemoAccounts.sandboxBalance, "-"], balance)
    try session.type("q")
    try session.assertExited(with: 0, "quit on the balance screen")
  }

  /// Ticks each item with Space and moves down with j.
  private func tickWithSpace(_ session: TmuxSession, items: Int) throws {
    for count in 1...items {
      try session.keys("Space")
      try session.waitFor(what: "\(count) ticks") { ticks(in: $0) == count }
      try session.type("j")
    }
  }

  /// Presses Enter (tick and move down, then next) until step `number + 1`.
  private func completeWithEnter(
    _ session: TmuxSession, step number: Int, guide: GuideFacts
  )
    throws
  {
    try session.waitFor(what: "step \(number)") {
      guide.marksCurrent(number, $0)
    }
    let limit = guide.steps[number - 1].items + 2
    try session.press("Enter", until: "step \(number + 1)", limit: limit) {
      guide.marksCurrent(number + 1, $0)
    }
  }

  func testDiagnosisJumpGoesToThePolicyStepAndComesBack() throws {
    let guide = try GuideFacts.load()
    let policy = try XCTUnwrap(guide.steps.firstIndex { $0.id == "policy" }) + 1
    let session = try start(home: try newHome())
    try session.waitFor(what: "step 1") { guide.marksCurrent(1, $0) }
    try session.type("6")
    try session.waitFor(what: "step 6") { guide.marksCurrent(6, $0) }

    try session.paste(Demo.csv(Demo.noPolicy))
    try session.waitFor(text: "Filled both fields")
    try session.type("c")
    let results = try session.waitFor(text: "Key check of", timeout: 15)
    let title = guide.steps[policy - 1].title
    XCTAssertTrue(
      flattened(results).contains("press g to go to step \(policy): \(title)"),
      results)

    try session.type("g")
    try session.waitFor(what: "step \(policy)") {
      guide.marksCurrent(policy, $0)
    }
    let items = guide.steps[policy - 1].items
    for item in 1...items {
      try session.keys("Space")
      // The last tick goes back to step 6; a j there would clear its message.
      if item < items { try session.type("j") }
    }
    try session.waitFor(what: "back on step 6") {
      guide.marksCurrent(6, $0) && $0.contains("Step \(policy) is done")
    }

    try session.type("d")
    try session.waitFor(text: "(demo: healthy)")
    try session.type("c")
    let passed = try session.waitFor(
      text: "The keys work with MTurk", timeout: 15)
    XCTAssertTrue(
      GuideFacts.stepList(passed).contains("✓ \(policy) \(title)"), passed)
    try session.type("q")
    try session.assertExited(with: 0, "quit after the fix")
  }
}

/// Number of ticked checklist items on a screen.
func ticks(in screen: String) -> Int {
  screen.components(separatedBy: "[x]").count - 1
}

/// True when the field under `label` is the selected row (`▸ [`).
func selected(_ label: String, _ screen: String) -> Bool {
  let lines = screen.components(separatedBy: "\n")
  guard let index = lines.firstIndex(where: { $0.contains(label) }),
    index + 1 < lines.count
  else { return false }
  return lines[index + 1].contains("▸ [")
}

/// The words of the right-hand line that starts with `label`.
func row(_ label: String, _ screen: String) -> [String] {
  for line in screen.components(separatedBy: "\n") {
    let right = line.components(separatedBy: "│").last ?? ""
    let words = right.split(separator: " ").map(String.init)
    if words.first == label { return words }
  }
  return []
}

/// The right-hand column's text joined into one line, so wrapped
/// sentences read whole.
func flattened(_ screen: String) -> String {
  screen.components(separatedBy: "\n")
    .map { $0.components(separatedBy: "│").dropFirst().joined(separator: "│") }
    .joined(separator: " ").split(separator: " ").joined(separator: " ")
}
