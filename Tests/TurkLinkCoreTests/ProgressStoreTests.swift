import Foundation
import XCTest

@testable import TurkLinkCore

/// Foundation has a `Progress` too; this file means turklink's.
private typealias Progress = TurkLinkCore.Progress

/// The progress file: round trip, permissions, and bad files set aside.
final class ProgressStoreTests: XCTestCase {
  /// Progress with ticks and a check, at a whole second (ISO-8601 in the
  /// file keeps seconds only).
  private func sample() -> Progress {
    var progress = Progress()
    progress.toggle(.awsAccount, item: 2)
    progress.toggle(.awsAccount, item: 0)
    progress.toggle(.policy, item: 1)
    progress.lastCheck = .init(
      date: Date(timeIntervalSince1970: 1_796_400_000), keyID: "…MPLE",
      ok: true,
      codes: ["zero-balance"])
    return progress
  }

  func testRoundTripAndPermissions() throws {
    let dir = try TempDirectory()
    let store = ProgressStore(directory: dir.path + "/state/turklink")

    try store.save(sample())
    let (loaded, warning) = store.load()

    XCTAssertEqual(loaded, sample())
    XCTAssertNil(warning)
    XCTAssertEqual(permissions(dir.path + "/state/turklink"), 0o700)
    XCTAssertEqual(permissions(dir.path + "/state"), 0o700)
    XCTAssertEqual(permissions(store.fileURL.path), 0o600)
    XCTAssertEqual(
      dir.names(in: store.directory), ["progress.json", "progress.json.lock"])
    XCTAssertEqual(permissions(store.directory + "/progress.json.lock"), 0o600)
  }

  func testFileLayoutIsISO8601JSON() throws {
    let dir = try TempDirectory()
    let store = ProgressStore(directory: dir.path)
    try store.save(sample())

    let json = try JSONSerialization.jsonObject(
      with: Data(contentsOf: store.fileURL))
    let check = (json as? [String: Any])?["lastCheck"] as? [String: Any]
    XCTAssertEqual(check?["date"] as? String, "2026-12-04T16:00:00Z")
    XCTAssertEqual(check?["keyID"] as? String, "…MPLE")
    XCTAssertEqual(
      (json as? [String: Any])?["ticked"] as? [String: [Int]],
      ["aws-account": [0, 2], "policy": [1]])
  }

  func testMissingFileIsEmptyWithoutWarning() throws {
    let dir = try TempDirectory()
    let (progress, warning) = ProgressStore(directory: dir.path + "/none")
      .load()
    XCTAssertEqual(progress, Progress())
    XCTAssertNil(warning)
    XCTAssertFalse(FileManager.default.fileExists(atPath: dir.path + "/none"))
  }

  func testBadFilesAreSetAsideTable() throws {
    let cases: [(id: String, contents: [UInt8])] = [
      ("garbage", Array("not json {".utf8)),
      ("empty", []),
      ("wrong-shape", Array("[1, 2, 3]".utf8)),
      ("wrong-types", Array("{\"version\": \"one\", \"ticked\": {}}".utf8)),
      (
        "bad-date",
        Array(
          ("{\"version\": 1, \"ticked\": {}, \"lastCheck\": {\"date\": \"yesterday\","
            + " \"keyID\": \"x\", \"ok\": true, \"codes\": []}}").utf8)
      ),
      ("binary", [0x00, 0xFF, 0xFE, 0x7B]),
    ]
    for test in cases {
      let dir = try TempDirectory()
      let store = ProgressStore(directory: dir.path)
      try Data(test.contents).write(to: store.fileURL)

      let (progress, warning) = store.load()

      XCTAssertEqual(progress, Progress(), test.id)
      let names = dir.names()
      XCTAssertEqual(names.count, 1, test.id)
      XCTAssertTrue(names[0].hasPrefix("progress.json.corrupt-"), test.id)
      let aside = dir.path + "/" + names[0]
      XCTAssertEqual(
        try Data(contentsOf: URL(fileURLWithPath: aside)), Data(test.contents),
        test.id)
      XCTAssertEqual(
        warning,
        "Your saved progress could not be understood; it was moved to "
          + "\(aside) and the wizard starts afresh.", test.id)
    }
  }

