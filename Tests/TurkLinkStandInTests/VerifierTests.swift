import Foundation
import TurkLinkCore
import XCTest

@testable import TurkLinkStandIn

/// The SigV4 verifier: a request signed with the right key is accepted,
/// and each kind of wrong request is rejected for the right reason.
final class VerifierTests: XCTestCase {
  private let healthy = DemoAccounts.account(for: .healthy)

  private func verify(
    _ request: SigningRequest, service: Service = .mturk,
    clockOffset: TimeInterval = 0
  ) -> Verdict {
    let configuration = StandInConfiguration(clockOffset: clockOffset)
    return Verifier(configuration: configuration)
      .verify(SignedRequests.received(request), service: service)
  }

  private func failure(_ verdict: Verdict) -> AuthFailure? {
    if case .rejected(let failure, _) = verdict { return failure }
    return nil
  }

  func testCorrectlySignedMTurkRequestIsAccepted() {
    let verdict = verify(SignedRequests.mturk(keys: healthy.keys))

    XCTAssertEqual(verdict, .valid(healthy))
  }

  func testCorrectlySignedSTSRequestIsAccepted() {
    let verdict = verify(SignedRequests.sts(keys: healthy.keys), service: .sts)

    XCTAssertEqual(verdict, .valid(healthy))
  }

  /// Table of rejections: case id, request, service, expected failure.
  func testRejections() {
    let wrongSecret = AccessKeys(
      accessKeyID: healthy.accessKeyID,
      secret: "DEMO/wrong/K7MDENG+bPxRfiCYEXAMPLEKEYwJa")
    let unknown = AccessKeys(
      accessKeyID: "AKIAIOSFODNN7EXAMPLE",
      secret: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    let inactive = DemoAccounts.account(for: .inactive).keys
    let good = SignedRequests.mturk(keys: healthy.keys)
    var tampered = good
    tampered.body = Array("{\"x\":1}".utf8)
    let otherHost = SignedRequests.replacing(
      "Host", with: "evil.example", in: good)
    var unsigned = good
    unsigned.headers.removeAll { $0.name == "Authorization" }

    let cases: [(String, SigningRequest, Service, AuthFailure)] = [
      (
        "wrong-secret", SignedRequests.mturk(keys: wrongSecret), .mturk,
        .mismatch
      ),
      (
        "wrong-secret-sts", SignedRequests.sts(keys: wrongSecret), .sts,
        .mismatch
      ),
      ("tampered-body", tampered, .mturk, .mismatch),
      ("tampered-signed-header", otherHost, .mturk, .mismatch),
      ("unknown-key", SignedRequests.mturk(keys: unknown), .mturk, .unknownKey),
      (
        "inactive-key", SignedRequests.mturk(keys: inactive), .mturk,
        .unknownKey
      ),
      (
        "inactive-key-sts", SignedRequests.sts(keys: inactive), .sts,
        .unknownKey
      ),
      ("no-authorization", unsigned, .mturk, .missing),
    ]
    for (id, request, service, expected) in cases {
      XCTAssertEqual(
        failure(verify(request, service: service)), expected, "[\(id)]")
    }
  }

  func testWrongServiceScopeIsRejected() {
    let signedForSTS = SignedRequests.mturk(keys: healthy.keys, service: "sts")

    let verdict = verify(signedForSTS)

    guard case .wrongScope(let message)? = failure(verdict) else {
      return XCTFail("expected wrongScope, got \(verdict)")
    }
    XCTAssertTrue(message.contains("mturk-requester"), message)
  }

  func testWrongRegionScopeIsRejected() {
    let request = SignedRequests.mturk(keys: healthy.keys, region: "eu-west-1")

    let verdict = verify(request)

    guard case .wrongScope(let message)? = failure(verdict) else {
      return XCTFail("expected wrongScope, got \(verdict)")
    }
    XCTAssertTrue(message.contains("us-east-1"), message)
  }

  func testRequestOlderThanMaxSkewIsExpired() {
    let twentyMinutesAgo = Date().addingTimeInterval(-20 * 60)
    let request = SignedRequests.mturk(keys: healthy.keys, at: twentyMinutesAgo)

    let verdict = verify(request)

    guard case .expired(let message)? = failure(verdict) else {
      return XCTFail("expected expired, got \(verdict)")
    }
    let amzDate = Signer.amzDate(twentyMinutesAgo)
    XCTAssertTrue(
      message.hasPrefix("Signature expired: \(amzDate) is now earlier than"))
    XCTAssertTrue(message.hasSuffix(" - 15 min.)"), message)
  }

  func testRequestFromTheFutureIsNotYetCurrent() {
    let request = SignedRequests.mturk(
      keys: healthy.keys, at: Date().addingTimeInterval(20 * 60))

    let verdict = verify(request)

    guard case .expired(let message)? = failure(verdict) else {
      return XCTFail("expected expired, got \(verdict)")
    }
    XCTAssertTrue(message.hasPrefix("Signature not yet current: "), message)
  }

  /// A server clock an hour ahead rejects a request signed "now".
  func testServerClockOffsetMakesCurrentRequestExpired() {
    let verdict = verify(
      SignedRequests.mturk(keys: healthy.keys), clockOffset: 3600)

    guard case .expired? = failure(verdict) else {
      return XCTFail("expected expired, got \(verdict)")
    }
  }

  /// Only signed headers count: a proxy adding a header breaks nothing.
  func testUnsignedExtraHeaderIsIgnored() {
    var request = SignedRequests.mturk(keys: healthy.keys)
    request.headers.append(.init("User-Agent", "added-after-signing"))

    XCTAssertEqual(verify(request), .valid(healthy))
  }

  func testAuthorizationHeaderParsing() {
    let header =
      "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261204/"
      + "us-east-1/sts/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc123"

    let parsed = Verifier.parse(header)

    XCTAssertEqual(
      parsed,
      Verifier.Credential(
        keyID: "AKIAIOSFODNN7EXAMPLE", date: "20261204", region: "us-east-1",
        service: "sts", terminator: "aws4_request",
        signedHeaders: ["host", "x-amz-date"],
        signature: "abc123"))
    XCTAssertNil(Verifier.parse("AWS4-HMAC-SHA256 Credential=AKIA/x"))
    XCTAssertNil(Verifier.parse("Basic dXNlcjpwYXNz"))
  }

  func testConstantTimeEqual() {
    XCTAssertTrue(Verifier.constantTimeEqual("abc", "abc"))
    XCTAssertFalse(Verifier.constantTimeEqual("abc", "abd"))
    XCTAssertFalse(Verifier.constantTimeEqual("abc", "abcd"))
  }
}
