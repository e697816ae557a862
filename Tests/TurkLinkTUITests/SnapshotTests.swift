import Foundation
import TurkLinkCore
import XCTest

@testable import TurkLinkTUI

/// Frames rendered as text and compared with the files in Snapshots/.
/// `UPDATE_SNAPSHOTS=1 swift test --filter SnapshotTests` rewrites them.
final class SnapshotTests: XCTestCase {
  private static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .appendingPathComponent("Snapshots")

  /// One case: a name, a size, and the events that lead to the screen.
  private struct Case: Sendable {
    var id: String
    var width: Int
    var height: Int
    /// Start with nothing ticked instead of steps 1 to 6 done.
    var fresh = false
    var setup: @Sendable (inout Driver) -> Void
  }

  private static func checked(_ report: CheckReport)
    -> @Sendable (inout Driver) -> Void
  {
    { driver in
      driver.press(.char("6"))
      driver.send(.paste("\(Fake.id),\(Fake.secret)"))
      driver.press(.char("c"))
      driver.send(.checkFinished(report))
    }
  }

  private static let cases: [Case] = [
    Case(id: "first-step-80x24", width: 80, height: 24, fresh: true) { _ in },
    Case(id: "first-step-done-80x24", width: 80, height: 24) { _ in },
    Case(id: "aws-account-120x40", width: 120, height: 40, fresh: true) {
      driver in
      driver.press(.char("2"), .enter, .enter, .char(" "), .down)
    },
    Case(id: "aws-account-scrolled-80x24", width: 80, height: 24) { driver in
      driver.press(.char("2"))
      for _ in 0..<9 { driver.press(.down) }
    },
    Case(id: "step-list-focus-80x24", width: 80, height: 24) { driver in
      driver.press(.tab, .down, .down)
    },
    Case(id: "help-80x24", width: 80, height: 24) { driver in
      driver.press(.char("?"))
    },
    Case(id: "access-keys-empty-80x24", width: 80, height: 24) { driver in
      driver.press(.char("6"), .escape)
      driver.state.cursor = driver.state.rows.firstIndex(of: .keyID)!
    },
    Case(id: "access-keys-chooser-80x24", width: 80, height: 24) { driver in
      driver.press(.char("6"))
      driver.send(.paste(KeyChooserTests.twoRows))
      driver.press(.down)
    },
    Case(id: "access-keys-chooser-120x40", width: 120, height: 40) { driver in
      driver.press(.char("6"))
      driver.send(.paste(KeyChooserTests.twoRows))
    },
    Case(id: "access-keys-csv-pasted-80x24", width: 80, height: 24) { driver in
      driver.press(.char("6"))
      driver.send(
        .paste("Access key ID,Secret access key\n\(Fake.id),\(Fake.secret)\n"))
    },
    Case(id: "access-keys-swapped-120x40", width: 120, height: 40) { driver in
      driver.press(.char("6"))
      driver.state.cursor = driver.state.rows.firstIndex(of: .keyID)!
      driver.send(.paste(Fake.secret))
      driver.press(.down)
      driver.send(.paste(Fake.id))
    },
    Case(id: "access-keys-asia-80x24", width: 80, height: 24) { driver in
      driver.press(.char("6"))
      driver.state.cursor = driver.state.rows.firstIndex(of: .keyID)!
      driver.send(.paste("ASIAIOSFODNN7EXAMPLE"))
    },
    Case(id: "checking-80x24", width: 80, height: 24) { driver in
      driver.press(.char("6"))
      driver.send(.paste("\(Fake.id),\(Fake.secret)"))
      driver.press(.char("c"))
      driver.send(.tick, .tick, .tick)
    },
    Case(
      id: "results-not-linked-80x24", width: 80, height: 24,
      setup: checked(Reports.notLinked)),
    Case(
      id: "results-network-80x24", width: 80, height: 24,
      setup: checked(Reports.network)),
    Case(
      id: "results-root-80x24", width: 80, height: 24,
      setup: checked(Reports.root)),
    Case(
      id: "results-pass-120x40", width: 120, height: 40,
      setup: checked(Reports.passing)),
    Case(id: "results-replace-80x24", width: 80, height: 24) { driver in
      checked(Reports.passing)(&driver)
      driver.press(.char("s"))
      driver.send(.profileExists(profile: "mturk"))
    },
    Case(id: "entry-copy-80x24", width: 80, height: 24) { driver in
      checked(Reports.passing)(&driver)
      driver.press(.enter)
      driver.state.cursor = driver.state.rows.firstIndex(of: .copySecret)!
    },
    Case(id: "balance-zero-80x24", width: 80, height: 24) { driver in
      checked(Reports.zero)(&driver)
      driver.press(.tab, .down, .down)
    },
    Case(id: "balance-120x40", width: 120, height: 40) { driver in
      checked(Reports.passing)(&driver)
      driver.press(.tab, .down, .down, .tab)
    },
    Case(
      id: "results-several-120x40", width: 120, height: 40,
      setup: checked(Reports.several)),
    Case(
      id: "results-long-80x24", width: 80, height: 24,
      setup: checked(Reports.long)),
    Case(id: "results-long-scrolled-80x24", width: 80, height: 24) { driver in
      checked(Reports.long)(&driver)
      driver.press(.pageDown)
    },
    Case(id: "entry-no-keys-80x24", width: 80, height: 24) { driver in
      driver.press(.char("7"), .down, .down, .down, .down, .down, .down)
    },
    Case(id: "balance-no-check-80x24", width: 80, height: 24) { driver in
      driver.press(.tab, .char("7"), .tab, .down)
    },
    Case(id: "enlarge-79x24", width: 79, height: 24) { _ in },
    Case(id: "enlarge-30x8", width: 30, height: 8) { _ in },
    Case(id: "enlarge-1x1", width: 1, height: 1) { _ in },
  ]

