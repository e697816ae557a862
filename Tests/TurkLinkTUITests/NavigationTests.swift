import TurkLinkCore
import XCTest

@testable import TurkLinkTUI

final class NavigationTests: XCTestCase {
  func testStartsAtTheFirstUnfinishedStep() {
    let driver = Driver(progress: progress(ticking: 2))
    XCTAssertEqual(driver.state.screen, .step(.requesterAccount))
    XCTAssertEqual(driver.state.cursor, 0)
  }

  func testStartStepOptionWins() {
    let driver = Driver(options: AppOptions(startStep: .policy))
    XCTAssertEqual(driver.state.screen, .step(.policy))
  }

  func testCursorStartsOnTheFirstUntickedItem() {
    var ticks = Progress()
    ticks.toggle(.cloudresearchAccount, item: 0)
    ticks.toggle(.cloudresearchAccount, item: 1)
    XCTAssertEqual(Driver(progress: ticks).state.cursor, 2)
  }

  func testSpaceTicksUnticksAndSavesEveryChange() {
    var driver = Driver()
    let first = driver.press(.char(" "))
    XCTAssertTrue(
      driver.state.progress.isTicked(.cloudresearchAccount, item: 0))
    XCTAssertEqual(first, [.saveProgress(driver.state.progress)])

    let second = driver.press(.char(" "))
    XCTAssertFalse(
      driver.state.progress.isTicked(.cloudresearchAccount, item: 0))
    XCTAssertEqual(second, [.saveProgress(driver.state.progress)])
  }

  func testArrowsAndJKMoveWithinTheChecklist() {
    var driver = Driver()
    driver.press(.down, .char("j"), .down, .down)
    XCTAssertEqual(driver.state.cursor, 2, "stops on the last of 3 items")
    driver.press(.char("k"), .up, .up)
    XCTAssertEqual(driver.state.cursor, 0)
  }

  func testEnterTicksMovesDownThenGoesToTheNextStep() {
    var driver = Driver()
    let effects = driver.press(.enter, .enter, .enter)
    XCTAssertEqual(effects.count, 3, "one save per tick")
    XCTAssertTrue(driver.state.progress.isDone(TestGuide.guide.steps[0]))
    XCTAssertEqual(driver.state.screen, .step(.cloudresearchAccount))

    XCTAssertEqual(driver.press(.enter), [])
    XCTAssertEqual(driver.state.screen, .step(.awsAccount))
  }

  func testEnterOnATickedItemDoesNotUntickIt() {
    var driver = Driver()
    driver.press(.char(" "), .enter)
    XCTAssertTrue(
      driver.state.progress.isTicked(.cloudresearchAccount, item: 0))
    XCTAssertEqual(driver.state.cursor, 1)
  }

  func testEscAndBackspaceGoBackAStep() {
    var driver = Driver(options: AppOptions(startStep: .policy))
    driver.press(.escape)
    XCTAssertEqual(driver.state.screen, .step(.iamUser))
    driver.press(.backspace)
    XCTAssertEqual(driver.state.screen, .step(.requesterAccount))
  }

  func testBackOnTheFirstStepStaysAndSaysSo() {
    var driver = Driver()
    driver.press(.escape)
    XCTAssertEqual(driver.state.screen, .step(.cloudresearchAccount))
    XCTAssertEqual(driver.state.message?.text, "This is the first step.")
  }

  func testTabMovesFocusToTheStepListWhereArrowsPickSteps() {
    var driver = Driver()
    driver.press(.tab)
    XCTAssertEqual(driver.state.focus, .steps)
    driver.press(.down, .char("j"))
    XCTAssertEqual(driver.state.screen, .step(.requesterAccount))
    XCTAssertEqual(driver.state.focus, .steps)

    driver.press(.tab)
    XCTAssertEqual(driver.state.focus, .content)
    driver.press(.char(" "))
    XCTAssertTrue(driver.state.progress.isTicked(.requesterAccount, item: 0))
  }

  func testStepListEndsOnTheBalanceEntry() {
    var driver = Driver(options: AppOptions(startStep: .cloudresearchEntry))
    driver.press(.tab, .down, .down)
    XCTAssertEqual(driver.state.screen, .balance)
    driver.press(.up)
    XCTAssertEqual(driver.state.screen, .step(.cloudresearchEntry))
  }

  func testHelpOverlayOpensAndAnyKeyClosesWithoutActing() {
    var driver = Driver()
    driver.press(.char("?"))
    XCTAssertTrue(driver.state.showHelp)
    XCTAssertTrue(driver.screen.contains("Press any key to close."))

    XCTAssertEqual(driver.press(.char("q")), [])
    XCTAssertFalse(driver.state.showHelp)
    XCTAssertFalse(driver.state.shouldQuit)
  }

  func testQuitKeepsProgressAndAsksTheRunnerToLeave() {
    var driver = Driver()
    driver.press(.char(" "))
    XCTAssertEqual(driver.press(.char("q")), [.quit])
    XCTAssertTrue(driver.state.shouldQuit)
    XCTAssertTrue(
      driver.state.progress.isTicked(.cloudresearchAccount, item: 0))
  }

  func testCtrlCQuitsEvenInAKeyField() {
    var driver = driverAtAccessKeys()
    XCTAssertTrue(driver.state.isEditingField)
    XCTAssertEqual(driver.press(.ctrl("c")), [.quit])
  }

  func testOOpensTheFirstLink() {
    var driver = Driver(options: AppOptions(startStep: .awsAccount))
    XCTAssertEqual(
      driver.press(.char("o")),
      [.openURL("https://requester.mturk.com/developer")])
  }

  func testDigitsJumpToSteps() {
    var driver = Driver()
    driver.press(.char("5"))
    XCTAssertEqual(driver.state.screen, .step(.policy))
    driver.press(.char("9"))
    XCTAssertEqual(driver.state.screen, .step(.policy), "no step 9")
  }

  func testTheLastStepLeadsToTheBalanceScreenAndEnterFinishes() {
    var driver = Driver(
      progress: progress(ticking: 7),
      options: AppOptions(
        startStep: .cloudresearchEntry))
    driver.press(.enter)
    XCTAssertEqual(driver.state.screen, .balance)
    XCTAssertEqual(driver.press(.enter), [.quit])
  }

  func testSingleStepLeavesAfterThatStep() {
    var driver = Driver(
      progress: progress(ticking: 4),
      options: AppOptions(
        startStep: .iamUser, singleStep: true))
    XCTAssertEqual(driver.press(.enter), [.quit])
    XCTAssertTrue(driver.state.shouldQuit)
  }

  func testStepMarks() {
    var ticks = progress(ticking: 2)
    ticks.lastCheck = Progress.CheckSummary(
      date: .distantPast, keyID: "…MPLE", ok: false,
      codes: ["wrong-secret"])
    let driver = Driver(
      progress: ticks, options: AppOptions(startStep: .iamUser))
    let marks = TestGuide.guide.steps.map { driver.state.mark(of: $0) }
    XCTAssertEqual(
      marks, [.done, .done, .todo, .current, .todo, .attention, .todo])
  }

  func testResizeChangesTheFrameSize() {
    var driver = Driver()
    driver.send(.resize(width: 120, height: 40))
    let frame = render(driver.state)
    XCTAssertEqual([frame.width, frame.height], [120, 40])
  }
}
