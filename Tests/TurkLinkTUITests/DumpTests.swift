import XCTest

@testable import TurkLinkTUI

final class DumpTests: XCTestCase {
  func testDump() throws {
    try XCTSkipUnless(ProcessInfo.processInfo.environment["DUMP"] != nil)
    var driver = driverAtAccessKeys()
    print(driver.screen)
    driver.send(.paste(Fake.id + "," + Fake.secret + "\n"))
    print(driver.screen)
    driver.press(.char("c"))
    driver.send(.tick)
    print(driver.screen)
    driver.send(.checkFinished(Reports.notLinked))
    print(driver.screen)
  }
}

final class DumpTests2: XCTestCase {
  func testDump() throws {
    try XCTSkipUnless(ProcessInfo.processInfo.environment["DUMP"] != nil)
    var driver = driverAtAccessKeys()
    driver.type("AKIAIOSFODNN7EXAMPL")
    print(driver.screen)
    driver = driverAtAccessKeys()
    driver.send(.paste(Fake.secret))
    driver.press(.down)
    driver.send(.paste(Fake.id))
    print(driver.screen)
  }
}

final class DumpTests3: XCTestCase {
  func testDump() throws {
    try XCTSkipUnless(ProcessInfo.processInfo.environment["DUMP"] != nil)
    var driver = driverAtAccessKeys()
    driver.send(.paste("\(Fake.id),\(Fake.secret)"))
    driver.press(.char("c"))
    driver.send(.checkFinished(Reports.zero))
    print(driver.screen)
    driver.press(.enter)
    print(driver.screen)
    driver.state.progress.tickAll(TestGuide.guide.step(.cloudresearchEntry)!)
    driver.press(.up, .enter)
    print(driver.screen)
  }
}
