import TurkLinkCore
import XCTest

@testable import TurkLinkTUI

final class KeyEntryTests: XCTestCase {
  func testPasteIsCleanedBeforeItReachesTheField() {
    let cases: [(id: String, pasted: String)] = [
      ("plain", Fake.id),
      ("trailing newline", Fake.id + "\n"),
      ("CRLF", Fake.id + "\r\n"),
      ("surrounding spaces", "  " + Fake.id + "\t "),
      ("double quotes", "\"" + Fake.id + "\""),
      ("single quotes and newline", "'" + Fake.id + "'\n"),
      ("zsh percent mark", Fake.id + "%"),
      ("zsh percent mark and newline", Fake.id + "%\n"),
    ]
    for testCase in cases {
      var driver = driverAtAccessKeys()
      let effects = driver.send(.paste(testCase.pasted))
      XCTAssertEqual(driver.state.entry.id.text, Fake.id, testCase.id)
      XCTAssertEqual(effects, [], "\(testCase.id): a paste never submits")
      XCTAssertTrue(driver.state.isEditingField, testCase.id)
    }
  }

  func testInnerSpacesStayAndAreFlaggedBesideTheField() {
    var driver = driverAtAccessKeys()
    driver.send(.paste("AKIAIOSFOD NN7EXAMPLE"))
    XCTAssertEqual(driver.state.entry.id.text, "AKIAIOSFOD NN7EXAMPLE")
    XCTAssertEqual(driver.state.entry.idVerdict?.ok, false)
    XCTAssertTrue(
      driver.screen.contains("Access key ID      ✗ a space at position 11"))
  }

  func testCSVPasteFillsBothFields() {
    let cases: [(id: String, pasted: String)] = [
      ("row only", "\(Fake.id),\(Fake.secret)"),
      ("row and newline", "\(Fake.id),\(Fake.secret)\n"),
      (
        "header and row",
        "Access key ID,Secret access key\n\(Fake.id),\(Fake.secret)\n"
      ),
      (
        "header and row, CRLF",
        "Access key ID,Secret access key\r\n\(Fake.id),\(Fake.secret)\r\n"
      ),
      (
        "older five-column file",
        "User name,Password,Access key ID,Secret access key,Console login link\n"
          + "lab,,\(Fake.id),\(Fake.secret),https://example.invalid/\n"
      ),
    ]
    for testCase in cases {
      var driver = driverAtAccessKeys()
      XCTAssertEqual(driver.send(.paste(testCase.pasted)), [], testCase.id)
      XCTAssertEqual(driver.state.entry.keys, Fake.keys, testCase.id)
      XCTAssertEqual(driver.state.currentRow, .checkKeys, testCase.id)
      XCTAssertFalse(driver.state.checkRunning, "\(testCase.id): never submits")
    }
  }

  func testTrailingNewlineInTheSecretFieldDoesNotSubmit() {
    var driver = driverAtAccessKeys()
    driver.send(.paste(Fake.id))
    driver.press(.down)
    XCTAssertEqual(driver.state.currentRow, .secret)
    XCTAssertEqual(driver.send(.paste(Fake.secret + "\n")), [])
    XCTAssertEqual(driver.state.entry.secret.text, Fake.secret)
    XCTAssertFalse(driver.state.checkRunning)

    XCTAssertEqual(
      driver.press(.enter), [.runCheck(Fake.keys)], "a typed Enter does submit")
  }

  func testPasteOutsideAFieldGoesToTheFieldItLooksLike() {
    var driver = driverAtAccessKeys()
    driver.press(.escape)
    XCTAssertEqual(driver.state.currentRow, .checkKeys)
    driver.send(.paste(Fake.secret))
    XCTAssertEqual(driver.state.entry.secret.text, Fake.secret)
    XCTAssertEqual(driver.state.currentRow, .secret)
  }

  func testPasteOnAnotherStepIsRefused() {
    var driver = Driver()
    driver.send(.paste(Fake.id))
    XCTAssertTrue(driver.state.entry.isEmpty)
    XCTAssertEqual(driver.state.message?.text, "Paste the keys on step 6.")
  }

