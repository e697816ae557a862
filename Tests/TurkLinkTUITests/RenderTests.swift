import TurkLinkCore
import XCTest

@testable import TurkLinkTUI

final class RenderTests: XCTestCase {
  /// A driver on every kind of screen, each with something on it.
  private func everyScreen(width: Int, height: Int) -> [(String, Driver)] {
    var step = Driver(width: width, height: height)
    step.press(.char("?"))
    var keys = driverAtAccessKeys(width: width, height: height)
    keys.send(.paste("\(Fake.id),\(Fake.secret)"))
    var results = keys
    results.press(.char("c"))
    results.send(.checkFinished(Reports.notLinked))
    var entry = keys
    entry.press(.char("c"))
    entry.send(.checkFinished(Reports.passing))
    entry.press(.enter)
    var balance = entry
    balance.press(.tab, .down)
    return [
      ("help", step), ("keys", keys), ("results", results), ("entry", entry),
      ("balance", balance),
    ]
  }

  func testAnySizeRendersWithoutCrashingAndFillsTheFrame() {
    let sizes = [
      (0, 0), (1, 1), (0, 24), (80, 0), (2, 2), (10, 3), (40, 12), (79, 24),
      (80, 23), (80, 24), (81, 25), (100, 30), (120, 40), (250, 80),
    ]
    for (width, height) in sizes {
      for (name, driver) in everyScreen(width: width, height: height) {
        let frame = render(driver.state)
        XCTAssertEqual(frame.width, width, "\(name) \(width)x\(height)")
        XCTAssertEqual(frame.height, height, "\(name) \(width)x\(height)")
        XCTAssertEqual(frame.cells.count, width * height)
        XCTAssertFalse(
          frame.text().contains(Fake.secret), "\(name) \(width)x\(height)")
      }
    }
  }

  func testLongGuideTextStaysInsideItsColumns() {
    var guide = TestGuide.guide
    for index in guide.steps.indices {
      guide.steps[index].title = String(repeating: "Longword ", count: 12)
      guide.steps[index].items = Array(repeating: "An item", count: 30)
    }
    let state = AppState(
      guide: guide, progress: Progress(), options: AppOptions(), width: 80,
      height: 24)
    let rows = render(state).text().components(separatedBy: "\n")
    XCTAssertEqual(rows.count, 24)
    XCTAssertTrue(rows[23].hasPrefix(" ↑↓ move"), rows[23])
    XCTAssertEqual(rows[22], "", "nothing spills onto the message row")
    for row in rows[2...21] {
      XCTAssertEqual(Array(row).count > 28 ? Array(row)[28] : "│", "│", row)
    }
  }

  func testSmallTerminalsGetTheEnlargeNotice() {
    let cases: [(id: String, width: Int, height: Int, shown: Bool)] = [
      ("one column short", 79, 24, true), ("one row short", 80, 23, true),
      ("exactly enough", 80, 24, false), ("narrow", 20, 40, true),
    ]
    for testCase in cases {
      let text = Driver(width: testCase.width, height: testCase.height).screen
      let words = text.split(whereSeparator: \.isWhitespace).joined(
        separator: " ")
      XCTAssertEqual(
        words.contains("Please enlarge the terminal"), testCase.shown,
        testCase.id)
      if testCase.shown {
        XCTAssertTrue(
          words.contains("(now \(testCase.width)×\(testCase.height))"),
          testCase.id)
      }
    }
  }

  func testResizeBelowTheMinimumAndBack() {
    var driver = Driver()
    driver.send(.resize(width: 50, height: 10))
    XCTAssertTrue(driver.screen.contains("Please enlarge"))
    driver.send(.resize(width: 80, height: 24))
    XCTAssertTrue(driver.screen.contains("Create a CloudResearch account"))
  }

  func testServerTextIsDrawnWithoutControlCharacters() {
    var driver = driverAtAccessKeys()
    driver.send(.paste("\(Fake.id),\(Fake.secret)"))
    driver.press(.char("c"))
    let hostile = Diagnosis(
      code: .serviceError,
      message: "Oops\u{1b}[2J\u{1b}]52;c;ZXZpbA==\u{07} bell\u{9b}31m\r\nnext",
      step: nil, detail: "detail\u{1b}[31mred\u{0}")
    driver.send(.checkFinished(CheckReport(diagnoses: [hostile])))
    let frame = render(driver.state)
    for cell in frame.cells {
      for scalar in cell.text.unicodeScalars {
        XCTAssertFalse(
          scalar.properties.generalCategory == .control,
          "control U+\(String(scalar.value, radix: 16)) reached the frame")
      }
    }
    XCTAssertTrue(frame.text().contains("Oops[2J]52;c;ZXZpbA== bell31mnext"))
  }

  func testLinksAreRegisteredForHyperlinks() {
    let driver = Driver(
      options: AppOptions(startStep: .awsAccount), width: 120, height: 40)
    let frame = render(driver.state)
    let link = frame.links.first {
      $0.url == "https://requester.mturk.com/developer"
    }
    XCTAssertNotNil(link)
    if let link {
      var text = ""
      for column in link.column..<(link.column + link.length) {
        text += frame[link.row, column].text
      }
      XCTAssertEqual(text, "https://requester.mturk.com/developer")
    }
  }

  func testTheCursorSitsInTheFieldBeingEdited() {
    var driver = driverAtAccessKeys()
    driver.type("AKIA")
    let frame = render(driver.state)
    let cursor = frame.cursor
    XCTAssertNotNil(cursor)
    if let cursor {
      XCTAssertEqual(frame[cursor.row, cursor.column - 4].text, "A")
      XCTAssertEqual(frame[cursor.row, cursor.column - 1].text, "A")
      XCTAssertEqual(frame[cursor.row, cursor.column - 5].text, "[")
    }
    driver.press(.escape)
    XCTAssertNil(render(driver.state).cursor, "no cursor outside a field")
  }

  func testMonochromeKeepsTextMarks() {
    var driver = driverAtAccessKeys(options: AppOptions(colors: false))
    driver.type("AKIA")
    XCTAssertTrue(
      driver.screen.contains("✗ 4 of 20 characters"), "the mark, not only red")
  }

  func testASCIISymbolsLeaveNoUnicodeMarks() {
    var driver = driverAtAccessKeys(options: AppOptions(symbols: .ascii))
    driver.send(.paste("\(Fake.id),\(Fake.secret)"))
    driver.press(.char("c"))
    driver.send(.tick)
    let marks = ["✓", "▸", "•", "─", "│", "✗", "▲", "▼", "↑", "⠙", "—", "×"]
    for mark in marks { XCTAssertFalse(driver.screen.contains(mark), mark) }
  }

  func testNoKeysNoticeOnTheEntryStepIsSetApartFromTheLink() {
    var driver = Driver(width: 120, height: 40)
    driver.press(.char("7"))
    let right = driver.screen.components(separatedBy: "\n").map {
      ($0.components(separatedBy: "│").dropFirst().first ?? "")
        .trimmingCharacters(in: .whitespaces)
    }

    let end = right.firstIndex { $0.hasSuffix(".csv file.") }
    XCTAssertNotNil(end, driver.screen)
    if let end { XCTAssertEqual(right[end + 1], "", driver.screen) }
  }
}
