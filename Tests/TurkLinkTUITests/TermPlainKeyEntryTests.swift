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

/// What plain mode makes of a paste at the key prompts.
final class TermPlainKeyPasteTests: XCTestCase {
  private struct PasteCase {
    let id: String
    let answers: [String]
    let says: String
  }

  func testPastesGiveBothKeysWithoutPrintingTheSecret() {
    let cases = [
      PasteCase(
        id: "csv line", answers: ["\(Fake.id),\(Fake.secret)"], says: "Read both keys"),
      PasteCase(
        id: "header and row",
        answers: ["Access key ID,Secret access key", "\(Fake.id),\(Fake.secret)\r"],
        says: "Read both keys"),
      PasteCase(id: "id space secret", answers: ["\(Fake.id) \(Fake.secret)"], says: "Read both"),
      PasteCase(id: "table row", answers: ["\(Fake.id)\t\(Fake.secret)"], says: "Read both"),
      PasteCase(
        id: "secret first", answers: [Fake.secret, Fake.id],
        says: "That looked like the secret access key"),
      PasteCase(
        id: "id at the secret prompt", answers: [Fake.id, Fake.id, Fake.secret],
        says: "This looks like an access key ID, not the secret access key."),
      PasteCase(
        id: "csv at the secret prompt", answers: [Fake.id, "\(Fake.id),\(Fake.secret)"],
        says: "Read both keys"),
    ]
    for item in cases {
      let io = ScriptedIO(lines: ["n", "q"], secrets: item.answers)
      let performer = PlainPerformer()
      runKeyStep(io, performer: performer)

      XCTAssertEqual(performer.performed.first, .runCheck(Fake.keys), item.id)
      XCTAssertTrue(io.output.contains(item.says), "\(item.id):\n\(io.output)")
      XCTAssertFalse(io.output.contains(Fake.secret), item.id)
      XCTAssertTrue(io.output.contains("The keys work."), item.id)
    }
  }

  func testOneKeyPasteSkipsTheSecretPrompt() {
    let io = ScriptedIO(lines: ["n", "q"], secrets: ["\(Fake.id),\(Fake.secret)"])
    runKeyStep(io, performer: PlainPerformer())
    XCTAssertFalse(io.output.contains("Secret access key (not shown"), io.output)
  }

  func testBadKeyIDIsAskedAgainWithoutQuotingIt() {
    let partial = String(Fake.secret.prefix(21))  // ends in "/", a secret character
    let cases: [(id: String, answer: String, says: String)] = [
      ("partial secret", partial, "has a character that does not belong in it"),
      ("temporary key", "ASIAIOSFODNN7EXAMPLE", "temporary key"),
      ("short", "AKIAIOSFODNN7", "has 13 characters instead of 20"),
    ]
    for item in cases {
      let io = ScriptedIO(lines: [], secrets: [item.answer, ""])
      let performer = PlainPerformer()
      runKeyStep(io, performer: performer)

      XCTAssertEqual(performer.performed.filter { $0 == .runCheck(Fake.keys) }, [], item.id)
      XCTAssertTrue(io.output.contains(item.says), "\(item.id):\n\(io.output)")
      XCTAssertEqual(io.output.components(separatedBy: "Access key ID (").count, 3, item.id)
      XCTAssertFalse(io.output.contains("\"/\""), item.id)
      XCTAssertFalse(io.output.contains(String(partial.prefix(8))), item.id)
    }
  }
}

/// The check summary kept in the progress never holds part of a secret.
final class TermPlainCheckSummaryTests: XCTestCase {
  func testSummaryKeyIDComesOnlyFromAKeyIDShapedValue() {
    let cases: [(id: String, keys: AccessKeys, keeps: String?)] = [
      ("key id", Fake.keys, "MPLE"),
      ("swapped", AccessKeys(accessKeyID: Fake.secret, secret: Fake.id), nil),
      ("csv line as id", AccessKeys(accessKeyID: "\(Fake.id),\(Fake.secret)", secret: "x"), nil),
    ]
    for item in cases {
      let performer = PlainPerformer()
      performer.report = Reports.wrongSecret
      runKeyStep(ScriptedIO(lines: ["q"]), performer: performer, prefill: item.keys)

      let keyID = performer.saved.last?.lastCheck?.keyID ?? "missing"
      XCTAssertNotEqual(keyID, "missing", item.id)
      XCTAssertFalse(keyID.contains("KEY"), "\(item.id): \(keyID)")
      if let keeps = item.keeps { XCTAssertTrue(keyID.hasSuffix(keeps), item.id) }
    }
  }
}
