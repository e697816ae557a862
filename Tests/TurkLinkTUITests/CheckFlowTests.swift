import Foundation
import TurkLinkCore
import XCTest

@testable import TurkLinkTUI

final class CheckFlowTests: XCTestCase {
  /// At access-keys with both keys pasted, cursor on "Check keys".
  private func readyDriver(options: AppOptions = AppOptions()) -> Driver {
    var driver = driverAtAccessKeys(options: options)
    driver.send(.paste("\(Fake.id),\(Fake.secret)"))
    return driver
  }

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
    var driver = readyDriver()
    driver.press(.char("c"))
    let effects = driver.send(.checkFinished(Reports.passing))

    XCTAssertEqual(effects, [.saveProgress(driver.state.progress)])
    let summary = try XCTUnwrap(driver.state.progress.lastCheck)
    XCTAssertEqual([summary.keyID, "\(summary.ok)"], ["…MPLE", "true"])
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

  func testSavingAskedBeforeReplacingAProfile() {
    var driver = readyDriver(options: AppOptions(profile: "lab"))
    driver.press(.char("c"))
    driver.send(.checkFinished(Reports.passing))

    XCTAssertEqual(
      driver.press(.char("s")),
      [.saveKeys(Fake.keys, profile: "lab", replace: false)])
    driver.send(.profileExists(profile: "lab"))
    XCTAssertTrue(
      driver.screen.contains(
        "Profile \"lab\" already exists. Replace it? (y/n)"))
    XCTAssertEqual(driver.press(.char("q")), [], "only y or n answers")
    XCTAssertEqual(
      driver.press(.char("y")),
      [.saveKeys(Fake.keys, profile: "lab", replace: true)])
    driver.send(.keysSaved(profile: "lab"))
    XCTAssertEqual(driver.state.save, .saved(profile: "lab"))
  }

  func testDecliningTheReplaceKeepsTheProfile() {
    var driver = readyDriver()
    driver.press(.char("c"))
    driver.send(.checkFinished(Reports.passing))
    driver.press(.char("s"))
    driver.send(.profileExists(profile: "mturk"))
    XCTAssertEqual(driver.press(.char("n")), [])
    XCTAssertEqual(driver.state.save, .idle)
  }

  func testFailedKeysAreNotOfferedForSaving() {
    var driver = readyDriver()
    driver.press(.char("c"))
    driver.send(.checkFinished(Reports.noPolicy))
    XCTAssertEqual(driver.press(.char("s")), [])
    XCTAssertFalse(driver.screen.contains("press s to save"))
  }

  func testAfterAPassEnterGoesToCloudResearchEntryThenCopies() {
    var driver = readyDriver()
    driver.press(.char("c"))
    driver.send(.checkFinished(Reports.passing))
    driver.press(.enter)
    XCTAssertEqual(driver.state.screen, .step(.cloudresearchEntry))
    XCTAssertEqual(
      driver.press(.char("i")), [.copy(Fake.id, label: "access key ID")])
    XCTAssertEqual(
      driver.press(.char("s")), [.copy(Fake.secret, label: "secret")])
  }

  func testWithoutAClipboardTheKeysAreShownInstead() {
    var driver = readyDriver(options: AppOptions(clipboardAvailable: false))
    driver.press(.char("c"))
    driver.send(.checkFinished(Reports.passing))
    driver.press(.enter)
    XCTAssertTrue(driver.screen.contains("cannot reach the clipboard"))
    XCTAssertEqual(driver.press(.char("s")), [])
    XCTAssertTrue(driver.state.entry.secret.revealed)
  }

  func testCopyWithoutKeysSaysWhereToGetThem() {
    var driver = Driver(options: AppOptions(startStep: .cloudresearchEntry))
    XCTAssertEqual(driver.press(.char("i")), [])
    XCTAssertTrue(driver.screen.contains("No keys in this session"))
  }

  func testFailureAndNoticeEventsShowOnTheMessageRow() {
    var driver = Driver()
    driver.send(.failure("Could not open the browser\u{1b}[2J"))
    XCTAssertEqual(
      driver.state.message,
      Message("Could not open the browser[2J", tone: .error))
    driver.send(.notice("Copied"))
    XCTAssertEqual(driver.state.message, Message("Copied", tone: .success))
  }

  func testBalanceScreenAfterTheLastStep() {
    var driver = readyDriver()
    driver.press(.char("c"))
    driver.send(.checkFinished(Reports.zero))
    driver.press(.enter)
    driver.state.progress.tickAll(TestGuide.guide.step(.cloudresearchEntry)!)
    driver.press(.up, .enter)
    XCTAssertEqual(driver.state.screen, .balance)
    XCTAssertTrue(driver.screen.contains("prepaid balance"))
    XCTAssertTrue(
      driver.screen.contains("Keys of IAM user lab-user, AWS account"))
    XCTAssertFalse(driver.screen.contains("--profile mturk"), "below the fold")
    driver.press(.pageDown)
    XCTAssertTrue(driver.screen.contains("--profile mturk"))
    driver.press(.pageUp, .char("k"))
    XCTAssertEqual(driver.state.scroll, 0)
  }
}
