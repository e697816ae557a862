import TurkLinkCore
import XCTest

@testable import TurkLinkTUI

/// Demo mode must point at commands and files that exist in demo mode.
final class DemoWordingTests: XCTestCase {
  private let demoPath = "/tmp/turklink-test/state/turklink/demo/credentials"

  func testTheBalanceScreenNamesACheckCommandThatWorksInThisMode() {
    let cases: [(id: String, options: AppOptions, command: String)] = [
      ("demo", AppOptions(demo: true), "turklink check --demo"),
      ("real", AppOptions(profile: "lab"), "turklink check --profile lab"),
    ]
    for testCase in cases {
      var driver = readyDriver(options: testCase.options)
      driver.press(.char("c"))
      driver.send(.checkFinished(Reports.passing))
      driver.state.open(.balance)
      let screen = driver.screen.replacingOccurrences(of: "\n", with: " ")
        .split(separator: " ").filter { $0 != "│" && !$0.isEmpty }
        .joined(separator: " ")
      XCTAssertTrue(
        screen.contains("any time with: \(testCase.command)"),
        "\(testCase.id):\n\(driver.screen)")
    }
  }

  func testTheSavedNoticeNamesTheFile() {
    var driver = readyDriver(
      options: AppOptions(demo: true, credentialsPath: demoPath))
    driver.press(.char("c"))
    driver.send(.checkFinished(Reports.passing))
    driver.press(.char("s"))
    driver.send(.keysSaved(profile: "mturk"))
    XCTAssertEqual(
      driver.state.message?.text,
      "Saved the keys to profile \"mturk\" in \(demoPath).")
    let screen = driver.screen
    XCTAssertTrue(screen.contains("Saved to profile \"mturk\" in"), screen)
    XCTAssertTrue(
      screen.contains("/tmp/turklink-test/state/turklink/demo/"), screen)
  }
}
