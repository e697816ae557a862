import Foundation
import XCTest

@testable import TurkLinkCore

/// The CredentialsFile editor on many existing files: only the Profile's
/// lines change, every byte before and after it stays identical.
final class CredentialsFileTests: XCTestCase {
  private static let old = ExampleKeys.keys
  static let new = ExampleKeys.keys2
  private static let oldID = "aws_access_key_id = \(old.accessKeyID)"
  private static let oldSecret = "aws_secret_access_key = \(old.secret)"
  private static let newID = "aws_access_key_id = \(new.accessKeyID)"
  private static let newSecret = "aws_secret_access_key = \(new.secret)"

  /// A file split into the bytes before the Profile, the Profile's old
  /// section ("" when absent), and the bytes after it; `expected` is the
  /// section the editor must write in its place.
  struct Case {
    var id: String
    var before: String
    var section: String
    var after: String
    var expected: String
  }

  static let cases: [Case] = [
    Case(
      id: "empty-file", before: "", section: "", after: "",
      expected: "[mturk]\n\(newID)\n\(newSecret)\n"),
    Case(
      id: "append-after-default", before: "[default]\n\(oldID)\n\(oldSecret)\n",
      section: "", after: "", expected: "\n[mturk]\n\(newID)\n\(newSecret)\n"),
    Case(
      id: "append-no-final-newline", before: "[default]\nregion = us-east-1",
      section: "", after: "", expected: "\n\n[mturk]\n\(newID)\n\(newSecret)\n"),
    Case(
      id: "append-after-blank-line", before: "[default]\nregion = x\n\n",
      section: "", after: "", expected: "[mturk]\n\(newID)\n\(newSecret)\n"),
    Case(
      id: "append-crlf", before: "# lab\r\n[default]\r\n\(oldID)\r\n",
      section: "",
      after: "", expected: "\r\n[mturk]\r\n\(newID)\r\n\(newSecret)\r\n"),
    Case(
      id: "append-crlf-no-final-newline", before: "[a]\r\nx = 1\r\ny = 2",
      section: "", after: "",
      expected: "\r\n\r\n[mturk]\r\n\(newID)\r\n\(newSecret)\r\n"),
    Case(
      id: "append-lone-cr", before: "[a]\rk = v\r", section: "", after: "",
      expected: "\r[mturk]\r\(newID)\r\(newSecret)\r"),
    Case(
      id: "replace-lone-cr-missing-secret", before: "[a]\rk = v\r",
      section: "[mturk]\r\(oldID)\r", after: "\r[b]\r",
      expected: "[mturk]\r\(newID)\r\(newSecret)\r"),
    Case(
      id: "append-mixed-mostly-lf", before: "[a]\r\nx = 1\ny = 2\n",
      section: "",
      after: "", expected: "\n[mturk]\n\(newID)\n\(newSecret)\n"),
    Case(
      id: "append-only-comments", before: "# nothing yet", section: "",
      after: "",
      expected: "\n\n[mturk]\n\(newID)\n\(newSecret)\n"),
    Case(
      id: "replace-at-start", before: "",
      section: "[mturk]\n\(oldID)\n\(oldSecret)\n",
      after: "\n[default]\n\(oldID)\n\(oldSecret)\n",
      expected: "[mturk]\n\(newID)\n\(newSecret)\n"),
    Case(
      id: "replace-in-middle-with-comments",
      before: "# top comment\n[default]\n\(oldID)\n\(oldSecret)\n\n",
      section: "[mturk]\n\(oldID)\n\(oldSecret)\n",
      after: "\n# the work account\n[work]\n\(oldID)\n\(oldSecret)\n",
      expected: "[mturk]\n\(newID)\n\(newSecret)\n"),
    Case(
      id: "replace-at-end-no-final-newline",
      before: "[default]\nregion = x\n\n",
      section: "[mturk]\n\(oldID)\n\(oldSecret)", after: "",
      expected: "[mturk]\n\(newID)\n\(newSecret)"),
    Case(
      id: "replace-crlf", before: "[default]\r\n\(oldID)\r\n\r\n",
      section: "[mturk]\r\n\(oldID)\r\n\(oldSecret)\r\n",
      after: "\r\n; end\r\n",
      expected: "[mturk]\r\n\(newID)\r\n\(newSecret)\r\n"),
    Case(
      id: "replace-keeps-region-comment-drops-token", before: "",
      section:
        "[mturk]\n# mine\n\(oldID)\nregion = us-east-1\naws_session_token = T0K\n"
        + "\(oldSecret)\noutput = json\n",
      after: "",
      expected:
        "[mturk]\n# mine\n\(newID)\nregion = us-east-1\n\(newSecret)\noutput = json\n"
    ),
    Case(
      id: "replace-other-spellings-keeps-indent", before: "",
      section:
        "[mturk] ; lab\n  AWS_ACCESS_KEY_ID=\(old.accessKeyID)\n"
        + "\taws_secret_access_key: x\n",
      after: "[b]\n",
      expected: "[mturk] ; lab\n  \(newID)\n\t\(newSecret)\n"),
    Case(
      id: "spaced-header-is-another-profile", before: "[ mturk ]\n\(oldID)\n",
      section: "", after: "",
      expected: "\n[mturk]\n\(newID)\n\(newSecret)\n"),
    Case(
      id: "indented-header-after-setting-is-a-continuation",
      before: "[a]\nk = v\n  [mturk]\n", section: "", after: "",
      expected: "\n[mturk]\n\(newID)\n\(newSecret)\n"),
    Case(
      id: "indented-lookalike-key-is-a-continuation", before: "",
      section: "[mturk]\nregion = x\n  \(oldID)\n", after: "",
      expected: "[mturk]\n\(newID)\n\(newSecret)\nregion = x\n  \(oldID)\n"),
    Case(
      id: "continuation-of-dropped-token-dropped", before: "",
      section: "[mturk]\n\(oldID)\naws_session_token = AAA\n  BBB\n\n  CCC\n"
        + "\(oldSecret)\n  more\nregion = x\n",
      after: "",
      expected: "[mturk]\n\(newID)\n\n\(newSecret)\nregion = x\n"),
    Case(
      id: "indented-header-after-empty-profile", before: "",
      section: "[mturk]\n", after: "  [work]\nk = v\n",
      expected: "[mturk]\n  \(newID)\n  \(newSecret)\n"),
    Case(
      id: "missing-secret-inserted-after-id", before: "",
      section: "[mturk]\n\(oldID)\nregion = x\n",
      after: "\n# next\n[b]\nk = v\n",
      expected: "[mturk]\n\(newID)\n\(newSecret)\nregion = x\n"),
    Case(
      id: "missing-keys-inserted-after-header", before: "",
      section: "[mturk]\n# r\n   region = x\n", after: "",
      expected: "[mturk]\n   \(newID)\n   \(newSecret)\n# r\n   region = x\n"),
    Case(
      id: "header-only-at-end-without-newline", before: "[a]\nk = v\n",
      section: "[mturk]", after: "",
      expected: "[mturk]\n\(newID)\n\(newSecret)"),
    Case(
      id: "empty-section-before-comment", before: "",
      section: "[mturk]\n", after: "# note\n[b]\n",
      expected: "[mturk]\n\(newID)\n\(newSecret)\n"),
    Case(
      id: "token-was-last-line-without-newline", before: "[a]\n",
      section: "[mturk]\n\(oldID)\n\(oldSecret)\naws_session_token = T0K",
      after: "",
      expected: "[mturk]\n\(newID)\n\(newSecret)"),
    Case(
      id: "others-with-session-tokens",
      before:
        "[temp1]\n\(oldID)\n\(oldSecret)\naws_session_token = AAA//bbb==\n",
      section: "[mturk]\n\(oldID)\n\(oldSecret)\n",
      after: "[temp2]\naws_session_token = CCC\n\(oldID)\n",
      expected: "[mturk]\n\(newID)\n\(newSecret)\n"),
    Case(
      id: "unicode",
      before: "# Schlüssel für das Labor Ω 日本\n[café]\nnote = naïve ✓\n",
      section: "[mturk]\n\(oldID)\n\(oldSecret)\n", after: "[ß]\n# ende 🙂",
      expected: "[mturk]\n\(newID)\n\(newSecret)\n"),
    Case(
      id: "duplicate-other-profile-untouched",
      before: "[b]\nk = 1\n[b]\nk = 2\n", section: "[mturk]\n\(oldID)\n",
      after: "[b]\nk = 3\n", expected: "[mturk]\n\(newID)\n\(newSecret)\n"),
    Case(
      id: "similar-names-untouched",
      before: "[mturk2]\n\(oldID)\n[profile mturk]\n\(oldID)\n",
      section: "", after: "",
      expected: "\n[mturk]\n\(newID)\n\(newSecret)\n"),
  ]

