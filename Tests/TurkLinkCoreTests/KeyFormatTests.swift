import XCTest

@testable import TurkLinkCore

/// Every format rule of `KeyFormat`, with the exact problem expected.
final class KeyFormatTests: XCTestCase {
  private let id = ExampleKeys.id
  private let secret = ExampleKeys.secret

  func testAccessKeyIDTable() {
    let cases: [(id: String, value: String, expected: KeyProblem?)] = [
      ("valid", id, nil),
      ("valid-second", ExampleKeys.id2, nil),
      ("empty", "", .empty(.accessKeyID)),
      (
        "inner-space", "AKIAIOSF ODNN7EXAMPLE",
        .invalidCharacter(.accessKeyID, position: 9, character: " ")
      ),
      (
        "digit-zero", "AKIAIOSF0DNN7EXAMPLE",
        .invalidCharacter(.accessKeyID, position: 9, character: "0")
      ),
      (
        "digit-eight", "AKIAIOSFODNN8EXAMPLE",
        .invalidCharacter(.accessKeyID, position: 13, character: "8")
      ),
      (
        "umlaut", "AKIAIOSFÖDNN7EXAMPLE",
        .invalidCharacter(.accessKeyID, position: 9, character: "Ö")
      ),
      (
        "zero-width", "AKIA\u{200B}IOSFODNN7EXAMPLE",
        .invalidCharacter(.accessKeyID, position: 5, character: "\u{200B}")
      ),
      (
        "trailing-comma", id + ",",
        .invalidCharacter(.accessKeyID, position: 21, character: ",")
      ),
      ("all-lowercase", "akiaiosfodnn7example", .lowercase(position: 1)),
      ("one-lowercase", "AKIAIOSFODNn7EXAMPLE", .lowercase(position: 12)),
      ("partial-paste", "AKIAIOSFODNN7", .wrongLength(.accessKeyID, got: 13)),
      ("one-char", "A", .wrongLength(.accessKeyID, got: 1)),
      ("one-extra", id + "E", .wrongLength(.accessKeyID, got: 21)),
      ("temporary", "ASIAIOSFODNN7EXAMPLE", .temporaryKey),
      ("temporary-partial", "ASIAIOSF", .temporaryKey),
      (
        "user-id", "AIDAIOSFODNN7EXAMPLE",
        .otherIdentifier(prefix: "AIDA", kind: "an IAM user ID")
      ),
      (
        "role-id", "AROAIOSFODNN7EXAMPLE",
        .otherIdentifier(prefix: "AROA", kind: "an IAM role ID")
      ),
      (
        "unknown-prefix", "ABCDIOSFODNN7EXAMPLE", .unknownPrefix(prefix: "ABCD")
      ),
      ("unknown-prefix-partial", "ABCD", .wrongLength(.accessKeyID, got: 4)),
      ("secret-in-id-field", secret, .looksLikeSecret),
    ]
    for test in cases {
      XCTAssertEqual(
        KeyFormat.problem(accessKeyID: test.value), test.expected, test.id)
    }
  }

  func testSecretTable() {
    let cases: [(id: String, value: String, expected: KeyProblem?)] = [
      ("valid", secret, nil),
      ("valid-second", ExampleKeys.secret2, nil),
      ("empty", "", .empty(.secret)),
      (
        "inner-space", "wJalrXUtnFEMI K7MDENG/bPxRfiCYEXAMPLEKEY",
        .invalidCharacter(.secret, position: 14, character: " ")
      ),
      (
        "dash", "wJalrXUtnFEMI-K7MDENG/bPxRfiCYEXAMPLEKEY",
        .invalidCharacter(.secret, position: 14, character: "-")
      ),
      (
        "padding", secret + "=",
        .invalidCharacter(.secret, position: 41, character: "=")
      ),
      (
        "tab", "wJal\trXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        .invalidCharacter(.secret, position: 5, character: "\t")
      ),
      (
        "partial-paste", String(secret.prefix(39)),
        .wrongLength(.secret, got: 39)
      ),
      ("one-extra", secret + "A", .wrongLength(.secret, got: 41)),
      ("id-in-secret-field", id, .looksLikeAccessKeyID),
      (
        "temporary-id-in-secret-field", "ASIAIOSFODNN7EXAMPLE",
        .looksLikeAccessKeyID
      ),
      (
        "twenty-chars-not-id", "wJalrXUtnFEMIK7MDENG",
        .wrongLength(.secret, got: 20)
      ),
    ]
    for test in cases {
      XCTAssertEqual(
        KeyFormat.problem(secret: test.value), test.expected, test.id)
    }
  }

