import Foundation
import XCTest

@testable import TurkLinkCore

/// CheckReport as plain text and as JSON.
final class ReportOutputTests: XCTestCase {
  static let identity = CallerIdentity(
    arn: "arn:aws:iam::123456789012:user/lab", account: "123456789012",
    userID: "AIDA1")
  static let notLinked = Diagnosis(
    code: .notLinked, message: "Not linked.", step: .requesterAccount,
    detail: "Details here.")
  static let sandbox = Diagnosis(
    code: .sandboxNotLinked, message: "Sandbox.", step: nil)

  func testJSONShapeAndOrder() throws {
    let report = CheckReport(
      identity: Self.identity,
      balances: [.sandbox: Balance(available: "10000.00", onHold: nil)],
      diagnoses: [Self.notLinked, Self.sandbox])
    let text = report.json()

    let expected =
      #"{"balances":{"production":null,"sandbox":{"available":"10000.00","on_hold":null}},"#
      + #""diagnoses":[{"code":"not-linked","detail":"Details here.","message":"Not linked.","#
      + #""severity":"error","step":"requester-account"},{"code":"sandbox-not-linked","#
      + #""detail":null,"message":"Sandbox.","severity":"warning","step":null}],"#
      + #""identity":{"account":"123456789012","arn":"arn:aws:iam::123456789012:user/lab"},"#
      + #""ok":false}"#
    XCTAssertEqual(text, expected)
    XCTAssertEqual(report.json(), text, "deterministic")
  }

  func testJSONWhenNothingAnswered() throws {
    let report = CheckReport(diagnoses: [
      Diagnosis(code: .network, message: "No answer.", step: nil)
    ])
    let object =
      try JSONSerialization.jsonObject(with: Data(report.json().utf8))
      as? [String: Any]
    XCTAssertEqual(object?["ok"] as? Bool, false)
    XCTAssertTrue(object?["identity"] is NSNull)
    let balances = object?["balances"] as? [String: Any]
    XCTAssertTrue(balances?["production"] is NSNull)
    XCTAssertTrue(balances?["sandbox"] is NSNull)
    let diagnoses = object?["diagnoses"] as? [[String: Any]]
    XCTAssertEqual(diagnoses?.first?["code"] as? String, "network")
    XCTAssertTrue(diagnoses?.first?["step"] is NSNull)
    XCTAssertEqual(report.exitCode, 3)
  }

  func testTextLines() {
    let report = CheckReport(
      identity: Self.identity,
      balances: [.production: Balance(available: "250.00", onHold: "12.50")],
      diagnoses: [Self.sandbox], checked: [.production])
    XCTAssertEqual(
      report.textLines(),
      [
        "Identity:   arn:aws:iam::123456789012:user/lab (account 123456789012)",
        "Production: $250.00 available, $12.50 on hold",
        "Sandbox:    not checked",
        "warning [sandbox-not-linked] Sandbox.",
        "Result: the keys work.",
      ])
  }

  func testTextLinesWithAFailure() {
    let report = CheckReport(diagnoses: [Self.notLinked])
    XCTAssertEqual(
      report.textLines(),
      [
        "Identity:   unknown",
        "Production: no balance (see below)",
        "Sandbox:    no balance (see below)",
        "error [not-linked] Not linked. Step to redo: requester-account.",
        "  Details here.",
        "Result: the keys do not work yet.",
      ])
  }

  func testTextIsCleanedAgain() {
    let hostile = Diagnosis(
      code: .serviceError, message: "a\u{1B}[2Jb", step: nil,
      detail: "x\u{7}\ny")
    let lines = CheckReport(diagnoses: [hostile]).textLines()
    XCTAssertTrue(lines.contains("error [service-error] ab"))
    XCTAssertTrue(lines.contains("  x y"))
  }
}