  func testUpsertPreservesEverythingOutsideTheProfile() throws {
    for test in Self.cases {
      let original = CredentialsFile(
        text: test.before + test.section + test.after)
      let result = Array(
        try original.upserting(profile: "mturk", keys: Self.new))

      let before = Array(test.before.utf8)
      let after = Array(test.after.utf8)
      XCTAssertEqual(
        Array(result.prefix(before.count)), before, "\(test.id): before")
      XCTAssertEqual(
        Array(result.suffix(after.count)), after, "\(test.id): after")
      XCTAssertEqual(
        result, before + Array(test.expected.utf8) + after, test.id)
      assertReparse(result, original: original, test.id)
    }
  }

  /// The result holds the new keys and every other Profile unchanged.
  private func assertReparse(
    _ result: [UInt8], original: CredentialsFile, _ id: String
  ) {
    let parsed = CredentialsFile(data: Data(result))
    XCTAssertEqual(parsed.keys(profile: "mturk"), Self.new, "\(id): keys")
    XCTAssertNil(
      parsed.settings(profile: "mturk")?["aws_session_token"], "\(id): token")
    let others = original.profileNames.filter { $0 != "mturk" }
    XCTAssertEqual(
      parsed.profileNames.filter { $0 != "mturk" }, others, "\(id): names")
    for name in others {
      XCTAssertEqual(
        parsed.settings(profile: name), original.settings(profile: name), id)
    }
  }