  func testTypingInAFieldTakesCommandLetters() {
    var driver = driverAtAccessKeys()
    driver.type("q?ojk")
    XCTAssertEqual(driver.state.entry.id.text, "q?ojk")
    XCTAssertFalse(driver.state.shouldQuit)
    XCTAssertFalse(driver.state.showHelp)
  }

  func testFieldEditingKeys() {
    var driver = driverAtAccessKeys()
    driver.type("AKIB")
    driver.press(
      .backspace, .char("A"), .home, .delete, .char("X"), .end, .left,
      .char("-"))
    XCTAssertEqual(driver.state.entry.id.text, "XKI-A")
    driver.press(.ctrl("u"))
    XCTAssertEqual(driver.state.entry.id.text, "")
  }

  func testFormatVerdictsShowBesideTheirFields() {
    var driver = driverAtAccessKeys()
    driver.type("AKIAIOSFODNN7EXAMPL")
    XCTAssertTrue(
      driver.screen.contains("Access key ID      ✗ 19 of 20 characters"))
    driver.type("E")
    XCTAssertTrue(driver.screen.contains("Access key ID      ✓ format ok"))
    XCTAssertTrue(driver.screen.contains("▸ [AKIAIOSFODNN7EXAMPLE  ]"))
  }

  func testEnterInTheIDFieldMovesToTheSecret() {
    var driver = driverAtAccessKeys()
    driver.type(Fake.id)
    XCTAssertEqual(driver.press(.enter), [])
    XCTAssertEqual(driver.state.currentRow, .secret)
  }

  func testSwappedFieldsAreOfferedASwap() {
    var driver = driverAtAccessKeys()
    driver.send(.paste(Fake.secret))
    driver.press(.down)
    driver.send(.paste(Fake.id))
    XCTAssertTrue(driver.state.entry.looksSwapped)
    XCTAssertTrue(driver.screen.contains("These look swapped: press Ctrl-X"))
    XCTAssertEqual(driver.press(.enter), [], "no check while swapped")

    driver.press(.ctrl("x"))
    XCTAssertEqual(driver.state.entry.keys, Fake.keys)
    XCTAssertFalse(driver.screen.contains("swapped: press"))
  }

  func testSecretAloneInTheIDFieldIsMaskedAndOfferedToMove() {
    var driver = driverAtAccessKeys()
    driver.send(.paste(Fake.secret))
    XCTAssertTrue(driver.state.entry.looksSwapped)
    XCTAssertFalse(
      driver.screen.contains("EXAMPLEKEY"), "a secret in the ID field is masked"
    )
    let screen = driver.screen
    XCTAssertFalse(screen.contains("swapped"), "nothing to swap with yet")
    XCTAssertTrue(
      screen.contains(
        "This looks like the secret: press Ctrl-X to move it to the secret field."
      ), screen)
    driver.press(.ctrl("x"))
    XCTAssertEqual(driver.state.entry.secret.text, Fake.secret)
    XCTAssertEqual(driver.state.entry.id.text, "")
  }

  func testSecretIsMaskedUntilRevealed() {
    var driver = driverAtAccessKeys()
    driver.send(.paste("\(Fake.id),\(Fake.secret)"))
    XCTAssertFalse(driver.screen.contains(Fake.secret))
    XCTAssertTrue(driver.screen.contains(String(repeating: "•", count: 40)))

    driver.press(.ctrl("r"))
    XCTAssertTrue(driver.screen.contains(Fake.secret))
    driver.press(.ctrl("r"))
    XCTAssertFalse(driver.screen.contains(Fake.secret))
  }

