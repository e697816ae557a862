import Foundation
import XCTest

@testable import TurkLinkCore

/// A lock held elsewhere makes the wait end with a clear error, not hang.
final class FileLockTimeoutTests: XCTestCase {
  func testHeldLockGivesUpWithABusyMessage() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("lock-\(UUID().uuidString)").path
    let holder = try FileLock(path: path)
    defer {
      holder.unlock()
      try? FileManager.default.removeItem(atPath: path)
    }

    XCTAssertThrowsError(try FileLock(path: path, timeout: 0.2)) { error in
      let message = (error as? StorageError)?.message ?? ""
      XCTAssertTrue(message.hasPrefix("Could not lock \(path)"), message)
      XCTAssertTrue(message.contains("Another program"), message)
    }
  }
}
