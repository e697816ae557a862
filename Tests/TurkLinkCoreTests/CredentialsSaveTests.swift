import Foundation
import XCTest

@testable import TurkLinkCore

/// A fresh folder under the system temp folder, removed when released.
final class TempDirectory {
  /// The folder's absolute path.
  let path: String

  /// Creates the folder.
  init() throws {
    let base = FileManager.default.temporaryDirectory.path
    path = base + "/turklink-test-" + UUID().uuidString
    try FileManager.default.createDirectory(
      atPath: path, withIntermediateDirectories: false)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// The names in `folder` (default: this folder), sorted.
  func names(in folder: String? = nil) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder ?? path))
      ?? []).sorted()
  }
}

/// Permission bits of `path` (follows links).
func permissions(_ path: String) -> Int {
  let attributes = try? FileManager.default.attributesOfItem(atPath: path)
  return (attributes?[.posixPermissions] as? Int) ?? -1
}

/// The text of the file at `path`, or nil.
func fileText(_ path: String) -> String? {
  try? String(contentsOfFile: path, encoding: .utf8)
}

/// Saving through locks and atomic writes, failure paths included.
final class CredentialsSaveTests: XCTestCase {
  private let keys = ExampleKeys.keys
  private let keys2 = ExampleKeys.keys2

  func testCreatesMissingFolderAndFile() throws {
    let dir = try TempDirectory()
    let folder = dir.path + "/home/.aws"
    let path = folder + "/credentials"

    let outcome = try CredentialsFile.save(
      profile: "mturk", keys: keys, to: path, replace: false)

    XCTAssertEqual(outcome, .added)
    XCTAssertEqual(
      fileText(path),
      "[mturk]\naws_access_key_id = \(keys.accessKeyID)\n"
        + "aws_secret_access_key = \(keys.secret)\n")
    XCTAssertEqual(permissions(folder), 0o700)
    XCTAssertEqual(permissions(dir.path + "/home"), 0o700)
    XCTAssertEqual(permissions(path), 0o600)
    XCTAssertEqual(dir.names(in: folder), ["credentials", "credentials.lock"])
  }

  func testExistingProfileNeedsReplace() throws {
    let dir = try TempDirectory()
    let path = dir.path + "/credentials"
    let original =
      "# mine\n[mturk]\naws_access_key_id = \(keys.accessKeyID)\n"
      + "aws_secret_access_key = \(keys.secret)\n"
    try Data(original.utf8).write(to: URL(fileURLWithPath: path))

    XCTAssertThrowsError(
      try CredentialsFile.save(
        profile: "mturk", keys: keys2, to: path, replace: false)
    ) { error in
      XCTAssertEqual(
        error as? KeyError, .profileExists(profile: "mturk", path: path))
    }
    XCTAssertEqual(fileText(path), original)
    XCTAssertTrue(try CredentialsFile.profileExists("mturk", at: path))

    let outcome = try CredentialsFile.save(
      profile: "mturk", keys: keys2, to: path, replace: true)
    XCTAssertEqual(outcome, .replaced)
    XCTAssertEqual(
      CredentialsFile(data: try Data(contentsOf: URL(fileURLWithPath: path)))
        .keys(profile: "mturk"), keys2)
  }

  func testLoosePermissionsAreTightened() throws {
    let dir = try TempDirectory()
    let path = dir.path + "/credentials"
    try Data("[default]\n".utf8).write(to: URL(fileURLWithPath: path))
    chmod(path, 0o644)

    try CredentialsFile.save(
      profile: "mturk", keys: keys, to: path, replace: false)

    XCTAssertEqual(permissions(path), 0o600)
  }

  func testSymbolicLinkIsFollowed() throws {
    let dir = try TempDirectory()
    let real = dir.path + "/dotfiles-credentials"
    let link = dir.path + "/credentials"
    try Data("[default]\nregion = x\n".utf8).write(
      to: URL(fileURLWithPath: real))
    try FileManager.default.createSymbolicLink(
      atPath: link, withDestinationPath: real)

    try CredentialsFile.save(
      profile: "mturk", keys: keys, to: link, replace: false)

    let destination = try FileManager.default.destinationOfSymbolicLink(
      atPath: link)
    XCTAssertEqual(destination, real)
    XCTAssertEqual(
      CredentialsFile(text: fileText(real) ?? "").keys(profile: "mturk"), keys)
  }

  func testFailureBeforeRenameKeepsOldFileAndNoTemp() throws {
    let dir = try TempDirectory()
    let path = dir.path + "/credentials"
    let original = "[default]\r\naws_access_key_id = \(keys.accessKeyID)\r\n"
    try Data(original.utf8).write(to: URL(fileURLWithPath: path))

    let stop: AtomicFile.Hook = { stage in
      if stage == .tempWritten { throw StorageError.injected(stage) }
    }
    XCTAssertThrowsError(
      try CredentialsFile.save(
        profile: "mturk", keys: keys2, to: path, replace: false, hook: stop)
    ) { error in
      XCTAssertEqual(error as? KeyError, .storage(.injected(.tempWritten)))
    }

    XCTAssertEqual(fileText(path), original)
    XCTAssertEqual(dir.names(), ["credentials", "credentials.lock"])
  }

