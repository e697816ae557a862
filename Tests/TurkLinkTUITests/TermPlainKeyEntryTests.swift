import Foundation
import TurkLinkCore
import XCTest

@testable import TurkLinkTUI

/// How plain mode reads the two keys: the ID with echo off too, printed
/// back only when it is shaped like a key ID.
final class TermPlainKeyEntryTests: XCTestCase {
  func testKeyIDIsReadWithEchoOffAndPrintedBack() {
    let io = ScriptedIO(lines: ["n", "q"], secrets: [Fake.id, Fake.secret])
    let performer = PlainPerformer()
    runKeyStep(io, performer: performer)

    XCTAssertEqual(performer.performed.first, .runCheck(Fake.keys))
    XCTAssertTrue(io.output.contains("Access key ID: \(Fake.id)\n"), io.output)
    XCTAssertFalse(io.output.contains(Fake.secret))
  }

  func testAnswerNotShapedLikeAKeyIDIsNotPrintedBack() {
    let cases: [(id: String, answer: String)] = [
      ("lower case", "akiaiosfodnn7example"),
      ("words", "my key is here"),
      ("user ID", "AIDAEXAMPLEUSERID0001"),
    ]
    for item in cases {
      let io = ScriptedIO(lines: [], secrets: [item.answer])
      runKeyStep(io, performer: PlainPerformer())

      XCTAssertFalse(io.output.contains(item.answer), item.id)
      XCTAssertTrue(
        io.output.contains("(hidden: that did not look like an access key ID)"), item.id)
    }
  }
}
