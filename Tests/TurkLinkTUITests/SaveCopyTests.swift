import Foundation
import TurkLinkCore
import XCTest

@testable import TurkLinkTUI

/// After a check: saving to the credentials profile, copying for
/// CloudResearch, messages from effects, and the balance screen.
final class SaveCopyTests: XCTestCase {
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

  func testTheReplaceQuestionShowsOnAnyScreen() {
    var driver = readyDriver()
    driver.press(.char("c"))
    driver.send(.checkFinished(Reports.passing))
    driver.press(.char("s"), .enter)
    XCTAssertEqual(driver.state.screen, .step(.cloudresearchEntry))
    driver.send(.profileExists(profile: "mturk"))
    XCTAssertTrue(
      driver.screen.contains(
        "Profile \"mturk\" already exists. Replace it? (y/n)"))
    XCTAssertEqual(
      driver.press(.char("y")),
      [.saveKeys(Fake.keys, profile: "mturk", replace: true)])
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
