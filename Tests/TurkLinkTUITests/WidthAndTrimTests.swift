import XCTest

@testable import TurkLinkTUI

/// Column widths and trailing-space trimming, which every render uses;
/// widths follow the Unicode East Asian Width and general categories.
final class WidthAndTrimTests: XCTestCase {
  func testWidths() {
    let cases: [(id: String, character: Character, width: Int)] = [
      ("ascii", "a", 1),
      ("space", " ", 1),
      ("control", "\u{7}", 0),
      ("delete", "\u{7f}", 0),
      ("c1-control", "\u{85}", 0),
      ("no-break-space", "\u{a0}", 1),
      ("latin-1", "é", 1),
      ("decomposed", "e\u{301}", 1),
      ("lone-mark", "\u{301}", 0),
      ("check-mark", "✓", 1),
      ("cjk", "日", 2),
      ("emoji", "🙂", 2),
    ]
    for testCase in cases {
      XCTAssertEqual(DisplayWidth.of(testCase.character), testCase.width, testCase.id)
    }
  }

  func testTrimmingTrailingSpaces() {
    let cases: [(id: String, text: String, trimmed: String)] = [
      ("empty", "", ""),
      ("only-spaces", "   ", ""),
      ("trailing", "ab  ", "ab"),
      ("inner-kept", "a b", "a b"),
      ("leading-kept", "  a", "  a"),
      ("wide", "日本 ", "日本"),
      ("mark-after-space", "a \u{301}", "a \u{301}"),
      ("tab-kept", "a\t", "a\t"),
    ]
    for testCase in cases {
      XCTAssertEqual(
        TextLayout.trimmingTrailingSpaces(testCase.text), testCase.trimmed, testCase.id)
    }
  }
}