  func testDemoKeyCyclesThroughTheDemoPairs() {
    let demos = [
      DemoKey(label: "working keys", keys: Fake.keys, summary: "passes"),
      DemoKey(
        label: "policy missing",
        keys: AccessKeys(
          accessKeyID: "AKIAI44QH8DHBEXAMPLE", secret: Fake.secret),
        summary: "MTurk refuses"),
    ]
    var driver = driverAtAccessKeys(
      options: AppOptions(demo: true, demoKeys: demos))
    driver.press(.escape, .char("d"))
    XCTAssertEqual(driver.state.entry.keys, demos[0].keys)
    XCTAssertTrue(driver.screen.contains("demo: working keys"))
    driver.press(.char("d"))
    XCTAssertEqual(driver.state.entry.id.text, "AKIAI44QH8DHBEXAMPLE")
    driver.press(.char("d"))
    XCTAssertEqual(driver.state.entry.keys, demos[0].keys, "wraps around")
  }

  func testDemoKeyDoesNothingOutsideDemoMode() {
    var driver = driverAtAccessKeys()
    driver.press(.escape, .char("d"))
    XCTAssertTrue(driver.state.entry.isEmpty)
  }

  func testPrefillPutsKeysInTheFields() {
    let driver = driverAtAccessKeys(options: AppOptions(prefill: Fake.keys))
    XCTAssertEqual(driver.state.entry.keys, Fake.keys)
    XCTAssertEqual(driver.state.currentRow, .checkKeys)
  }
}

final class LongPasteTests: XCTestCase {
  /// 64 KB of text, as from pasting a whole file by mistake.
  private static let huge = String(
    repeating: "AKIAIOSFODNN7EXAMPLE wJalrXUtnFEMI/K7MDENG ", count: 1_525)

  func testHugePasteIsRefusedBesideTheFieldAndTheFieldKeepsItsValue() {
    let cases: [(id: String, down: Bool, pasted: String)] = [
      ("64 KB into the ID field", false, Self.huge),
      ("64 KB into the secret field", true, Self.huge),
      ("201 characters", false, String(repeating: "A", count: 201)),
    ]
    for testCase in cases {
      var driver = driverAtAccessKeys()
      driver.type("AKIA")
      if testCase.down { driver.press(.down) }
      let before = driver.state.entry.keys
      XCTAssertEqual(driver.send(.paste(testCase.pasted)), [], testCase.id)
      XCTAssertEqual(driver.state.entry.keys, before, testCase.id)
      let count = KeyRules.clean(testCase.pasted).count
      let screen = driver.screen
      XCTAssertTrue(
        screen.contains("That paste is \(count) characters;"),
        "\(testCase.id):\n\(screen)")
      XCTAssertTrue(driver.state.isEditingField, testCase.id)
      driver.press(.char("X"))
      XCTAssertNil(driver.state.fieldNote, "\(testCase.id): next key clears")
    }
  }

  func testPasteUpToTheLimitIsTaken() {
    var driver = driverAtAccessKeys()
    let text = String(repeating: "A", count: KeyRules.fieldLimit)
    driver.send(.paste(text))
    XCTAssertEqual(driver.state.entry.id.text, text)
    XCTAssertNil(driver.state.fieldNote)
  }

  func testTypingStopsAtTheLimit() {
    var driver = driverAtAccessKeys()
    driver.send(.paste(String(repeating: "A", count: KeyRules.fieldLimit)))
    driver.type("BC")
    XCTAssertEqual(driver.state.entry.id.text.count, KeyRules.fieldLimit)
    XCTAssertFalse(driver.state.entry.id.text.contains("B"))
    XCTAssertTrue(driver.screen.contains("The field is full"))
  }

  func testWindowOfALongFieldShowsItsEndAndIsLinear() {
    // 64 K characters: the old window re-summed widths per scrolled
    // character, which never finished; this must come back at once.
    let shown = Array(String(repeating: "ab", count: 32_768))
    let window = TextField.window(shown, caret: shown.count, width: 22)
    XCTAssertEqual(window.text, "b" + String(repeating: "ab", count: 10))
    XCTAssertEqual(window.caret, 21)
  }
}

