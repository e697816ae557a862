import XCTest

@testable import TurkLinkCore

/// The Sanitizer on hostile and ordinary text.
final class SanitizerTests: XCTestCase {
  static let cases: [(id: String, input: String, expected: String)] = [
    ("plain", "Access denied.", "Access denied."),
    ("unicode-kept", "Solde épuisé ✓ 日本", "Solde épuisé ✓ 日本"),
    ("csi-colour", "\u{1B}[31mred\u{1B}[0m text", "red text"),
    ("csi-clear-screen", "a\u{1B}[2J\u{1B}[Hb", "ab"),
    ("csi-private", "x\u{1B}[?1049hy", "xy"),
    ("osc-title-bel", "\u{1B}]0;owned\u{07}title", "title"),
    (
      "osc-hyperlink-st",
      "\u{1B}]8;;http://evil.test\u{1B}\\click\u{1B}]8;;\u{1B}\\", "click"
    ),
    ("osc52-clipboard", "a\u{1B}]52;c;cm0gLXJmIH4=\u{07}b", "ab"),
    ("dcs", "a\u{1B}P1$r0m\u{1B}\\b", "ab"),
    ("two-byte-esc", "a\u{1B}cb\u{1B}7c", "abc"),
    ("charset-designation", "a\u{1B}(Bb", "ab"),
    ("c1-csi", "a\u{9B}31mb", "ab"),
    ("c1-osc", "a\u{9D}0;x\u{9C}b", "ab"),
    ("c1-other", "a\u{85}b\u{8D}c", "a bc"),
    ("c0-controls", "a\u{00}b\u{07}c\u{08}d\u{7F}e", "abcde"),
    ("bidi-override", "abc\u{202E}fed\u{202C}", "abcfed"),
    ("bidi-isolates", "\u{2066}x\u{2069}\u{200F}", "x"),
    ("zero-width", "a\u{200B}b\u{FEFF}", "ab"),
    (
      "whitespace-collapsed", "  one\t\ttwo\r\n three\u{00A0} ", "one two three"
    ),
    ("unterminated-osc", "keep\u{1B}]0;never ends", "keep"),
    ("lone-esc-at-end", "end\u{1B}", "end"),
    ("csi-broken-by-newline", "a\u{1B}[12\nb", "a b"),
    ("only-junk", "\u{1B}[0m\u{07}\u{202E}", ""),
  ]

  func testCleaning() {
    for item in Self.cases {
      XCTAssertEqual(
        Sanitizer.standard.clean(item.input), item.expected, item.id)
    }
  }

  func testLengthCap() {
    let long = String(repeating: "ab ", count: 200)
    let cleaned = Sanitizer(maxLength: 10).clean(long)
    XCTAssertEqual(cleaned, "ab ab ab …")
    XCTAssertEqual(cleaned.count, 10)
    XCTAssertEqual(Sanitizer(maxLength: 10).clean("short"), "short")
  }

  func testNoControlCharacterSurvivesAnyMix() {
    // Every C0/C1 control and ESC followed by every printable ASCII byte.
    var nasty = ""
    for value in Array(0x00...0x1F) + Array(0x7F...0x9F) {
      nasty.unicodeScalars.append(Unicode.Scalar(UInt32(value))!)
      nasty += "x"
    }
    for value in 0x20...0x7E {
      nasty += "\u{1B}" + String(Unicode.Scalar(UInt8(value))) + "y"
    }
    let cleaned = Sanitizer(maxLength: 10_000).clean(nasty)
    let bad = cleaned.unicodeScalars.filter {
      $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
    }
    XCTAssertTrue(bad.isEmpty, cleaned.debugDescription)
  }
}
