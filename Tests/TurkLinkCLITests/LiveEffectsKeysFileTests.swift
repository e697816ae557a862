import Foundation
import TurkLinkCore
import TurkLinkTUI
import XCTest

@testable import turklink

/// `readKeysFile` as the real performer does it, on files in a temp folder.
final class LiveEffectsKeysFileTests: XCTestCase {
  private var home = ""

  override func setUpWithError() throws {
    home = NSTemporaryDirectory() + "turklink-keysfile-" + UUID().uuidString
    try FileManager.default.createDirectory(
      atPath: home, withIntermediateDirectories: true)
  }

  override func tearDownWithError() throws {
    try FileManager.default.removeItem(atPath: home)
  }

  /// The event posted for `readKeysFile(path)` with HOME set to the temp
  /// folder.
  private func answer(to path: String) -> Event? {
    let loopback = URL(string: "http://127.0.0.1:9/")!
    let effects = LiveEffects(
      store: ProgressStore(directory: home),
      checker: KeyChecker(
        endpoints: Endpoints(
          sts: loopback, production: loopback, sandbox: loopback)),
      credentialsPath: { "\(self.home)/credentials" },
      environment: ["HOME": home])
    let posted = expectation(description: "posted")
    let box = EventBox()
    effects.perform(.readKeysFile(path)) { event in
      box.set(event)
      posted.fulfill()
    }
    wait(for: [posted], timeout: 10)
    return box.event
  }

  func testAFileUnderHomeIsReadWithTheTildeExpanded() throws {
    let text = "Access key ID,Secret access key\n\(fakeID),\(fakeSecret)\n"
    try text.write(
      toFile: home + "/keys.csv", atomically: true, encoding: .utf8)

    let event = answer(to: "~/keys.csv")

    let keys = AccessKeys(accessKeyID: fakeID, secret: fakeSecret)
    XCTAssertEqual(
      event, .keysFileRead([AccessKeyCSV.Entry(keys: keys, line: 2)]))
  }

  func testProblemsComeBackAsFailuresWithoutTheSecret() throws {
    let bad = "Access key ID,Secret access key\n\(fakeID),\(fakeSecret)X\n"
    try bad.write(
      toFile: home + "/bad.csv", atomically: true, encoding: .utf8)
    let cases: [(id: String, path: String, says: String)] = [
      ("missing", "~/none.csv", "No file at \(home)/none.csv."),
      ("folder", "~/", "is a folder"),
      ("bad-secret", "~/bad.csv", "Line 2"),
    ]
    for testCase in cases {
      guard case .failure(let text)? = answer(to: testCase.path) else {
        XCTFail("\(testCase.id): no failure")
        continue
      }
      XCTAssertTrue(text.contains(testCase.says), "\(testCase.id): \(text)")
      XCTAssertFalse(text.contains(fakeSecret.prefix(10)), testCase.id)
    }
  }

  private let fakeID = "AKIAIOSFODNN7EXAMPLE"
  private let fakeSecret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
}

/// Holds the posted event across the performer's task.
private final class EventBox: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: Event?

  func set(_ event: Event) {
    lock.lock()
    stored = event
    lock.unlock()
  }

  var event: Event? {
    lock.lock()
    defer { lock.unlock() }
    return stored
  }
}
