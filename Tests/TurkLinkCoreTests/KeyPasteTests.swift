import XCTest

@testable import TurkLinkCore

/// One paste Event into a key Field, interpreted.
final class KeyPasteTests: XCTestCase {
  private let id = ExampleKeys.id
  private let secret = ExampleKeys.secret

  func testPasteTable() {
    let both = KeyPaste.Outcome.keys([
      AccessKeyCSV.Entry(keys: ExampleKeys.keys, line: 1)
    ])
    let cases:
      [(id: String, paste: String, field: KeyField, expected: KeyPaste.Outcome)] =
        [
          ("id-with-newline", "\(id)\n", .accessKeyID, .value(id, nil)),
          (
            "secret-with-zsh-mark", "'\(secret)'%", .secret, .value(secret, nil)
          ),
          (
            "id-with-inner-space", " AKIA IOSFODNN7EXAMPLE ", .accessKeyID,
            .value(
              "AKIA IOSFODNN7EXAMPLE",
              .invalidCharacter(.accessKeyID, position: 5, character: " "))
          ),
          (
            "secret-into-id-field", secret, .accessKeyID,
            .value(secret, .looksLikeSecret)
          ),
          ("csv-row-into-id-field", "\(id),\(secret)\r\n", .accessKeyID, both),
          (
            "csv-row-into-secret-field", "\"\(id)\",\"\(secret)\"", .secret,
            both
          ),
          ("table-row", "\(id)\t\(secret)", .secret, both),
          (
            "partial-secret", String(secret.prefix(30)), .secret,
            .value(String(secret.prefix(30)), .wrongLength(.secret, got: 30))
          ),
          ("empty", "  \n", .secret, .value("", .empty(.secret))),
        ]
    for test in cases {
      XCTAssertEqual(
        KeyPaste.interpret(test.paste, into: test.field), test.expected, test.id
      )
    }
  }
}