  func testPairTable() {
    let cases:
      [(id: String, keyID: String, secret: String, expected: [KeyProblem])] = [
        ("valid", id, secret, []),
        ("swapped", secret, id, [.swapSuggested]),
        ("swapped-temporary", secret, "ASIAIOSFODNN7EXAMPLE", [.swapSuggested]),
        ("secret-twice", secret, secret, [.looksLikeSecret]),
        ("id-twice", id, id, [.looksLikeAccessKeyID]),
        (
          "both-bad", "AKIA", "",
          [.wrongLength(.accessKeyID, got: 4), .empty(.secret)]
        ),
        ("temporary", "ASIAIOSFODNN7EXAMPLE", secret, [.temporaryKey]),
      ]
    for test in cases {
      let problems = KeyFormat.problems(
        accessKeyID: test.keyID, secret: test.secret)
      XCTAssertEqual(problems, test.expected, test.id)
    }
  }

  func testExactMessages() {
    let cases: [(id: String, problem: KeyProblem, expected: String)] = [
      (
        "space", .invalidCharacter(.accessKeyID, position: 9, character: " "),
        "The access key ID has a space at position 9; it may only contain capital "
          + "letters A–Z and digits 2–7. Remove it, or copy the key again from the "
          + ".csv file."
      ),
      (
        "invisible",
        .invalidCharacter(.secret, position: 3, character: "\u{200B}"),
        "The secret access key has the invisible character U+200B at position 3; "
          + "it may only contain letters, digits, / and +. Remove it, or copy the "
          + "key again from the .csv file."
      ),
      (
        "partial", .wrongLength(.secret, got: 39),
        "The secret access key has 39 characters instead of 40; part of it is "
          + "missing: copy the whole key again."
      ),
      (
        "too-long", .wrongLength(.accessKeyID, got: 21),
        "The access key ID has 21 characters instead of 20; something extra was "
          + "pasted with it: copy only the key."
      ),
    ]
    for test in cases {
      XCTAssertEqual(test.problem.message, test.expected, test.id)
    }
  }

  func testCharacterNames() {
    let cases: [(id: String, character: Character, expected: String)] = [
      ("space", " ", "a space"),
      ("tab", "\t", "a tab"),
      ("newline", "\n", "a line break"),
      ("crlf", "\r\n", "a line break"),
      ("escape", "\u{1B}", "the invisible character U+001B"),
      ("nbsp", "\u{00A0}", "the invisible character U+00A0"),
      ("visible", "é", "\"é\""),
      ("comma", ",", "\",\""),
    ]
    for test in cases {
      XCTAssertEqual(
        KeyProblemText.describe(test.character), test.expected, test.id)
    }
  }

  func testFieldsCodesAndSteps() {
    let cases:
      [(id: String, problem: KeyProblem, field: KeyField?, code: DiagnosisCode)] =
        [
          ("temporary", .temporaryKey, .accessKeyID, .temporaryKey),
          ("empty-secret", .empty(.secret), .secret, .keyFormat),
          ("lowercase", .lowercase(position: 1), .accessKeyID, .keyFormat),
          ("id-in-secret", .looksLikeAccessKeyID, .secret, .keyFormat),
          ("swap", .swapSuggested, nil, .keyFormat),
        ]
    for test in cases {
      XCTAssertEqual(test.problem.field, test.field, test.id)
      XCTAssertEqual(test.problem.diagnosisCode, test.code, test.id)
      XCTAssertEqual(test.problem.step, .accessKeys, test.id)
    }
  }

  func testNoMessageQuotesTheSecret() {
    let inputs = [
      secret, String(secret.prefix(39)), secret + "A", "x" + secret,
    ]
    for input in inputs {
      let problems = [
        KeyFormat.problem(secret: input), KeyFormat.problem(accessKeyID: input),
      ]
      for problem in problems.compactMap({ $0 }) {
        XCTAssertFalse(
          problem.message.contains(String(input.prefix(12))),
          input.count.description)
      }
    }
  }
}
