import Foundation
import XCTest

@testable import TurkLinkCore

/// The small pieces of wording the Diagnoser builds on.
final class DiagnoserWordingTests: XCTestCase {
  func testDurations() {
    let cases: [(TimeInterval, String)] = [
      (20, "20 seconds"), (60, "1 minute"), (17 * 60 + 20, "17 minutes"),
      (119 * 60, "119 minutes"), (2 * 3600, "2 hours"), (47 * 3600, "47 hours"),
      (3 * 86400, "3 days"),
    ]
    for (seconds, expected) in cases {
      XCTAssertEqual(ClockWords.duration(seconds), expected, "\(seconds)")
    }
  }

  func testOffsetFromExpiredMessage() {
    let expired =
      "Signature expired: 20261204T150000Z is now earlier than 20261204T151200Z "
      + "(20261204T152700Z - 15 min.)"
    XCTAssertEqual(FaultKind.offsetInMessage(expired), 27 * 60)
    let early =
      "Signature not yet current: 20261204T160000Z is still later than "
      + "20261204T151500Z (20261204T150000Z + 15 min.)"
    XCTAssertEqual(FaultKind.offsetInMessage(early), -3600)
    XCTAssertNil(FaultKind.offsetInMessage("Signature expired."))
  }

  func testSkewWithinToleranceIsAWrongSecret() {
    let fault = ServiceFault(
      status: 403, code: "SignatureDoesNotMatch", message: "no")
    let diagnoser = Diagnoser()
    XCTAssertEqual(
      diagnoser.failure(.fault(fault), target: .sts, clockOffset: 240).code,
      .wrongSecret)
    XCTAssertEqual(
      diagnoser.failure(.fault(fault), target: .sts, clockOffset: -301).code,
      .clockSkew)
    XCTAssertEqual(
      diagnoser.failure(.fault(fault), target: .sts, clockOffset: nil).code,
      .wrongSecret)
  }

  func testUnknownFaultNamesTheCode() {
    let fault = ServiceFault(
      status: 400, code: "ValidationException", message: "odd")
    let diagnosis = Diagnoser().failure(.fault(fault), target: .sandbox)
    XCTAssertEqual(diagnosis.code, .serviceError)
    XCTAssertTrue(
      diagnosis.message.hasPrefix("The MTurk sandbox refused"),
      diagnosis.message)
    XCTAssertTrue(diagnosis.message.contains("ValidationException"))
    XCTAssertEqual(diagnosis.detail, "The MTurk sandbox said: odd")
  }
}