final class IDFieldMaskTests: XCTestCase {
  /// Every run of 8 characters of `secret`, none of which may be drawn.
  private func runs(of secret: String) -> [String] {
    let characters = Array(secret)
    guard characters.count >= 8 else { return [secret] }
    return (0...(characters.count - 8)).map {
      String(characters[$0..<($0 + 8)])
    }
  }

  func testSecretMaterialInTheIDFieldNeverShows() {
    let secret = "DEMO/healthy/K7MDENG+bPxRfiCYEXAMPLEKEYw"
    let cases: [(id: String, pasted: String, secret: String)] = [
      ("CSV line, ID one short", "AKIADEMOHEALTHY7777,\(secret)", secret),
      ("39-char secret", String(Fake.secret.dropLast()), Fake.secret),
      ("41-char secret", Fake.secret + "Q", Fake.secret),
      ("40-char secret", Fake.secret, Fake.secret),
      ("ID then secret", Fake.id + Fake.secret, Fake.secret),
    ]
    let moves: [Key] = [.home, .right, .right, .right, .end, .left, .left]
    for testCase in cases {
      var driver = driverAtAccessKeys()
      driver.type("A")
      driver.press(.ctrl("u"))
      driver.send(.paste(testCase.pasted))
      XCTAssertEqual(driver.state.currentRow, .keyID, testCase.id)
      for move in [Key.end] + moves {
        driver.press(move)
        let screen = driver.screen
        for (offset, run) in runs(of: testCase.secret).enumerated() {
          // The message names the run's offset, never the run itself.
          XCTAssertFalse(
            screen.contains(run), "\(testCase.id) after \(move): \(offset)")
        }
      }
    }
  }

  func testAnIDShowsInClear() {
    var driver = driverAtAccessKeys()
    driver.type("AKIAIOSFODNN7EXAMPLE1")
    XCTAssertTrue(driver.screen.contains("[AKIAIOSFODNN7EXAMPLE• ]"))
  }
}

final class TypingOutsideAFieldTests: XCTestCase {
  func testAnUpperCaseLetterOutsideAFieldStartsTheID() {
    let cases: [(id: String, keys: [Key])] = [
      ("on Check keys", [.escape]),
      ("on the step list", [.tab]),
      ("on a checklist item", [.up, .up, .up]),
    ]
    for testCase in cases {
      var driver = driverAtAccessKeys()
      for key in testCase.keys { driver.press(key) }
      XCTAssertFalse(driver.state.isEditingField, testCase.id)
      driver.type("AKIADEMOHEALTHY77777")
      XCTAssertEqual(
        driver.state.entry.id.text, "AKIADEMOHEALTHY77777", testCase.id)
      XCTAssertEqual(
        driver.state.screen, .step(.accessKeys), "\(testCase.id): no jump")
      XCTAssertEqual(driver.state.currentRow, .keyID, testCase.id)
    }
  }

  func testATypedSecretNeverQuitsOnceALetterReachesTheField() {
    var driver = driverAtAccessKeys()
    driver.press(.escape)
    driver.type("WJalrXUtnFEMIqK7")
    XCTAssertFalse(driver.state.shouldQuit)
    XCTAssertEqual(driver.state.entry.id.text, "WJalrXUtnFEMIqK7")
  }

  func testTheHintSaysHowToReachTheFieldsAndWhichKeysWorkInThem() {
    var driver = driverAtAccessKeys()
    driver.press(.escape)
    var screen = driver.screen
    // At 80 columns the hint wraps after "the".
    XCTAssertTrue(
      screen.contains("Type or paste your key ID, or the path of the"),
      screen)
    XCTAssertTrue(
      screen.contains("downloaded .csv — ↓ to the fields"), screen)
    XCTAssertTrue(screen.contains("[ Check keys ]  press c"))

    driver.press(.up)
    screen = driver.screen
    XCTAssertFalse(screen.contains("press c"), screen)
    XCTAssertTrue(screen.contains("Enter: check the keys   Esc: leave the field"))
    driver.press(.up)
    XCTAssertTrue(
      driver.screen.contains("Enter: to the secret   Esc: leave the field"))
  }
}
