import Foundation
import XCTest

@testable import TurkLinkCore

/// The exact words of the Keys and Storage errors: each says what went
/// wrong and what to do, and none holds a secret.
final class KeyErrorTests: XCTestCase {
  func testKeyErrorMessages() {
    let cases: [(id: String, error: KeyError, expected: String)] = [
      (
        "csv-no-keys", .csvNoKeys,
        "The .csv file has a header but no keys. Expected the .csv file the "
          + "AWS console offers when you create an access key (header "
          + "\"Access key ID,Secret access key\", then one row per key)."
      ),
      (
        "csv-bad-key", .csvBadKey(line: 2, .temporaryKey),
        "Line 2 of the .csv file: This key starts with ASIA: it is a "
          + "temporary key, and MTurk does not accept temporary keys. Create "
          + "an access key for your IAM user (it starts with AKIA)."
      ),
      (
        "profile-not-found",
        .profileNotFound(profile: "w", path: "/c", available: ["a", "b"]),
        "There is no Profile [w] in /c (it has: a, b). Check the name, or run "
          + "turklink to save keys under it."
      ),
      (
        "profile-not-found-empty",
        .profileNotFound(profile: "w", path: "/c", available: []),
        "There is no Profile [w] in /c. Check the name, or run turklink to "
          + "save keys under it."
      ),
      (
        "profile-exists", .profileExists(profile: "mturk", path: "/c"),
        "Profile [mturk] already exists in /c. Replace it, or choose another "
          + "Profile name."
      ),
      (
        "bad-name", .invalidProfileName("a b"),
        "\"a b\" cannot be a Profile name: use letters, digits and . _ - @ + "
          + "only (for example mturk)."
      ),
      (
        "control-name", .invalidProfileName("a\u{1B}[2J"),
        "That name cannot be a Profile name: use letters, digits and . _ - @ "
          + "+ only (for example mturk)."
      ),
      (
        "default-name", .invalidProfileName("DEFAULT"),
        "DEFAULT cannot be a Profile name: AWS applies its settings to every "
          + "Profile. Choose another name (for example mturk)."
      ),
      (
        "storage",
        .storage(.system(operation: "replace", path: "/c", code: ENOSPC)),
        "Could not replace /c: No space left on device. The disk is full: "
          + "free some space and try again."
      ),
    ]
    for test in cases {
      XCTAssertEqual(test.error.message, test.expected, test.id)
      XCTAssertEqual("\(test.error)", test.expected, test.id)
    }
  }

  func testEveryKeyErrorHasAMessage() {
    let errors: [KeyError] = [
      .csvLayout("x"), .csvSyntax(line: 1, "x"),
      .csvBadKey(line: 1, .temporaryKey),
      .csvNoKeys, .csvSeveralKeys(count: 2),
      .unreadable(path: "/p", reason: "r"),
      .conflictingOptions("x"), .partialEnvironment(missing: "X"),
      .noCredentialsFile(path: "/p"),
      .profileNotFound(profile: "p", path: "/p", available: []),
      .profileIncomplete(profile: "p", path: "/p", missing: "k"),
      .noKeysFound(path: "/p"),
      .noHome, .invalidProfileName("p q"), .invalidKeys(.empty(.secret)),
      .profileExists(profile: "p", path: "/p"), .storage(.noStateDirectory),
    ]
    for error in errors {
      XCTAssertGreaterThan(error.message.count, 20, "\(error)")
      XCTAssertTrue(error.message.hasSuffix("."), error.message)
    }
  }
}
