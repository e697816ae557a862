import XCTest

@testable import TurkLinkTUI

/// UTF-8 keyboard input decoded byte by byte: a bad byte is dropped alone
/// and whatever came after it is handed back, never swallowed.
final class UTF8InputTests: XCTestCase {
  private typealias Decoded = UTF8Input.Decoded

  /// `bytes` starts with the lead byte; `left` is what must stay unread.
  private let cases:
    [(id: String, bytes: [UInt32], decoded: Decoded, left: Int)] = [
      ("ASCII", [0x41, 0x42], Decoded(scalar: 0x41), 1),
      ("é in two bytes", [0xc3, 0xa9, 0x42], Decoded(scalar: 0xe9), 1),
      ("日 in three bytes", [0xe6, 0x97, 0xa5], Decoded(scalar: 0x65e5), 0),
      (
        "🔑 in four bytes", [0xf0, 0x9f, 0x94, 0x91], Decoded(scalar: 0x1f511), 0
      ),
      ("U+10FFFF", [0xf4, 0x8f, 0xbf, 0xbf], Decoded(scalar: 0x10ffff), 0),
      ("lead then a letter", [0xc3, 0x42, 0x43], Decoded(pushBack: 0x42), 1),
      ("lead then a key code", [0xc3, 0x103], Decoded(pushBack: 0x103), 0),
      ("cut off by silence", [0xe6, 0x97], Decoded(), 0),
      ("stray continuation", [0x80, 0x42], Decoded(), 1),
      ("never in UTF-8", [0xff, 0x42], Decoded(), 1),
      ("overlong C0", [0xc0, 0xaf], Decoded(), 1),
      ("overlong E0", [0xe0, 0x80, 0xaf], Decoded(pushBack: 0x80), 1),
      ("surrogate", [0xed, 0xa0, 0x80], Decoded(pushBack: 0xa0), 1),
      ("past U+10FFFF", [0xf4, 0x90, 0x80, 0x80], Decoded(pushBack: 0x90), 2),
      (
        "lead inside a character", [0xe6, 0xc3, 0xa9], Decoded(pushBack: 0xc3),
        1
      ),
    ]

  func testDecodesOrDropsOnlyTheBadBytes() {
    for item in cases {
      var rest = Array(item.bytes.dropFirst())
      let decoded = UTF8Input.decode(lead: item.bytes[0]) {
        rest.isEmpty ? nil : rest.removeFirst()
      }
      XCTAssertEqual(decoded, item.decoded, item.id)
      XCTAssertEqual(rest.count, item.left, item.id)
    }
  }

  func testAgreesWithSwiftOnEveryTwoByteSequence() {
    for lead in UInt32(0x80)...0xff {
      for second in UInt32(0x00)...0xff {
        var rest = [second]
        let decoded = UTF8Input.decode(lead: lead) {
          rest.isEmpty ? nil : rest.removeFirst()
        }
        let bytes = [UInt8(lead), UInt8(second)]
        let swift = String(validating: bytes, as: UTF8.self)?.unicodeScalars
          .first?.value
        if let swift,
          String(decoding: bytes, as: UTF8.self).unicodeScalars.count == 1
        {
          XCTAssertEqual(decoded.scalar, swift, "\(bytes)")
        } else {
          XCTAssertNil(decoded.scalar, "\(bytes)")
        }
      }
    }
  }
}
