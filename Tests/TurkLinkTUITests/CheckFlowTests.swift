import Foundation
import TurkLinkCore
import XCTest

@testable import TurkLinkTUI

final class CheckFlowTests: XCTestCase {
  func testCheckRunsSpinsAndCancels() {
    var driver = readyDriver()
    XCTAssertEqual(driver.press(.char("c")), [.runCheck(Fake.keys)])
    XCTAssertTrue(driver.state.needsTicks)

    let before = driver.screen
    driver.send(.tick)
    XCTAssertNotEqual(driver.screen, before, "the spinner turns")
    XCTAssertEqual(driver.press(.char("j")), [], "keys wait while checking")

    XCTAssertEqual(driver.press(.escape), [.cancelCheck])
    XCTAssertFalse(driver.state.needsTicks)
    XCTAssertEqual(
      driver.send(.checkFinished(Reports.passing)), [],
      "a late answer is dropped")
    XCTAssertNil(driver.state.report)
    XCTAssertEqual(driver.state.screen, .step(.accessKeys))
  }

  func testEnterOnTheCheckActionRunsTheCheck() {
    var driver = readyDriver()
    XCTAssertEqual(driver.state.currentRow, .checkKeys)
    XCTAssertEqual(driver.press(.enter), [.runCheck(Fake.keys)])
  }

  func testQuitDuringACheckCancelsIt() {
    var driver = readyDriver()
    driver.press(.char("c"))
    XCTAssertEqual(driver.press(.char("q")), [.cancelCheck, .quit])
  }

  func testBadFormatBlocksTheCheck() {
    var driver = driverAtAccessKeys()
    driver.type("AKIA")
    driver.press(.escape)
    XCTAssertEqual(driver.press(.char("c")), [])
    XCTAssertFalse(driver.state.checkRunning)
    XCTAssertEqual(driver.state.message?.tone, .error)
  }

  func testAPassingCheckStoresOnlyASafeSummaryAndMarksTheStepDone() throws {
    let when = Date(timeIntervalSince1970: 1_764_000_000)
    var driver = readyDriver(options: AppOptions(clock: { when }))
    driver.press(.char("c"))
    let effects = driver.send(.checkFinished(Reports.passing))

    XCTAssertEqual(effects, [.saveProgress(driver.state.progress)])
    let summary = try XCTUnwrap(driver.state.progress.lastCheck)
    XCTAssertEqual([summary.keyID, "\(summary.ok)"], ["…MPLE", "true"])
    XCTAssertEqual(summary.date, when, "the date comes from the options' clock")
    XCTAssertEqual(summary.codes, [])
    XCTAssertTrue(
      driver.state.progress.isDone(TestGuide.guide.step(.accessKeys)!))

    let saved = String(
      decoding: try JSONEncoder().encode(driver.state.progress), as: UTF8.self)
    XCTAssertFalse(saved.contains(Fake.secret))
    XCTAssertFalse(saved.contains(Fake.id), "only the short key id is stored")
  }

  func testAFailingCheckLeavesTheStepUndoneAndFlagsSteps() {
    var driver = readyDriver()
    driver.press(.char("c"))
    driver.send(.checkFinished(Reports.notLinked))

    XCTAssertEqual(driver.state.screen, .results)
    XCTAssertEqual(driver.state.progress.lastCheck?.codes, ["not-linked"])
    XCTAssertFalse(
      driver.state.progress.isDone(TestGuide.guide.step(.accessKeys)!))
    let guide = TestGuide.guide
    XCTAssertEqual(
      driver.state.mark(of: guide.step(.requesterAccount)!), .attention)
    XCTAssertTrue(
      driver.screen.contains("press g to go to step 3: Create the MTurk"))
  }

  func testDiagnosisJumpAndReturnToTheCheck() {
    var driver = readyDriver()
    driver.press(.char("c"))
    driver.send(.checkFinished(Reports.noPolicy))
    driver.press(.char("g"))
    XCTAssertEqual(driver.state.screen, .step(.policy))
    XCTAssertEqual(driver.state.returnTo, .accessKeys)

    driver.press(.enter)
    XCTAssertEqual(
      driver.state.screen, .step(.accessKeys),
      "checklist was done: Enter returns")
    XCTAssertEqual(driver.state.currentRow, .checkKeys)
    XCTAssertNil(driver.state.returnTo)
    XCTAssertEqual(driver.press(.char("c")), [.runCheck(Fake.keys)])
  }

