import Foundation
import TurkLinkCore
import XCTest

@testable import TurkLinkTUI

final class TermPlainWizardTests: XCTestCase {
  private func run(
    _ io: ScriptedIO, performer: PlainPerformer, guide: Guide = TestGuide.guide,
    start: StepID? = nil, single: Bool = false, demoKeys: [DemoKey] = []
  ) -> Int32 {
    let settings = PlainSettings(
      startStep: start, singleStep: single, profile: "mturk", prefill: nil,
      demoKeys: demoKeys)
    return PlainWizard(
      guide: guide, progress: Progress(), settings: settings, io: io, performer: performer
    ).run()
  }

  func testDoneSkipQuit() {
    let io = ScriptedIO(lines: ["y", "s", "q"])
    let performer = PlainPerformer()
    XCTAssertEqual(run(io, performer: performer), 0)

    let steps = TestGuide.guide.steps
    XCTAssertEqual(performer.saved.last?.isDone(steps[0]), true)
    XCTAssertEqual(performer.saved.count, 1)
    XCTAssertTrue(io.output.contains("Step 1 of 7: \(steps[0].title)"))
    XCTAssertTrue(io.output.contains("Step 3 of 7: \(steps[2].title)"))
    XCTAssertFalse(io.output.contains(steps[3].title))
    XCTAssertTrue(io.output.contains("your progress is saved"))
  }

  func testUnclearAnswerIsAskedAgain() {
    let io = ScriptedIO(lines: ["maybe", "q"])
    XCTAssertEqual(run(io, performer: PlainPerformer()), 0)
    XCTAssertEqual(io.output.components(separatedBy: "[y/s/q]").count, 3)
  }

  func testEndOfInputQuits() {
    let io = ScriptedIO(lines: [])
    let performer = PlainPerformer()
    XCTAssertEqual(run(io, performer: performer), 0)
    XCTAssertTrue(io.output.hasSuffix("Run turklink again to go on.\n"))
    XCTAssertEqual(performer.saved, [])
  }

  func testControlCharactersNeverReachTheOutput() {
    let step = Step(
      id: .policy, title: "T\u{1b}[2Jitle", summary: "Red \u{1b}[31mtext\u{07}\u{9b}1m",
      items: ["one\r"], links: [GuideLink(label: "L", url: "https://x.test/\u{1b}]8;;")])
    let io = ScriptedIO(lines: ["q"])
    XCTAssertEqual(
      run(io, performer: PlainPerformer(), guide: Guide(title: "G", steps: [step])), 0)

    let controls = io.output.unicodeScalars.map(\.value).filter {
      ($0 < 0x20 && $0 != 0x0a) || (0x7f..<0xa0).contains($0)
    }
    XCTAssertEqual(controls, [])
    XCTAssertTrue(io.output.contains("Red [31mtext1m"))
  }

  func testKeyCheckSavesSummaryAndNeverPrintsTheSecret() {
    let io = ScriptedIO(lines: ["n", "y"], secrets: [" \(Fake.id) ", Fake.secret])
    let performer = PlainPerformer()
    XCTAssertEqual(run(io, performer: performer, start: .accessKeys, single: true), 0)

    XCTAssertEqual(performer.performed.first, .runCheck(Fake.keys))
    XCTAssertFalse(io.output.contains(Fake.secret))
    XCTAssertTrue(io.output.contains("The keys work."))
    XCTAssertTrue(io.output.contains(Reports.identity.arn))
    let last = performer.saved.last
    XCTAssertEqual(last?.lastCheck?.keyID, "…MPLE")
    XCTAssertEqual(last?.lastCheck?.ok, true)
    XCTAssertEqual(last.map { $0.isDone(TestGuide.guide.step(.accessKeys)!) }, true)
  }

  func testExistingProfileIsReplacedOnlyWhenConfirmed() {
    let cases: [(id: String, answer: String, saves: [Bool])] = [
      ("replace", "y", [false, true]), ("keep", "n", [false]),
    ]
    for item in cases {
      let io = ScriptedIO(lines: ["y", item.answer, "q"], secrets: [Fake.id, Fake.secret])
      let performer = PlainPerformer()
      performer.existingProfiles = ["mturk"]
      _ = run(io, performer: performer, start: .accessKeys, single: true)

      let replaces = performer.performed.compactMap { effect -> Bool? in
        if case .saveKeys(_, _, let replace) = effect { return replace }
        return nil
      }
      XCTAssertEqual(replaces, item.saves, item.id)
    }
  }

  func testFailedCheckNamesTheStepToRedo() {
    let io = ScriptedIO(lines: ["q"], secrets: [Fake.id, Fake.secret])
    let performer = PlainPerformer()
    performer.report = Reports.noPolicy
    _ = run(io, performer: performer, start: .accessKeys, single: true)

    let policy = TestGuide.guide.step(.policy)!.title
    XCTAssertTrue(io.output.contains("Redo step 5: \(policy)."), io.output)
    XCTAssertTrue(io.output.contains("The keys do not work yet."))
    XCTAssertEqual(performer.saved.last?.lastCheck?.ok, false)
  }

  func testDemoKeysAreChosenByNumber() {
    let other = AccessKeys(accessKeyID: "AKIAI44QH8DHBEXAMPLE", secret: Fake.secret)
    let demos = [
      DemoKey(label: "healthy", keys: Fake.keys, summary: "works"),
      DemoKey(label: "other", keys: other, summary: "also fake"),
    ]
    let io = ScriptedIO(lines: ["n", "q"], secrets: ["2"])
    let performer = PlainPerformer()
    _ = run(io, performer: performer, start: .accessKeys, single: true, demoKeys: demos)

    XCTAssertEqual(performer.performed.first, .runCheck(other))
    XCTAssertTrue(io.output.contains("  2. other: also fake"))
    XCTAssertFalse(io.output.contains(Fake.secret))
  }
}
