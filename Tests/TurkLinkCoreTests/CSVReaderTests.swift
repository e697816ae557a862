import XCTest

@testable import TurkLinkCore

/// The access-key CSV reader on each console layout, hand-written.
final class CSVReaderTests: XCTestCase {
  private let id = ExampleKeys.id
  private let secret = ExampleKeys.secret
  private let id2 = ExampleKeys.id2
  private let secret2 = ExampleKeys.secret2

  /// One expected row: id, secret, user name, line.
  private typealias Row = (String, String, String?, Int)

  func testLayoutsTable() throws {
    let cases: [(id: String, text: String, expected: [Row])] = [
      (
        "current-with-header",
        "Access key ID,Secret access key\n\(id),\(secret)\n",
        [(id, secret, nil, 2)]
      ),
      (
        "current-no-final-newline",
        "Access key ID,Secret access key\n\(id),\(secret)",
        [(id, secret, nil, 2)]
      ),
      ("current-without-header", "\(id),\(secret)\n", [(id, secret, nil, 1)]),
      (
        "crlf", "Access key ID,Secret access key\r\n\(id),\(secret)\r\n",
        [(id, secret, nil, 2)]
      ),
      (
        "bom", "\u{FEFF}Access key ID,Secret access key\r\n\(id),\(secret)\r\n",
        [(id, secret, nil, 2)]
      ),
      (
        "quoted-fields",
        "\"Access key ID\",\"Secret access key\"\n\"\(id)\",\"\(secret)\"\n",
        [(id, secret, nil, 2)]
      ),
      (
        "header-case-and-spaces",
        " access key id , SECRET ACCESS KEY\n\(id), \(secret) \n",
        [(id, secret, nil, 2)]
      ),
      (
        "blank-lines",
        "\nAccess key ID,Secret access key\n\n\(id),\(secret)\n\n",
        [(id, secret, nil, 4)]
      ),
      (
        "older-five-columns",
        "User name,Password,Access key ID,Secret access key,Console login link\n"
          + "alice@example.edu,,\(id),\(secret),"
          + "https://123456789012.signin.aws.amazon.com/console\n",
        [(id, secret, "alice@example.edu", 2)]
      ),
      (
        "older-with-quoted-password",
        "User name,Password,Access key ID,Secret access key,Console login link\r\n"
          + "bob,\"pa,ss\"\"word\",\(id),\(secret),\"https://x.example/console\"\r\n",
        [(id, secret, "bob", 2)]
      ),
      (
        "semicolons", "Access key ID;Secret access key\r\n\(id);\(secret)\r\n",
        [(id, secret, nil, 2)]
      ),
      (
        "semicolons-quoted",
        "\"Access key ID\";\"Secret access key\"\n\"\(id)\";\(secret)",
        [(id, secret, nil, 2)]
      ),
      ("tabs-without-header", "\(id)\t\(secret)\n", [(id, secret, nil, 1)]),
      (
        "comma-wins-over-semicolon",
        "User name,Password,Access key ID,Secret access key\na;b,p;q,\(id),\(secret)\n",
        [(id, secret, "a;b", 2)]
      ),
      (
        "reordered-columns",
        "Secret access key,Access key ID\n\(secret),\(id)\n",
        [(id, secret, nil, 2)]
      ),
      (
        "several-rows",
        "Access key ID,Secret access key\n\(id),\(secret)\n\(id2),\(secret2)\n",
        [(id, secret, nil, 2), (id2, secret2, nil, 3)]
      ),
      (
        "multiline-quoted-field-counts-lines",
        "User name,Password,Access key ID,Secret access key\n"
          + "\"two\nlines\",x,\(id),\(secret)\n\(id2)x,y,\(id2),\(secret2)\n",
        [(id, secret, "two\nlines", 2), (id2, secret2, "\(id2)x", 4)]
      ),
    ]
    for test in cases {
      let entries = try AccessKeyCSV.entries(in: test.text)
      let rows = entries.map {
        [$0.keys.accessKeyID, $0.keys.secret, $0.userName ?? "-", "\($0.line)"]
      }
      let expected = test.expected.map { [$0.0, $0.1, $0.2 ?? "-", "\($0.3)"] }
      XCTAssertEqual(rows, expected, test.id)
    }
  }