  func testFailureAfterRenameLeavesNewFile() throws {
    let dir = try TempDirectory()
    let path = dir.path + "/credentials"
    let stop: AtomicFile.Hook = { stage in
      if stage == .renamed { throw StorageError.injected(stage) }
    }

    XCTAssertThrowsError(
      try CredentialsFile.save(
        profile: "mturk", keys: keys, to: path, replace: false, hook: stop))

    XCTAssertEqual(
      CredentialsFile(text: fileText(path) ?? "").keys(profile: "mturk"), keys)
    XCTAssertEqual(dir.names(), ["credentials", "credentials.lock"])
  }

  func testLeftoverTempFromKilledSaveIsRemoved() throws {
    let dir = try TempDirectory()
    let path = dir.path + "/credentials"
    let leftover = dir.path + "/.credentials.tmp-99999-abc"
    try Data("half".utf8).write(to: URL(fileURLWithPath: leftover))

    try CredentialsFile.save(
      profile: "mturk", keys: keys, to: path, replace: false)

    XCTAssertEqual(dir.names(), ["credentials", "credentials.lock"])
  }

  func testBadInputIsRefusedBeforeTouchingDisk() throws {
    let dir = try TempDirectory()
    let path = dir.path + "/sub/credentials"
    let bad = AccessKeys(accessKeyID: keys.accessKeyID, secret: "short")

    XCTAssertThrowsError(
      try CredentialsFile.save(profile: "m", keys: bad, to: path, replace: true)
    ) {
      XCTAssertEqual(
        $0 as? KeyError, .invalidKeys(.wrongLength(.secret, got: 5)))
    }
    XCTAssertThrowsError(
      try CredentialsFile.save(
        profile: "a b", keys: keys, to: path, replace: true)
    ) {
      XCTAssertEqual($0 as? KeyError, .invalidProfileName("a b"))
    }
    XCTAssertEqual(dir.names(), [])
  }

  func testFileInPlaceOfFolderGivesStorageError() throws {
    let dir = try TempDirectory()
    try Data("x".utf8).write(to: URL(fileURLWithPath: dir.path + "/.aws"))
    let path = dir.path + "/.aws/credentials"

    XCTAssertThrowsError(
      try CredentialsFile.save(
        profile: "m", keys: keys, to: path, replace: true)
    ) { error in
      XCTAssertEqual(
        error as? KeyError,
        .storage(
          .system(
            operation: "create folder", path: dir.path + "/.aws", code: ENOTDIR)
        ))
      XCTAssertFalse("\(error)".contains(self.keys.secret))
    }
  }

  func testUnwritableFolderGivesStorageError() throws {
    try XCTSkipIf(geteuid() == 0, "root ignores folder permissions")
    let dir = try TempDirectory()
    let folder = dir.path + "/locked"
    try FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: false)
    chmod(folder, 0o500)
    defer { chmod(folder, 0o700) }

    XCTAssertThrowsError(
      try CredentialsFile.save(
        profile: "m", keys: keys, to: folder + "/credentials", replace: true)
    ) { error in
      guard case .storage(.system(_, _, let code))? = error as? KeyError else {
        return XCTFail("unexpected \(error)")
      }
      XCTAssertEqual(code, EACCES)
      XCTAssertFalse("\(error)".contains(self.keys.secret))
    }
  }

  /// Two threads, each opening its own lock file description, save
  /// different Profiles at once; flock must keep both.
  func testThreadsSavingDifferentProfilesKeepBoth() throws {
    for round in 1...20 {
      let dir = try TempDirectory()
      let path = dir.path + "/credentials"
      try Data("# round \(round)\n[default]\nregion = us-east-1\n".utf8)
        .write(to: URL(fileURLWithPath: path))

      let group = DispatchGroup()
      let errors = ErrorBox()
      for (profile, pair) in [("alpha", keys), ("beta", keys2)] {
        group.enter()
        Thread.detachNewThread {
          do {
            try CredentialsFile.save(
              profile: profile, keys: pair, to: path, replace: false)
          } catch { errors.add(error) }
          group.leave()
        }
      }
      group.wait()

      XCTAssertEqual(errors.all.count, 0, "round \(round)")
      let file = CredentialsFile(text: fileText(path) ?? "")
      XCTAssertEqual(file.keys(profile: "alpha"), keys, "round \(round)")
      XCTAssertEqual(file.keys(profile: "beta"), keys2, "round \(round)")
      XCTAssertTrue(
        file.bytes.starts(with: Array("# round \(round)\n[default]\n".utf8)))
    }
  }
}

/// Collects errors from threads.
final class ErrorBox: @unchecked Sendable {
  private let lock = NSLock()
  private var errors: [String] = []

  /// Records an error.
  func add(_ error: Error) {
    lock.lock()
    errors.append("\(error)")
    lock.unlock()
  }

  /// Everything recorded.
  var all: [String] {
    lock.lock()
    defer { lock.unlock() }
    return errors
  }
}
