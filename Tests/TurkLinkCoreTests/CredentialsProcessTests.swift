import Foundation
import XCTest

@testable import TurkLinkCore

/// Saves from separate processes: the test binary runs itself as a child
/// (`testChildProcessRole`, steered by environment variables), so the
/// code under test is turklink's own, in real separate processes.
final class CredentialsProcessTests: XCTestCase {
  /// The environment variable that turns a run into a child.
  private static let roleVariable = "TURKLINK_TEST_CHILD_ROLE"

  /// The keys each child Profile saves.
  private static let keysByProfile = [
    "alpha": ExampleKeys.keys, "beta": ExampleKeys.keys2,
  ]

  func testTwoProcessesSavingDifferentProfilesKeepBoth() throws {
    for round in 1...20 {
      let dir = try TempDirectory()
      let path = dir.path + "/credentials"
      let seed = "# round \(round)\r\n[default]\r\nregion = us-east-1\r\n"
      try Data(seed.utf8).write(to: URL(fileURLWithPath: path))

      let children = try ["alpha", "beta"].map { profile in
        try spawnChild(profile: profile, path: path, dir: dir.path)
      }
      try waitForFiles(
        ["ready-alpha", "ready-beta"].map { dir.path + "/" + $0 })
      _ = FileManager.default.createFile(
        atPath: dir.path + "/go", contents: nil)
      for child in children { child.waitUntilExit() }

      for child in children {
        XCTAssertEqual(child.terminationStatus, 0, "round \(round)")
      }
      let file = CredentialsFile(text: fileText(path) ?? "")
      XCTAssertEqual(
        file.keys(profile: "alpha"), ExampleKeys.keys, "round \(round)")
      XCTAssertEqual(
        file.keys(profile: "beta"), ExampleKeys.keys2, "round \(round)")
      XCTAssertTrue(file.bytes.starts(with: Array(seed.utf8)), "round \(round)")
    }
  }

  func testKilledMidSaveLeavesOldOrNewNeverTorn() throws {
    let cases: [(id: String, stage: AtomicFile.Stage, expectAlpha: Bool)] = [
      ("killed-before-rename", .tempWritten, false),
      ("killed-after-rename", .renamed, true),
    ]
    for test in cases {
      let dir = try TempDirectory()
      let path = dir.path + "/credentials"
      let seed = "[default]\nregion = eu-west-1\n# end"
      try Data(seed.utf8).write(to: URL(fileURLWithPath: path))

      let child = try spawnChild(
        profile: "alpha", path: path, dir: dir.path, hang: test.stage)
      _ = FileManager.default.createFile(
        atPath: dir.path + "/go", contents: nil)
      try waitForFiles([dir.path + "/hanging"])
      kill(child.processIdentifier, SIGKILL)
      child.waitUntilExit()
      XCTAssertEqual(child.terminationReason, .uncaughtSignal, test.id)

      let text = fileText(path) ?? ""
      let expected =
        test.expectAlpha
        ? seed + "\n\n[alpha]\naws_access_key_id = \(ExampleKeys.id)\n"
          + "aws_secret_access_key = \(ExampleKeys.secret)\n"
        : seed
      XCTAssertEqual(text, expected, test.id)

      // The dead child's lock is gone and its temp file is cleared.
      try CredentialsFile.save(
        profile: "beta", keys: ExampleKeys.keys2, to: path, replace: false)
      XCTAssertEqual(
        dir.names().filter { $0.hasPrefix(".credentials.tmp-") }, [], test.id)
      XCTAssertTrue((fileText(path) ?? "").hasPrefix(expected), test.id)
    }
  }

  /// The child side: waits for the go file, then saves its Profile. Does
  /// nothing (skipped) in a normal test run.
  func testChildProcessRole() throws {
    let environment = ProcessInfo.processInfo.environment
    guard environment[Self.roleVariable] == "save",
      let path = environment["TURKLINK_TEST_PATH"],
      let dir = environment["TURKLINK_TEST_DIR"],
      let profile = environment["TURKLINK_TEST_PROFILE"],
      let keys = Self.keysByProfile[profile]
    else { throw XCTSkip("only runs as a child of the process tests") }

    _ = FileManager.default.createFile(
      atPath: dir + "/ready-" + profile, contents: nil)
    try waitForFiles([dir + "/go"])
    let hang = environment["TURKLINK_TEST_HANG"].flatMap(
      AtomicFile.Stage.init(rawValue:))
    let hook: AtomicFile.Hook = { stage in
      guard stage == hang else { return }
      _ = FileManager.default.createFile(
        atPath: dir + "/hanging", contents: nil)
      sleep(60)
    }
    try CredentialsFile.save(
      profile: profile, keys: keys, to: path, replace: false, hook: hook)
  }

  /// Starts the test binary as a child running `testChildProcessRole`.
  private func spawnChild(
    profile: String, path: String, dir: String, hang: AtomicFile.Stage? = nil
  ) throws -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try Self.testBinary())
    process.arguments = [
      "TurkLinkCoreTests.CredentialsProcessTests/testChildProcessRole"
    ]
    var environment = ProcessInfo.processInfo.environment
    environment[Self.roleVariable] = "save"
    environment["TURKLINK_TEST_PATH"] = path
    environment["TURKLINK_TEST_DIR"] = dir
    environment["TURKLINK_TEST_PROFILE"] = profile
    environment["TURKLINK_TEST_HANG"] = hang?.rawValue
    process.environment = environment
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  /// The running test binary.
  private static func testBinary() throws -> String {
    try XCTSkipUnless(
      FileManager.default.fileExists(atPath: "/proc/self/exe"),
      "needs Linux's /proc/self/exe to find the test binary")
    return try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
  }
}

/// Waits until every file in `paths` exists; fails after 30 seconds so a
/// broken child cannot hang the suite.
func waitForFiles(_ paths: [String]) throws {
  let deadline = Date().addingTimeInterval(30)
  while !paths.allSatisfy(FileManager.default.fileExists(atPath:)) {
    guard Date() < deadline else { throw WaitTimeout(paths: paths) }
    usleep(1000)
  }
}

/// A child never created the file a test waited for.
struct WaitTimeout: Error {
  /// The files waited for.
  var paths: [String]
}
