import TurkLinkCore
import XCTest

@testable import TurkLinkTUI

/// Several key rows (pasted or read from the downloaded CSV): the
/// chooser lists them, a digit or the arrows and Enter pick one, Esc
/// keeps the fields.
final class KeyChooserTests: XCTestCase {
  /// A second fake pair (IDs use only A–Z and 2–7).
  static let other = AccessKeys(
    accessKeyID: "AKIAJ2EXAMPLE2KEYID7",
    secret: "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY")

  static let twoRows =
    "User name,Password,Access key ID,Secret access key,Console login link\n"
    + "alice,,\(Fake.id),\(Fake.secret),\n"
    + "bob,,\(other.accessKeyID),\(other.secret),\n"

  static let entries = [
    AccessKeyCSV.Entry(keys: Fake.keys, userName: "alice", line: 2),
    AccessKeyCSV.Entry(keys: other, userName: "bob", line: 3),
  ]

  /// On step 6 with the ID field holding `typed`.
  private func driver(typed: String = "") -> Driver {
    var driver = Driver(progress: progress(ticking: 5))
    driver.press(.char("6"))
    driver.state.cursor = driver.state.rows.firstIndex(of: .keyID)!
    driver.type(typed)
    return driver
  }

  func testSeveralRowPasteOpensTheChooserWithoutTouchingTheFields() {
    var driver = driver(typed: "AKIA")

    XCTAssertEqual(driver.send(.paste(Self.twoRows)), [])

    XCTAssertEqual(driver.state.chooser?.entries, Self.entries)
    XCTAssertEqual(driver.state.chooser?.selected, 0)
    XCTAssertEqual(driver.state.entry.id.text, "AKIA")
    XCTAssertEqual(driver.state.entry.secret.text, "")
  }

  func testPickingARowFillsBothFieldsWithItsKeys() {
    let cases: [(id: String, keys: [Key], expected: AccessKeys)] = [
      ("digit-2", [.char("2")], Self.other),
      ("digit-1", [.char("1")], Fake.keys),
      ("down-enter", [.down, .enter], Self.other),
      ("down-down-stops-at-end", [.down, .down, .enter], Self.other),
      ("up-stops-at-top", [.up, .enter], Fake.keys),
      ("missing-digit-then-2", [.char("7"), .char("2")], Self.other),
    ]
    for testCase in cases {
      var driver = driver(typed: "AKIA")
      driver.send(.paste(Self.twoRows))

      for key in testCase.keys { driver.press(key) }

      XCTAssertNil(driver.state.chooser, testCase.id)
      XCTAssertEqual(driver.state.entry.keys, testCase.expected, testCase.id)
      XCTAssertEqual(
        driver.state.currentRow, .checkKeys, "\(testCase.id): ready to check")
    }
  }

  func testEscapeClosesTheChooserAndKeepsTheFields() {
    var driver = driver(typed: "AKIAOLD")

    driver.send(.paste(Self.twoRows))
    driver.press(.down, .escape)

    XCTAssertNil(driver.state.chooser)
    XCTAssertEqual(driver.state.entry.id.text, "AKIAOLD")
    XCTAssertEqual(driver.state.entry.secret.text, "")
  }

  func testOtherKeysAndPastesWaitForAChoice() {
    var driver = driver()
    driver.send(.paste(Self.twoRows))

    XCTAssertEqual(driver.press(.char("c"), .char("q"), .char("7")), [])
    driver.send(.paste(Fake.id))

    XCTAssertEqual(driver.state.chooser?.entries.count, 2)
    XCTAssertFalse(driver.state.shouldQuit)
    XCTAssertEqual(driver.state.entry.id.text, "")
  }

  func testTheChooserNeverDrawsASecret() {
    var driver = driver()
    driver.send(.paste(Self.twoRows))

    let screen = driver.screen

    XCTAssertTrue(screen.contains("line 3  \(Self.other.accessKeyID)  bob"))
    XCTAssertFalse(screen.contains(Fake.secret.prefix(12)))
    XCTAssertFalse(screen.contains(Self.other.secret.prefix(12)))
  }

  func testLineEndsAsTerminalsPasteThemAllOpenTheChooser() {
    let cases: [(id: String, lineEnd: String)] = [
      ("lf", "\n"), ("crlf", "\r\n"), ("cr-as-tmux-pastes", "\r"),
    ]
    for testCase in cases {
      var driver = driver()
      let text = Self.twoRows.replacingOccurrences(
        of: "\n", with: testCase.lineEnd)

      driver.send(.paste(text))

      XCTAssertEqual(driver.state.chooser?.entries, Self.entries, testCase.id)
    }
  }

  func testOneRowPasteStillFillsTheFieldsAtOnce() {
    var driver = driver()

    driver.send(.paste("\(Fake.id),\(Fake.secret)\n"))

    XCTAssertNil(driver.state.chooser)
    XCTAssertEqual(driver.state.entry.keys, Fake.keys)
  }
}
