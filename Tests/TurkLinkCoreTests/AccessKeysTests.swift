import XCTest

@testable import TurkLinkCore

/// The key pair never shows its secret, and its short form never holds
/// characters of a secret pasted into the ID field.
final class AccessKeysTests: XCTestCase {
  private let secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

  func testShortIDOfAKeyID() {
    let keys = AccessKeys(accessKeyID: "AKIAIOSFODNN7EXAMPLE", secret: secret)

    XCTAssertEqual(keys.shortID, "…MPLE")
  }

  func testShortIDOfASecretInTheIDFieldKeepsNothing() {
    let cases = [secret, String(secret.dropLast()), "AKIAIOSFODNN7EXAMPL," + secret, "akia…"]

    for value in cases {
      let keys = AccessKeys(accessKeyID: value, secret: "")
      XCTAssertEqual(keys.shortID, "(not a key ID)", value)
    }
  }

  func testDescriptionsHideTheSecret() {
    let keys = AccessKeys(accessKeyID: "AKIAIOSFODNN7EXAMPLE", secret: secret)

    for text in ["\(keys)", String(reflecting: keys)] {
      XCTAssertFalse(text.contains(secret), text)
      XCTAssertTrue(text.contains("AKIAIOSFODNN7EXAMPLE"), text)
    }
  }

  func testDumpHidesTheSecret() {
    let keys = AccessKeys(
      accessKeyID: "AKIAIOSFODNN7EXAMPLE", secret: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    var text = ""
    dump(keys, to: &text)

    XCTAssertFalse(text.contains("wJalr"), text)
    XCTAssertTrue(text.contains("AKIAIOSFODNN7EXAMPLE"), text)
  }
}