  func testSnapshots() throws {
    let update = ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1"
    for testCase in Self.cases {
      var driver = driverAtAccessKeys(
        width: testCase.width, height: testCase.height)
      if testCase.fresh { driver.state.progress = Progress() }
      driver.state.screen = .step(.cloudresearchAccount)
      driver.state.cursor = 0
      testCase.setup(&driver)
      try compare(driver.screen, id: testCase.id, update: update)
    }
  }

  func testDemoAsciiAndWarningSnapshots() throws {
    let update = ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1"
    let demo = DemoKey(
      label: "working keys", keys: Fake.keys, summary: "the check passes")
    var driver = driverAtAccessKeys(
      options: AppOptions(
        demo: true, demoKeys: [demo], symbols: .ascii,
        warnings: [
          "progress.json was unreadable and was set aside as progress.json.bad"
        ]))
    try compare(driver.screen, id: "demo-ascii-warning-80x24", update: update)

    driver.press(.escape, .char("d"))
    try compare(driver.screen, id: "demo-ascii-keys-80x24", update: update)
  }

  private func compare(_ text: String, id: String, update: Bool) throws {
    XCTAssertFalse(text.contains(Fake.secret), "\(id): the secret is on screen")
    XCTAssertFalse(
      text.contains("EXAMPLEKEY"), "\(id): part of the secret is on screen")
    let file = Self.folder.appendingPathComponent(id + ".txt")
    if update {
      try FileManager.default.createDirectory(
        at: Self.folder, withIntermediateDirectories: true)
      try (text + "\n").write(to: file, atomically: true, encoding: .utf8)
      return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
      XCTFail("\(id): no snapshot; run with UPDATE_SNAPSHOTS=1 and read it")
      return
    }
    XCTAssertEqual(
      text + "\n", expected, "\(id) differs from Snapshots/\(id).txt")
  }
}
