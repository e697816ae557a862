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
}
