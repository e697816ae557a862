import TurkLinkCore
import XCTest

@testable import TurkLinkTUI

/// What the results and balance screens say in the cases a newcomer
/// misread.
final class ScreenWordingTests: XCTestCase {
  private func results(_ report: CheckReport) -> Driver {
    var driver = readyDriver()
    driver.press(.char("c"))
    driver.send(.checkFinished(report))
    return driver
  }

  func testTransientTroubleIsNotBlamedOnTheKeys() {
    let serviceError = CheckReport(
      diagnoses: [
        Diagnosis(code: .serviceError, message: "MTurk answered 503.", step: nil)
      ])
    let mixed = CheckReport(
      diagnoses: Reports.network.diagnoses + Reports.wrongSecret.diagnoses)
    let cases: [(id: String, report: CheckReport, transient: Bool)] = [
      ("network", Reports.network, true),
      ("service error", serviceError, true),
      ("network and a wrong secret", mixed, false),
      ("wrong secret", Reports.wrongSecret, false),
    ]
    for testCase in cases {
      let screen = results(testCase.report).screen
      XCTAssertEqual(
        screen.contains("Could not check the keys: a network or AWS"),
        testCase.transient, "\(testCase.id):\n\(screen)")
      XCTAssertEqual(
        screen.contains("The keys do not work with MTurk yet."),
        !testCase.transient, testCase.id)
    }
  }

  func testAnARNIsBrokenOnlyAtSlashOrColonAndKeepsEveryCharacter() {
    let arns = [
      "arn:aws:iam::123456789012:user/demo-researcher",
      "arn:aws:iam::123456789012:user/lab/psychology/"
        + "a-rather-long-user-name-for-the-lab",
    ]
    for arn in arns {
      let identity = CallerIdentity(
        arn: arn, account: "123456789012", userID: "AIDAEXAMPLEUSERID0001")
      let screen = results(
        CheckReport(identity: identity, balances: Reports.passing.balances)
      ).screen
      // The right side starts after the step list's column mark.
      let right = screen.split(separator: "\n").compactMap { row in
        row.split(separator: "│", maxSplits: 1).dropFirst().first
          .map { $0.trimmingCharacters(in: .whitespaces) }
      }
      guard let start = right.firstIndex(where: { arn.hasPrefix($0) && !$0.isEmpty })
      else {
        return XCTFail("no ARN line:\n\(screen)")
      }
      var joined = ""
      for line in right[start...] where arn.hasPrefix(joined + line) {
        XCTAssertTrue(
          line.hasSuffix("/") || line.hasSuffix(":") || joined + line == arn,
          "broken inside a name: \(line)")
        joined += line
        if joined == arn { break }
      }
      XCTAssertEqual(joined, arn, screen)
    }
  }

  func testBreakIdentifier() {
    let cases: [(id: String, text: String, width: Int, lines: [String])] = [
      ("fits", "arn:aws:iam::1:root", 30, ["arn:aws:iam::1:root"]),
      ("at slash", "arn:aws:iam::1:user/lab", 17, ["arn:aws:iam::1:", "user/lab"]),
      ("clipped part", "a/bcdefghij", 5, ["a/", "bcde…"]),
    ]
    for testCase in cases {
      XCTAssertEqual(
        TextLayout.breakIdentifier(testCase.text, width: testCase.width),
        testCase.lines, testCase.id)
    }
  }

  func testAParagraphNeverPutsASpaceInsideASplitWord() {
    var content = Content()
    let word = String(repeating: "x", count: 25)
    content.paragraph("  " + word, width: 10, indent: 2)
    let text = content.lines.map { line in
      line.spans.map(\.text).joined()
    }
    XCTAssertEqual(
      text.joined().filter { $0 != " " }, word, "\(text)")
    XCTAssertFalse(text.dropFirst().contains { $0.dropFirst(2).contains(" ") })
  }

  func testTheBalanceScreenSaysFinishedOnlyAfterAPassingCheck() {
    let cases: [(id: String, report: CheckReport?, status: String)] = [
      ("no check", nil, "Not checked yet"),
      ("passed", Reports.passing, "Finished"),
      ("failed", Reports.notLinked, "The last check did not pass"),
    ]
    for testCase in cases {
      var driver = testCase.report.map { results($0) } ?? readyDriver()
      driver.state.open(.balance)
      let screen = driver.screen
      XCTAssertTrue(screen.contains("│ \(testCase.status)"), screen)
      XCTAssertEqual(
        screen.contains("Finished"), testCase.status == "Finished",
        testCase.id)
      XCTAssertTrue(screen.contains("│ Balance"), testCase.id)
    }
  }

  func testEnterOnPassingResultsSaysWhatItDoes() {
    let cases: [(id: String, singleStep: Bool, text: String, hint: String)] = [
      ("whole wizard", false, "Enter: next step", "Enter next"),
      ("turklink step 6", true, "Enter: done with this step", "Enter done"),
    ]
    for testCase in cases {
      var driver = readyDriver(
        options: AppOptions(singleStep: testCase.singleStep))
      driver.press(.char("c"))
      driver.send(.checkFinished(Reports.passing))
      let screen = driver.screen
      XCTAssertTrue(screen.contains(testCase.text), "\(testCase.id):\n\(screen)")
      XCTAssertTrue(screen.contains(testCase.hint), testCase.id)
      driver.press(.enter)
      XCTAssertEqual(driver.state.shouldQuit, testCase.singleStep, testCase.id)
    }
  }
}
