import Foundation
import TurkLinkCore
import XCTest

@testable import TurkLinkTUI

/// Plain mode ends on the balance after a passing check, as the wizard
/// ends on its balance Screen.
final class TermPlainBalanceTests: XCTestCase {
  private func output(_ report: CheckReport, lines: [String] = ["n", "y"]) -> String {
    let io = ScriptedIO(lines: lines, secrets: [Fake.id, Fake.secret])
    let performer = PlainPerformer()
    performer.report = report
    runKeyStep(io, performer: performer)
    return io.output
  }

  func testPassingCheckEndsOnTheBalance() {
    let text = output(Reports.passing)
    let summary = """
      Balance
      Keys of IAM user lab-user, AWS account 123456789012
      Production: $10000.00 available, $12.50 on hold
      Sandbox: $10000.00 available
      Check the keys again any time with: turklink check --profile mturk

      """
    XCTAssertTrue(text.hasSuffix(summary), text)
  }

  func testQuittingAfterAPassingCheckStillEndsOnTheBalance() {
    let text = output(Reports.passing, lines: ["n", "q"])
    XCTAssertTrue(text.contains("Stopped; your progress is saved."), text)
    XCTAssertTrue(
      text.hasSuffix("Check the keys again any time with: turklink check --profile mturk\n"),
      text)
  }

  func testZeroBalanceIsExplained() {
    let text = output(Reports.zero)
    XCTAssertTrue(text.contains("Production: $0.00 available, $0.00 on hold\n"), text)
    XCTAssertTrue(text.contains("A $0.00 balance is normal for a new account"), text)
  }

  func testFailedCheckHasNoBalanceSummary() {
    let text = output(Reports.noPolicy, lines: ["y"])
    XCTAssertFalse(text.contains("\nBalance\n"), text)
    XCTAssertFalse(text.contains("Check the keys again any time"), text)
  }
}