  func testDuplicateSectionsOfTheProfile() throws {
    let text =
      "[mturk]\n\(Self.oldID)\nregion = a\n\n[x]\nk = v\n\n[mturk]\n"
      + "\(Self.oldSecret)\naws_session_token = T\nregion = b\n"
    let result = try CredentialsFile(text: text).upserting(
      profile: "mturk", keys: Self.new)

    let expected =
      "[mturk]\n\(Self.newID)\n\(Self.newSecret)\nregion = a\n\n[x]\nk = v\n\n"
      + "[mturk]\nregion = b\n"
    XCTAssertEqual(String(decoding: result, as: UTF8.self), expected)
    XCTAssertEqual(
      CredentialsFile(data: result).keys(profile: "mturk"), Self.new)
  }

  func testInvalidUTF8OutsideIsKept() throws {
    let before: [UInt8] =
      Array("# ".utf8) + [0xFF, 0xFE, 0xC3] + Array("\n[a]\nk = ".utf8)
      + [0x80] + [0x0A]
    let result = try CredentialsFile(data: Data(before)).upserting(
      profile: "m", keys: Self.new)

    XCTAssertEqual(Array(result.prefix(before.count)), before)
    XCTAssertEqual(
      Array(result.dropFirst(before.count)),
      Array("\n[m]\n\(Self.newID)\n\(Self.newSecret)\n".utf8))
  }

  func testReadingTable() {
    let text =
      "# c\n[default]\naws_access_key_id=\(Self.old.accessKeyID)\n"
      + "aws_secret_access_key : \(Self.old.secret)  \n; x\n[b]\n"
      + "region = x # not a comment\n[ spaced ]\n[b]\nregion = y\n"
      + "lonely line\n[c]\nk = 1\n\n  more\n  [not-a-section]\n"
      + "key: a = b\n[]\n"
    let file = CredentialsFile(text: text)
    XCTAssertEqual(file.profileNames, ["default", "b", " spaced ", "c"])
    XCTAssertEqual(file.keys(profile: "default"), Self.old)
    XCTAssertEqual(file.settings(profile: "b"), ["region": "y"])
    XCTAssertEqual(file.settings(profile: " spaced "), [:])
    XCTAssertEqual(
      file.settings(profile: "c"),
      ["k": "1\n\nmore\n[not-a-section]", "key": "a = b"])
    XCTAssertNil(file.settings(profile: "spaced"))
    XCTAssertNil(file.keys(profile: "b"))
    XCTAssertTrue(file.profileExists("b"))
    XCTAssertFalse(file.profileExists("B"))
  }

  func testRefusesNamesAndValuesThatForgeLines() {
    let file = CredentialsFile(text: "[a]\n")
    let names = ["", "a b", "x]\n[y", "ü", "a\r", "[x]", "#x;", "DEFAULT"]
    for name in names {
      XCTAssertThrowsError(
        try file.upserting(profile: name, keys: Self.new), name
      ) {
        XCTAssertEqual($0 as? KeyError, .invalidProfileName(name))
      }
    }
    let forged = AccessKeys(
      accessKeyID: Self.new.accessKeyID, secret: "x\n[evil]")
    XCTAssertThrowsError(try file.upserting(profile: "m", keys: forged)) {
      XCTAssertEqual(
        $0 as? KeyError,
        .invalidKeys(.invalidCharacter(.secret, position: 2, character: "\n")))
    }
  }

  func testAllowedProfileNames() throws {
    for name in ["mturk", "lab.alice@example.edu", "a_b-c+d", "Default", "0"] {
      let result = try CredentialsFile(text: "").upserting(
        profile: name, keys: Self.new)
      XCTAssertEqual(
        CredentialsFile(data: result).keys(profile: name), Self.new, name)
    }
  }
}