  func testJumpReturnsOnceTheLastItemIsTicked() {
    var driver = readyDriver()
    driver.state.progress.reset(.requesterAccount)
    driver.press(.char("c"))
    driver.send(.checkFinished(Reports.notLinked))
    driver.press(.char("g"))
    XCTAssertEqual(driver.state.screen, .step(.requesterAccount))

    driver.press(.enter, .enter, .enter, .enter)
    XCTAssertEqual(
      driver.state.screen, .step(.requesterAccount), "one item left")
    driver.press(.char(" "))
    XCTAssertEqual(driver.state.screen, .step(.accessKeys))
    XCTAssertEqual(
      driver.state.message?.text,
      "Step 3 is done: check the keys again (press c).")
  }

  func testOnlyTheStepBeingFixedLeadsBack() {
    var driver = readyDriver()
    driver.state.progress.reset(.cloudresearchAccount)
    driver.press(.char("c"))
    driver.send(.checkFinished(Reports.noPolicy))
    driver.press(.char("g"), .char("1"), .enter, .enter, .enter)
    XCTAssertEqual(driver.state.screen, .step(.cloudresearchAccount))
    XCTAssertEqual(driver.state.fixing, .policy, "step 1 is not the one fixed")

    driver.press(.char("5"), .enter)
    XCTAssertEqual(driver.state.screen, .step(.accessKeys))
    XCTAssertNil(driver.state.fixing)
  }

  func testASandboxOnlyAnswerDoesNotFinishTheStep() {
    var driver = readyDriver()
    driver.press(.char("c"))
    let sandboxOnly = CheckReport(
      identity: Reports.identity,
      balances: [.sandbox: Balance(available: "10000.00", onHold: nil)],
      checked: [.sandbox])
    XCTAssertTrue(sandboxOnly.ok, "the report itself passes")
    driver.send(.checkFinished(sandboxOnly))
    XCTAssertEqual(driver.state.progress.lastCheck?.ok, false)
    XCTAssertFalse(
      driver.state.progress.isDone(TestGuide.guide.step(.accessKeys)!))
  }

  func testPastingNewKeysOnTheResultsScreenGoesBackToTheFields() {
    var driver = readyDriver()
    driver.press(.char("c"))
    driver.send(.checkFinished(Reports.wrongSecret))
    driver.send(.paste("\(Fake.id),\(Fake.secret)\n"))
    XCTAssertEqual(driver.state.screen, .step(.accessKeys))
    XCTAssertEqual(driver.state.currentRow, .checkKeys)
  }

  func testEachDiagnosisWithAStepOffersAKey() {
    var driver = readyDriver()
    driver.state.width = 120
    driver.state.height = 40
    driver.press(.char("c"))
    driver.send(.checkFinished(Reports.several))
    let screen = driver.screen
    XCTAssertTrue(
      screen.contains("press g to go to step 3: Create the MTurk requester"),
      "g for the error, the most important")
    XCTAssertTrue(
      screen.contains("press 4 to go to step 4: Create an IAM user"))

    driver.press(.char("4"))
    XCTAssertEqual(driver.state.screen, .step(.iamUser))
    XCTAssertEqual(driver.state.fixing, .iamUser)
  }

  func testWrongSecretJumpsToTheSecretField() {
    var driver = readyDriver()
    driver.press(.char("c"))
    driver.send(.checkFinished(Reports.wrongSecret))
    driver.press(.char("g"))
    XCTAssertEqual(driver.state.screen, .step(.accessKeys))
    XCTAssertEqual(driver.state.currentRow, .secret)
    XCTAssertNil(driver.state.returnTo)
  }

  func testTransientFailureOffersRetry() {
    var driver = readyDriver()
    driver.press(.char("c"))
    driver.send(.checkFinished(Reports.network))
    XCTAssertTrue(driver.screen.contains("press r to retry"))
    XCTAssertEqual(driver.press(.char("g")), [], "no step fixes the network")
    XCTAssertEqual(driver.press(.char("r")), [.runCheck(Fake.keys)])
  }
}
