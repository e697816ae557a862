import TurkLinkCore
import XCTest

@testable import TurkLinkTUI

final class FieldTests: XCTestCase {
  func testTextFieldEditing() {
    var field = TextField("abc")
    XCTAssertEqual(field.caret, 3)
    XCTAssertTrue(field.edit(.left))
    field.insert("XY")
    XCTAssertEqual([field.text, "\(field.caret)"], ["abXYc", "4"])
    _ = field.edit(.home)
    _ = field.edit(.backspace)
    XCTAssertEqual(field.text, "abXYc", "backspace at the start does nothing")
    _ = field.edit(.delete)
    XCTAssertEqual(field.text, "bXYc")
    _ = field.edit(.end)
    _ = field.edit(.delete)
    XCTAssertEqual(field.text, "bXYc", "delete at the end does nothing")
    XCTAssertFalse(field.edit(.up))
    XCTAssertFalse(field.edit(.enter))
  }

  func testWindowKeepsTheCaretInView() {
    let shown = Array("ABCDEFGHIJ")
    let cases:
      [(id: String, caret: Int, width: Int, text: String, column: Int)] = [
        ("fits", 10, 12, "ABCDEFGHIJ", 10),
        ("caret at end scrolls", 10, 5, "GHIJ", 4),
        ("caret at start", 0, 5, "ABCDE", 0),
        ("caret in middle", 6, 5, "CDEFG", 4),
        ("no room", 3, 1, "", 0),
      ]
    for testCase in cases {
      let window = TextField.window(
        shown, caret: testCase.caret, width: testCase.width)
      XCTAssertEqual(window.text, testCase.text, testCase.id)
      XCTAssertEqual(window.caret, testCase.column, testCase.id)
    }
  }

  func testSecretFieldShowsOneMaskPerCharacter() {
    var secret = SecretField()
    secret.field.insert("abc/+")
    XCTAssertEqual(String(secret.shown(mask: "•")), "•••••")
    secret.revealed = true
    XCTAssertEqual(String(secret.shown(mask: "•")), "abc/+")
  }

  func testShortVerdicts() {
    let cases: [(id: String, id_: String, ok: Bool?, message: String?)] = [
      ("empty", "", nil, nil),
      ("valid", Fake.id, true, "format ok"),
      ("short", "AKIAIOSFODNN7EXAMPL", false, "19 of 20 characters"),
      ("temporary", "ASIAIOSFODNN7EXAMPLE", false, "ASIA keys are temporary"),
      ("inner space", "AKIAIOSFOD NN7EXAMPLE", false, "a space at position 11"),
      ("lower case", "AKIAiOSFODNN7EXAMPLE", false, "lower-case letter at 5"),
      ("secret in ID", Fake.secret, false, "this looks like the secret"),
    ]
    for testCase in cases {
      let verdict = KeyRules.checkID(testCase.id_)
      XCTAssertEqual(verdict?.ok, testCase.ok, testCase.id)
      XCTAssertEqual(verdict?.message, testCase.message, testCase.id)
    }
  }

  func testVerdictsNeverQuoteTheSecret() {
    let broken = String(Fake.secret.dropLast()) + " "
    for text in [
      Fake.secret + "x", broken, String(Fake.secret.prefix(30)) + "é",
    ] {
      let verdict = KeyRules.checkSecret(text)
      XCTAssertEqual(verdict?.ok, false)
      XCTAssertFalse(verdict?.message.contains("EXAMPLE") ?? true)
      XCTAssertFalse(verdict?.explanation?.contains("EXAMPLE") ?? true)
    }
  }

  func testDescriptionsNeverShowTheSecret() {
    var driver = driverAtAccessKeys()
    driver.send(.paste("\(Fake.id),\(Fake.secret)"))
    driver.press(.char("c"))
    driver.send(.checkFinished(Reports.passing))
    driver.press(.enter, .char("s"))

    var dumped = ""
    dump(driver.state, to: &dumped)
    let texts =
      [
        dumped, "\(driver.state)", "\(driver.state.entry)",
        String(reflecting: driver.state.entry.secret),
        "\(Event.paste(Fake.secret))",
      ] + driver.effects.map { "\($0)" }
    for text in texts {
      XCTAssertFalse(text.contains("EXAMPLEKEY"), text)
    }
    XCTAssertEqual(
      "\(Effect.copy(Fake.secret, label: "secret"))", "copy(secret)")
  }

  func testPrintableStripsControlsAndKeepsText() {
    let cases: [(id: String, input: String, output: String)] = [
      ("plain", "Hello, world", "Hello, world"),
      ("escape sequence", "a\u{1b}[31mb", "a[31mb"),
      ("tab", "a\tb", "a b"),
      ("C1 control", "a\u{9b}b", "ab"),
      ("newlines", "a\r\nb", "ab"),
      ("bidi override", "a\u{202e}b", "ab"),
      ("accents and wide", "é日本", "é日本"),
    ]
    for testCase in cases {
      XCTAssertEqual(
        TextLayout.printable(testCase.input), testCase.output, testCase.id)
    }
  }

  func testWrapAndClip() {
    XCTAssertEqual(
      TextLayout.wrap("one two three", width: 7), ["one two", "three"])
    XCTAssertEqual(
      TextLayout.wrap("abcdefghij", width: 4), ["abcd", "efgh", "ij"])
    XCTAssertEqual(
      TextLayout.wrap("a  b", width: 10), ["a  b"], "inner runs stay")
    XCTAssertEqual(TextLayout.wrap("日本語です", width: 4), ["日本", "語で", "す"])
    XCTAssertEqual(TextLayout.wrap("", width: 5), [""])
    XCTAssertEqual(
      TextLayout.wrap("  abcdef", width: 6), ["abcdef"],
      "a word too wide for its indent drops the indent, not a blank line")
    XCTAssertEqual(TextLayout.wrap("  abc", width: 6), ["  abc"])
    XCTAssertEqual(TextLayout.wrap("abc", width: 0), [])
    XCTAssertEqual(TextLayout.clip("abcdef", width: 4), "abc…")
    XCTAssertEqual(TextLayout.clip("abc", width: 4), "abc")
    XCTAssertEqual(TextLayout.clip("abc", width: 0), "")
  }
}

/// Part of a secret pasted into the ID field is never drawn, and its
/// verdict names none of its characters.
final class PartialSecretInIDFieldTests: XCTestCase {
  func testAFragmentOfTheSecretIsMaskedWhole() {
    let cases = ["wJalrXUtnFEMI/K7MDENG", "wJalrXUtnFEMI", "K7MDENG+bPx", "bPxRfiCYEXAMPLEKEY"]

    for fragment in cases {
      let shown = String(KeyRules.shownID(Array(fragment), mask: "•"))
      let verdict = KeyRules.checkID(fragment)

      XCTAssertEqual(shown, String(repeating: "•", count: fragment.count), fragment)
      XCTAssertEqual(verdict?.message, "not an access key ID", fragment)
      XCTAssertFalse(verdict?.explanation?.contains("\"") ?? true, fragment)
    }
  }

  func testAnIDBeingTypedStaysVisible() {
    let cases = ["AKIA", "akia", "AKIAIOSF", "AKIAIOSFODNN7EXAMPLE", "ASIAIOSFODNN7EXAMPLE", "A"]

    for typed in cases {
      XCTAssertEqual(String(KeyRules.shownID(Array(typed), mask: "•")), typed, typed)
    }
  }
}
