import Foundation
import XCTest

@testable import TurkLinkCore

/// `HTTPDate.parse` and `Signer.amzDate`, which read and write dates
/// without ICU; expected values were worked out with Python's
/// `calendar.timegm` and the AWS SigV4 documentation's example date.
final class DateTextTests: XCTestCase {
  private struct ParseCase {
    var id: String
    var text: String
    var seconds: TimeInterval?
  }

  private static let parseCases: [ParseCase] = [
    ParseCase(id: "rfc-example", text: "Sun, 06 Nov 1994 08:49:37 GMT", seconds: 784_111_777),
    ParseCase(id: "leap-day", text: "Tue, 29 Feb 2000 00:00:00 GMT", seconds: 951_782_400),
    ParseCase(id: "past-2038", text: "Tue, 19 Jan 2038 03:14:08 GMT", seconds: 2_147_483_648),
    ParseCase(id: "year-end", text: "Thu, 31 Dec 2026 23:59:59 GMT", seconds: 1_798_761_599),
    ParseCase(id: "utc-zone", text: "Sun, 06 Nov 1994 08:49:37 UTC", seconds: 784_111_777),
    ParseCase(id: "padded", text: "  Sun, 06 Nov 1994 08:49:37 GMT ", seconds: 784_111_777),
    ParseCase(id: "empty", text: "", seconds: nil),
    ParseCase(id: "no-comma", text: "Sun 06 Nov 1994 08:49:37 GMT", seconds: nil),
    ParseCase(id: "bad-month", text: "Sun, 06 Nox 1994 08:49:37 GMT", seconds: nil),
    ParseCase(id: "hour-25", text: "Sun, 06 Nov 1994 25:49:37 GMT", seconds: nil),
    ParseCase(id: "short-year", text: "Sun, 06 Nov 94 08:49:37 GMT", seconds: nil),
    ParseCase(id: "other-zone", text: "Sun, 06 Nov 1994 08:49:37 PST", seconds: nil),
    ParseCase(id: "rfc850", text: "Sunday, 06-Nov-94 08:49:37 GMT", seconds: nil),
    ParseCase(id: "no-seconds", text: "Sun, 06 Nov 1994 08:49 GMT", seconds: nil),
    ParseCase(id: "signed-day", text: "Sun, +6 Nov 1994 08:49:37 GMT", seconds: nil),
  ]

  func testParse() {
    for testCase in Self.parseCases {
      let parsed = HTTPDate.parse(testCase.text)?.timeIntervalSince1970
      XCTAssertEqual(parsed, testCase.seconds, testCase.id)
    }
  }

  /// The stand-in writes dates with a DateFormatter; the parser reads them back.
  func testParseReadsFormat() {
    for seconds in [0, 784_111_777, 1_798_761_599] as [TimeInterval] {
      let date = Date(timeIntervalSince1970: seconds)
      XCTAssertEqual(HTTPDate.parse(HTTPDate.format(date)), date, "\(seconds)")
    }
  }

  func testAmzDate() {
    let cases: [(id: String, seconds: TimeInterval, text: String)] = [
      ("aws-example", 1_440_938_160, "20150830T123600Z"),
      ("epoch", 0, "19700101T000000Z"),
      ("fraction-dropped", 1_440_938_160.999, "20150830T123600Z"),
      ("leap-day", 951_782_400, "20000229T000000Z"),
      ("year-end", 1_798_761_599, "20261231T235959Z"),
    ]
    for testCase in cases {
      let date = Date(timeIntervalSince1970: testCase.seconds)
      XCTAssertEqual(Signer.amzDate(date), testCase.text, testCase.id)
    }
  }
}
