import Foundation
import TurkLinkCore
import XCTest

@testable import TurkLinkTUI

/// After a check plain mode offers r: the keys again, or the same keys
/// checked again, and says which step fixes a failure.
final class TermPlainRetryTests: XCTestCase {
  func testEnterAfterRetryChecksTheSameKeysAgain() {
    let io = ScriptedIO(lines: ["r", "n", "y"], secrets: [Fake.id, Fake.secret, ""])
    let performer = PlainPerformer()
    performer.reports = [Reports.noPolicy]
    runKeyStep(io, performer: performer)

    let checks = performer.performed.filter { $0 == .runCheck(Fake.keys) }
    XCTAssertEqual(checks.count, 2)
    XCTAssertTrue(io.output.contains("r = enter the keys again / check again"), io.output)
    XCTAssertTrue(io.output.contains("Enter to check the same keys again"), io.output)
    XCTAssertEqual(performer.saved.last?.lastCheck?.ok, true)
    XCTAssertEqual(performer.saved.last?.isDone(TestGuide.guide.step(.accessKeys)!), true)
  }

  func testRetryTakesNewKeys() {
    // Another fake ID in the same style, valid base-32 throughout.
    let other = AccessKeys(accessKeyID: "AKIAI44QHZDHBEXAMPLE", secret: Fake.secret)
    let io = ScriptedIO(
      lines: ["r", "n", "q"], secrets: [Fake.id, Fake.secret, other.accessKeyID, Fake.secret])
    let performer = PlainPerformer()
    performer.reports = [Reports.wrongSecret]
    runKeyStep(io, performer: performer)

    XCTAssertEqual(performer.performed.filter(\.isCheck), [.runCheck(Fake.keys), .runCheck(other)])
    XCTAssertFalse(io.output.contains(Fake.secret))
  }

  func testFailureSaysWhichStepToRedo() {
    let guide = TestGuide.guide
    let cases: [(id: String, report: CheckReport, says: String)] = [
      ("policy", Reports.noPolicy,
       "To fix it, redo step 5 (\(guide.step(.policy)!.title)) in the AWS console, "
         + "then answer r to check again."),
      ("not linked", Reports.notLinked, "redo step 3 (\(guide.step(.requesterAccount)!.title))"),
      ("wrong secret", Reports.wrongSecret, "Answer r to enter the keys again."),
      ("network", Reports.network, "Answer r to check again."),
    ]
    for item in cases {
      let io = ScriptedIO(lines: ["q"], secrets: [Fake.id, Fake.secret])
      let performer = PlainPerformer()
      performer.report = item.report
      runKeyStep(io, performer: performer)
      XCTAssertTrue(io.output.contains(item.says), "\(item.id):\n\(io.output)")
    }
  }
}

extension Effect {
  /// Whether the effect is a key check.
  fileprivate var isCheck: Bool {
    if case .runCheck = self { return true }
    return false
  }
}

/// End of input at any plain prompt quits cleanly and keeps progress.
final class TermPlainEndOfInputTests: XCTestCase {
  private struct EndCase {
    let id: String
    let lines: [String]
    let secrets: [String]
    let checked: Bool
    var profiles: Set<String> = []
  }

  func testEndOfInputAtEveryPromptQuitsWithProgressKept() {
    let csvHeader = "Access key ID,Secret access key"
    let cases = [
      EndCase(id: "key id", lines: [], secrets: [], checked: false),
      EndCase(id: "secret", lines: [], secrets: [Fake.id], checked: false),
      EndCase(id: "id after a secret", lines: [], secrets: [Fake.secret], checked: false),
      EndCase(id: "csv row after header", lines: [], secrets: [csvHeader], checked: false),
      EndCase(id: "save", lines: [], secrets: [Fake.id, Fake.secret], checked: true),
      EndCase(
        id: "replace", lines: ["y"], secrets: [Fake.id, Fake.secret], checked: true,
        profiles: ["mturk"]),
      EndCase(id: "done", lines: ["n"], secrets: [Fake.id, Fake.secret], checked: true),
      EndCase(id: "retry", lines: ["n", "r"], secrets: [Fake.id, Fake.secret], checked: true),
    ]
    for item in cases {
      let io = ScriptedIO(lines: item.lines, secrets: item.secrets)
      let performer = PlainPerformer()
      performer.existingProfiles = item.profiles
      XCTAssertEqual(runKeyStep(io, performer: performer), 0, item.id)

      XCTAssertTrue(io.output.contains("Stopped; your progress is saved."), item.id)
      XCTAssertEqual(performer.saved.last?.lastCheck != nil, item.checked, item.id)
      XCTAssertFalse(io.output.contains(Fake.secret), item.id)
    }
  }
}