  func testErrorTable() {
    let header = "Access key ID,Secret access key\n"
    let cases: [(id: String, text: String, expected: KeyError)] = [
      ("empty", "", .csvLayout("it is empty")),
      ("only-blank-lines", "\n\r\n\n", .csvLayout("it is empty")),
      ("header-only", header, .csvNoKeys),
      (
        "three-columns-no-header", "a,b,c\n",
        .csvLayout(
          "its first line has 3 columns and no header")
      ),
      (
        "one-column", "\(id)\n",
        .csvLayout("its first line has 1 column and no header")
      ),
      (
        "short-row",
        "User name,Password,Access key ID,Secret access key\nbob,x\n",
        .csvLayout("line 2 has 2 columns, fewer than its header")
      ),
      (
        "unclosed-quote", header + "\"\(id),\(secret)\n",
        .csvSyntax(line: 2, "a quote that is never closed")
      ),
      (
        "stray-quote", header + "AK\"IA,\(secret)\n",
        .csvSyntax(line: 2, "a quote in the middle of a field")
      ),
      (
        "text-after-quote", header + "\"\(id)\"x,\(secret)\n",
        .csvSyntax(line: 2, "text right after a closing quote")
      ),
      (
        "partial-secret", header + "\(id),\(secret.prefix(30))\n",
        .csvBadKey(line: 2, .wrongLength(.secret, got: 30))
      ),
      (
        "temporary-key", header + "ASIAIOSFODNN7EXAMPLE,\(secret)\n",
        .csvBadKey(line: 2, .temporaryKey)
      ),
      (
        "swapped-without-header", "\(secret),\(id)\n",
        .csvBadKey(line: 1, .swapSuggested)
      ),
      (
        "lone-cr-is-data", header + "AKIAIOSF\rODNN7EXAMPLE,\(secret)\n",
        .csvBadKey(
          line: 2, .invalidCharacter(.accessKeyID, position: 9, character: "\r")
        )
      ),
      (
        "inner-space",
        header + "\(id),wJalrXUtnFEMI K7MDENG/bPxRfiCYEXAMPLEKEY\n",
        .csvBadKey(
          line: 2, .invalidCharacter(.secret, position: 14, character: " "))
      ),
    ]
    for test in cases {
      XCTAssertThrowsError(try AccessKeyCSV.entries(in: test.text), test.id) {
        error in
        XCTAssertEqual(error as? KeyError, test.expected, test.id)
      }
    }
  }

  func testSpreadsheetEncodingsTable() throws {
    let text = "Access key ID\tSecret access key\r\n\(id)\t\(secret)\r\n"
    let cases: [(id: String, data: Data)] = [
      ("utf8", Data(text.utf8)),
      ("utf8-bom", Data([0xEF, 0xBB, 0xBF] + Array(text.utf8))),
      (
        "utf16le-bom",
        Data(
          [0xFF, 0xFE]
            + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
      ),
      (
        "utf16be-bom",
        Data(
          [0xFE, 0xFF]
            + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
      ),
    ]
    for test in cases {
      let keys = try AccessKeyCSV.entries(in: test.data).map(\.keys)
      XCTAssertEqual(keys, [ExampleKeys.keys], test.id)
    }
  }

  func testNotUTF8() {
    let data = Data([0x41, 0xFF, 0xFE, 0x2C, 0x0A])
    XCTAssertThrowsError(try AccessKeyCSV.entries(in: data)) { error in
      XCTAssertEqual(
        error as? KeyError, .csvLayout("it is not text (UTF-8 or UTF-16)"))
    }
  }

  func testReadsFile() throws {
    let dir = try TempDirectory()
    let path = dir.path + "/keys.csv"
    let text = "\u{FEFF}Access key ID,Secret access key\r\n\(id),\(secret)\r\n"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    XCTAssertEqual(
      try AccessKeyCSV.entries(atPath: path).map(\.keys), [ExampleKeys.keys])

    XCTAssertThrowsError(
      try AccessKeyCSV.entries(atPath: dir.path + "/none.csv")
    ) { error in
      XCTAssertEqual(
        error as? KeyError,
        .unreadable(
          path: dir.path + "/none.csv", reason: "there is no such file"))
    }
  }

  func testPastedTable() {
    let cases: [(id: String, paste: String, expected: [AccessKeys]?)] = [
      ("row", "\(id),\(secret)", [ExampleKeys.keys]),
      ("row-newline-percent", "\(id),\(secret)%\n", [ExampleKeys.keys]),
      (
        "header-and-row",
        "Access key ID,Secret access key\r\n\(id),\(secret)\r\n",
        [ExampleKeys.keys]
      ),
      ("quoted-row", "\"\(id)\",\"\(secret)\"", [ExampleKeys.keys]),
      (
        "two-rows", "\(id),\(secret)\n\(id2),\(secret2)",
        [ExampleKeys.keys, ExampleKeys.keys2]
      ),
      ("surrounding-space", "  \(id),\(secret)  ", [ExampleKeys.keys]),
      ("just-an-id", id, nil),
      ("tab-separated", "\(id)\t\(secret)\n", [ExampleKeys.keys]),
      ("two-lines", "\(id)\r\n\(secret)", [ExampleKeys.keys]),
      ("secret-first", "\(secret) \(id)", [ExampleKeys.keys]),
      (
        "labelled", "Access key ID: \(id)\nSecret access key: '\(secret)'",
        [ExampleKeys.keys]
      ),
      ("two-ids-one-secret", "\(id) \(id2) \(secret)", nil),
      ("id-and-partial-secret", "\(id) \(secret.prefix(39))", nil),
      ("just-a-secret", secret, nil),
      ("bad-row", "\(id),short", nil),
      ("prose-with-comma", "hello, world", nil),
    ]
    for test in cases {
      XCTAssertEqual(
        AccessKeyCSV.pastedEntries(test.paste)?.map(\.keys), test.expected,
        test.id)
    }
  }

  func testErrorsNeverQuoteTheSecret() {
    let texts = [
      "Access key ID,Secret access key\n\(id),\(secret)x\n",
      "\(secret),\(secret)\n",
      "Access key ID,Secret access key\n\(id),\"\(secret)\n",
    ]
    for text in texts {
      XCTAssertThrowsError(try AccessKeyCSV.entries(in: text)) { error in
        XCTAssertFalse("\(error)".contains(secret.prefix(10)))
      }
    }
  }
}
