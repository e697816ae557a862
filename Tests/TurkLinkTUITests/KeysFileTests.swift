import TurkLinkCore
import XCTest

@testable import TurkLinkTUI

/// A path to the downloaded CSV typed into the ID field: Enter asks for
/// the file, and its rows (or the reason it failed) come back as events.
final class KeysFileTests: XCTestCase {
  /// On step 6 with `typed` in the ID field, the cursor still in it.
  private func driver(typed: String) -> Driver {
    var driver = Driver(progress: progress(ticking: 5))
    driver.press(.char("6"))
    driver.state.cursor = driver.state.rows.firstIndex(of: .keyID)!
    driver.type(typed)
    return driver
  }

  func testEnterOnAPathAsksForTheFile() {
    let cases: [(id: String, typed: String, path: String)] = [
      ("absolute", "/tmp/keys.csv", "/tmp/keys.csv"),
      ("home", "~/Downloads/lab.csv", "~/Downloads/lab.csv"),
      ("relative", "./keys", "./keys"),
      ("bare-csv", "keys.CSV", "keys.CSV"),
      ("quoted-drop", "'/tmp/my keys.csv' ", "/tmp/my keys.csv"),
      ("escaped-space", "/tmp/my\\ keys.csv", "/tmp/my keys.csv"),
    ]
    for testCase in cases {
      var driver = driver(typed: testCase.typed)

      let effects = driver.press(.enter)

      XCTAssertEqual(effects, [.readKeysFile(testCase.path)], testCase.id)
      XCTAssertEqual(driver.state.keysFileReading, testCase.path, testCase.id)
      XCTAssertEqual(driver.state.currentRow, .keyID, testCase.id)
    }
  }

  func testEnterOnAKeyOrSecretStillMovesOn() {
    let cases: [(id: String, typed: String)] = [
      ("key-id", Fake.id),
      ("secret-starting-with-slash", "/" + Fake.secret.dropFirst()),
      ("partial", "AKIA"),
    ]
    for testCase in cases {
      var driver = driver(typed: testCase.typed)

      XCTAssertEqual(driver.press(.enter), [], testCase.id)
      XCTAssertEqual(driver.state.currentRow, .secret, testCase.id)
    }
  }

  func testOneRowFillsTheFields() {
    var driver = driver(typed: "/tmp/keys.csv")
    driver.press(.enter)

    driver.send(.keysFileRead([AccessKeyCSV.Entry(keys: Fake.keys, line: 2)]))

    XCTAssertEqual(driver.state.entry.keys, Fake.keys)
    XCTAssertNil(driver.state.chooser)
    XCTAssertNil(driver.state.keysFileReading)
    XCTAssertEqual(driver.state.currentRow, .checkKeys)
    XCTAssertEqual(
      driver.state.message?.text,
      "Filled both fields from line 2 of /tmp/keys.csv.")
  }

  func testSeveralRowsOpenTheChooser() {
    var driver = driver(typed: "/tmp/keys.csv")
    driver.press(.enter)

    driver.send(.keysFileRead(KeyChooserTests.entries))
    driver.press(.char("2"))

    XCTAssertEqual(driver.state.entry.keys, KeyChooserTests.other)
  }

  func testAFailureIsShownBesideTheIDField() {
    var driver = driver(typed: "/tmp/missing.csv")
    driver.press(.enter)

    driver.send(.failure("No file at /tmp/missing.csv."))

    XCTAssertEqual(
      driver.state.fieldNote,
      FieldNote(row: .keyID, text: "No file at /tmp/missing.csv."))
    XCTAssertNil(driver.state.message)
    XCTAssertEqual(driver.state.entry.id.text, "/tmp/missing.csv")
    XCTAssertTrue(driver.screen.contains("No file at /tmp/missing.csv."))
  }

  func testOtherFailuresStayOnTheMessageRow() {
    var driver = driver(typed: "AKIA")

    driver.send(.failure("Progress not saved: disk full"))

    XCTAssertNil(driver.state.fieldNote)
    XCTAssertEqual(driver.state.message?.tone, .error)
  }

  func testAPathIsDrawnInClear() {
    let path = "/home/researcher/Downloads/lab-user_accessKeys.csv"
    let driver = driver(typed: path)

    // The field scrolls to the caret, so the path's end is what shows.
    XCTAssertTrue(driver.screen.contains("[b-user_accessKeys.csv ]"))
    XCTAssertTrue(driver.screen.contains("Enter reads it"))
  }

  func testHomeIsExpandedOnlyAtTheStart() {
    let cases: [(id: String, path: String, home: String?, expected: String)] = [
      ("tilde-slash", "~/k.csv", "/home/r", "/home/r/k.csv"),
      ("home-trailing-slash", "~/k.csv", "/home/r/", "/home/r/k.csv"),
      ("tilde-alone", "~", "/home/r", "/home/r"),
      ("no-home", "~/k.csv", nil, "~/k.csv"),
      ("absolute", "/tmp/~/k.csv", "/home/r", "/tmp/~/k.csv"),
      ("other-user", "~bob/k.csv", "/home/r", "~bob/k.csv"),
    ]
    for testCase in cases {
      XCTAssertEqual(
        KeysFile.expanded(testCase.path, home: testCase.home),
        testCase.expected, testCase.id)
    }
  }
}
