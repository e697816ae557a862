import Foundation
import XCTest

@testable import TurkLinkCore

/// The signer against the 38 header-signing cases of the AWS SigV4 suite
/// (awslabs/aws-c-auth, Apache 2.0; see Fixtures/aws-sigv4-suite/LICENSE).
final class SignerSuiteTests: XCTestCase {
  /// Every case id; a folder missing from the fixtures fails the test.
  static let caseIDs = [
    "get-header-key-duplicate", "get-header-value-multiline",
    "get-header-value-order", "get-header-value-trim",
    "get-relative-normalized", "get-relative-relative-normalized",
    "get-relative-relative-unnormalized", "get-relative-unnormalized",
    "get-slash-dot-slash-normalized", "get-slash-dot-slash-unnormalized",
    "get-slash-normalized", "get-slash-pointless-dot-normalized",
    "get-slash-pointless-dot-unnormalized", "get-slash-unnormalized",
    "get-slashes-normalized", "get-slashes-unnormalized",
    "get-space-normalized", "get-space-unnormalized", "get-unreserved",
    "get-utf8", "get-vanilla", "get-vanilla-empty-query-key",
    "get-vanilla-query", "get-vanilla-query-order-encoded",
    "get-vanilla-query-order-key-case", "get-vanilla-query-unreserved",
    "get-vanilla-utf8-query", "get-vanilla-with-session-token",
    "post-header-key-case", "post-header-key-sort", "post-header-value-case",
    "post-sts-header-after", "post-sts-header-before", "post-vanilla",
    "post-vanilla-empty-query-value", "post-vanilla-query",
    "post-x-www-form-urlencoded", "post-x-www-form-urlencoded-parameters",
  ]

  private var suiteFolder: URL {
    get throws {
      let fixtures = try XCTUnwrap(
        Bundle.module.url(forResource: "Fixtures", withExtension: nil),
        "Fixtures folder not in the test bundle")
      return fixtures.appendingPathComponent("aws-sigv4-suite")
    }
  }

  /// The list above is the whole suite: 38 cases, no folder left out.
  func testCaseListMatchesFixtures() throws {
    let names = try FileManager.default.contentsOfDirectory(
      atPath: suiteFolder.path)
    let folders = names.filter { !$0.contains(".") && $0 != "LICENSE" }
    XCTAssertEqual(Self.caseIDs.count, 38)
    XCTAssertEqual(Set(folders), Set(Self.caseIDs))
  }

  /// Each case: canonical request, string to sign, signature and signed
  /// request equal the suite's files byte for byte.
  func testEveryCaseMatchesByteForByte() throws {
    let folder = try suiteFolder
    for id in Self.caseIDs {
      do {
        let suiteCase = try SuiteCase(folder: folder.appendingPathComponent(id))
        check(suiteCase)
      } catch {
        XCTFail("[\(id)] \(error)")
      }
    }
  }

  /// The AWS documentation's signing-key example (IAM, 2012-02-15).
  func testSigningKeyMatchesAWSDocumentationExample() {
    let keys = AccessKeys(
      accessKeyID: "AKIDEXAMPLE",
      secret: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
    let signer = Signer(keys: keys, region: "us-east-1", service: "iam")

    let key = signer.signingKey(dateStamp: "20120215")

    XCTAssertEqual(
      Crypto.hex(key),
      "f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d")
  }

  /// `signature(for:)` on the signed request (as a server would rebuild
  /// it) gives the same signature, which is what the stand-in relies on.
  func testSignatureForSignedRequestAgrees() throws {
    let suiteCase = try SuiteCase(
      folder: suiteFolder.appendingPathComponent("post-x-www-form-urlencoded"))
    let signed = suiteCase.signer.sign(suiteCase.request, at: suiteCase.date)
    var received = signed
    received.headers.removeAll { $0.name == "Authorization" }

    let again = suiteCase.signer.signature(for: received)

    XCTAssertEqual(again.signature, suiteCase.expected["header-signature.txt"])
  }

  private func check(_ suiteCase: SuiteCase) {
    let (signed, parts) = suiteCase.signer.signWithParts(
      suiteCase.request, at: suiteCase.date)
    let rendered = SuiteCase.render(signed, requestLine: suiteCase.requestLine)
    let actual = [
      "header-canonical-request.txt": parts.canonicalRequest,
      "header-string-to-sign.txt": parts.stringToSign,
      "header-signature.txt": parts.signature,
      "header-signed-request.txt": rendered,
    ]
    for name in SuiteCase.expectedFiles {
      XCTAssertEqual(
        actual[name], suiteCase.expected[name], "[\(suiteCase.id)] \(name)")
    }
  }
}