  func testSetAsideNeverOverwritesAnEarlierOne() throws {
    let dir = try TempDirectory()
    let store = ProgressStore(directory: dir.path)
    for _ in 1...3 {
      try Data("bad".utf8).write(to: store.fileURL)
      _ = store.load()
    }
    XCTAssertEqual(dir.names().count, 3)
    XCTAssertTrue(
      dir.names().allSatisfy { $0.hasPrefix("progress.json.corrupt-") })
  }

  func testSaveAfterSetAsideWorks() throws {
    let dir = try TempDirectory()
    let store = ProgressStore(directory: dir.path)
    try Data("{".utf8).write(to: store.fileURL)
    _ = store.load()

    try store.save(sample())

    XCTAssertEqual(store.load().0, sample())
  }

  func testUnwritableFolderThrowsStorageError() throws {
    let dir = try TempDirectory()
    try Data("a file".utf8).write(
      to: URL(fileURLWithPath: dir.path + "/blocker"))
    let store = ProgressStore(directory: dir.path + "/blocker/turklink")

    XCTAssertThrowsError(try store.save(sample())) { error in
      XCTAssertEqual(
        error as? StorageError,
        .system(
          operation: "create folder", path: dir.path + "/blocker", code: ENOTDIR
        ))
    }
  }

  func testFailedSaveKeepsOldFileAndLeavesNoTemp() throws {
    let dir = try TempDirectory()
    let store = ProgressStore(directory: dir.path)
    try store.save(Progress())
    let before = try Data(contentsOf: store.fileURL)
    try Data("half".utf8).write(
      to: URL(fileURLWithPath: dir.path + "/.progress.json.tmp-1-dead"))

    let stop: AtomicFile.Hook = { stage in
      if stage == .tempWritten { throw StorageError.injected(stage) }
    }
    XCTAssertThrowsError(try store.save(sample(), hook: stop)) { error in
      XCTAssertEqual(error as? StorageError, .injected(.tempWritten))
    }

    XCTAssertEqual(try Data(contentsOf: store.fileURL), before)
    XCTAssertEqual(dir.names(), ["progress.json", "progress.json.lock"])
  }

  func testStatePathsTable() throws {
    let cases: [(id: String, env: [String: String], expected: String)] = [
      (
        "xdg", ["XDG_STATE_HOME": "/x/state", "HOME": "/h"], "/x/state/turklink"
      ),
      (
        "xdg-trailing-slash", ["XDG_STATE_HOME": "/x/state/"],
        "/x/state/turklink"
      ),
      (
        "relative-xdg-ignored", ["XDG_STATE_HOME": "state", "HOME": "/h"],
        "/h/.local/state/turklink"
      ),
      (
        "empty-xdg-ignored", ["XDG_STATE_HOME": "", "HOME": "/h"],
        "/h/.local/state/turklink"
      ),
      ("home", ["HOME": "/home/r"], "/home/r/.local/state/turklink"),
    ]
    for test in cases {
      let paths = try StatePaths(environment: test.env)
      XCTAssertEqual(paths.directory, test.expected, test.id)
      XCTAssertEqual(paths.demoDirectory, test.expected + "/demo", test.id)
      XCTAssertEqual(
        paths.directory(demo: true), test.expected + "/demo", test.id)
      XCTAssertEqual(paths.directory(demo: false), test.expected, test.id)
    }
    XCTAssertThrowsError(try StatePaths(environment: [:])) {
      XCTAssertEqual($0 as? StorageError, .noStateDirectory)
    }
  }
}
