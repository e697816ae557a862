import XCTest

@testable import TurkLinkTUI

/// Dropping the rest of an escape sequence curses did not know: exactly
/// the sequence goes, the key typed after it stays.
final class EscapeSequenceTests: XCTestCase {
  /// Each case is what followed Esc; `kept` is what must be left unread.
  private let cases: [(id: String, after: String, kept: String)] = [
    ("Alt-n", "nB", "B"),
    ("CSI colour", "[31mB", "B"),
    ("CSI cursor report", "[12;40RB", "B"),
    ("CSI modified Enter", "[27;5;13~B", "B"),
    ("CSI kitty key", "[110;5uB", "B"),
    ("SS3 F1", "OPB", "B"),
    ("OSC title ended by BEL", "]0;pwned\u{07}B", "B"),
    ("OSC ended by ST", "]2;x\u{1b}\\B", "B"),
    ("DCS ended by ST", "P1$r0m\u{1b}\\B", "B"),
    ("APC", "_hello\u{07}B", "B"),
    ("OSC with an Esc inside", "]0;a\u{1b}b\u{07}B", "B"),
    ("cut-off CSI", "[12;", ""),
    ("cut-off OSC", "]0;title", ""),
  ]

  func testSkipsExactlyTheSequence() {
    for item in cases {
      var rest = Array(item.after.unicodeScalars.map(\.value))
      let first = rest.removeFirst()
      EscapeSequence.skip(after: first) {
        rest.isEmpty ? nil : rest.removeFirst()
      }
      let kept = String(
        String.UnicodeScalarView(rest.compactMap(UnicodeScalar.init)))
      XCTAssertEqual(kept, item.kept, item.id)
    }
  }

  func testEndlessSequencesStopAtTheirLimit() {
    var read = 0
    EscapeSequence.skip(after: 0x5b) {
      read += 1
      return 0x30
    }
    XCTAssertEqual(read, EscapeSequence.controlLimit)

    read = 0
    EscapeSequence.skip(after: 0x5d) {
      read += 1
      return 0x41
    }
    XCTAssertEqual(read, EscapeSequence.stringLimit)
  }
}
