import XCTest

@testable import TurkLinkCore

/// The AWS documentation's example keys, used as fake keys everywhere.
enum ExampleKeys {
  static let id = "AKIAIOSFODNN7EXAMPLE"
  static let secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
  static let keys = AccessKeys(accessKeyID: id, secret: secret)
  /// A second, equally fake pair for tests that need two.
  static let id2 = "AKIAI44QHQDHBEXAMPLE"
  static let secret2 = "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"
  static let keys2 = AccessKeys(accessKeyID: id2, secret: secret2)
}

/// Every cleaning rule of `KeyCleaner`, one case each.
final class KeyCleanerTests: XCTestCase {
  private let id = ExampleKeys.id
  private let secret = ExampleKeys.secret

  func testCleaningTable() {
    let cases: [(id: String, raw: String, expected: String)] = [
      ("plain", id, id),
      ("surrounding-spaces", "  \(id)  ", id),
      ("tab-and-newline", "\t\(id)\n", id),
      ("crlf", "\(id)\r\n", id),
      ("lone-cr", "\(id)\r", id),
      ("leading-newlines", "\n\n\(id)", id),
      ("double-quotes", "\"\(id)\"", id),
      ("single-quotes", "'\(id)'", id),
      ("backticks", "`\(id)`", id),
      ("curly-double-quotes", "\u{201C}\(id)\u{201D}", id),
      ("curly-single-quotes", "\u{2018}\(id)\u{2019}", id),
      ("zsh-percent", "\(secret)%", secret),
      ("percent-then-newline", "\(secret)%\n", secret),
      ("newline-then-percent", "\(secret)\n%", secret),
      ("quotes-then-percent", "'\(secret)'%", secret),
      ("spaces-inside-quotes", "\" \(id) \"", id),
      ("quotes-inside-spaces", "  \"\(id)\"\r\n", id),
      ("two-percent-signs", "\(id)%%", id),
      ("nbsp", "\u{00A0}\(id)\u{00A0}", id),
      ("zero-width-and-bom", "\u{200B}\(id)\u{FEFF}", id),
      ("mismatched-quotes-kept", "\"\(id)'", "\"\(id)'"),
      ("one-quote-kept", "\"\(id)", "\"\(id)"),
      ("lone-quote-kept", "\"", "\""),
      ("inner-space-kept", "AKIAIOSF ODNN7EXAMPLE", "AKIAIOSF ODNN7EXAMPLE"),
      (
        "inner-newline-kept", "AKIAIOSF\nODNN7EXAMPLE", "AKIAIOSF\nODNN7EXAMPLE"
      ),
      ("inner-percent-kept", "AKIA%IOSF", "AKIA%IOSF"),
      ("inner-quote-kept", "wJal\"rX", "wJal\"rX"),
      ("empty", "", ""),
      ("only-whitespace", " \n\t\r\n ", ""),
      ("only-quotes", "''", ""),
      ("only-percent", "%", ""),
      ("slash-and-plus-kept", " a/b+c ", "a/b+c"),
    ]
    for test in cases {
      XCTAssertEqual(KeyCleaner.clean(test.raw), test.expected, test.id)
    }
  }

  func testCleaningIsIdempotent() {
    let samples = ["  '\(id)'%\n", "\"\(secret)\"", "a b", "``x``", "%'%"]
    for sample in samples {
      let once = KeyCleaner.clean(sample)
      XCTAssertEqual(KeyCleaner.clean(once), once, sample.debugDescription)
    }
  }
}
