import Foundation
import TurkLinkCore
import TurkLinkStandIn
import XCTest

/// What one run of the built `turklink` binary printed and returned.
struct CommandResult {
  var status: Int32
  var stdout: String
  var stderr: String
}

/// Runs the built `turklink` binary with a private HOME, so no test reads
/// or writes the real user's progress or credentials.
struct CommandHarness {
  let home: URL
  var environment: [String: String]

  init() throws {
    home = FileManager.default.temporaryDirectory
      .appendingPathComponent("turklink-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    environment = [
      "HOME": home.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
      "AWS_EC2_METADATA_DISABLED": "true", "AWS_CONFIG_FILE": "/dev/null",
      "AWS_SHARED_CREDENTIALS_FILE": home.appendingPathComponent("aws/credentials").path,
    ]
  }

  /// The `turklink` executable next to the test bundle.
  static var binary: URL {
    // On Linux the bundle URL is the products folder itself; elsewhere it
    // is the .xctest bundle inside it.
    let bundle = Bundle(for: Marker.self).bundleURL
    let candidates = [bundle, bundle.deletingLastPathComponent()]
      .map { $0.appendingPathComponent("turklink") }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
      ?? candidates[0]
  }

  /// Runs turklink with `arguments` and extra environment, waiting at most 60 s.
  func run(_ arguments: [String], extra: [String: String] = [:]) throws -> CommandResult {
    let process = Process()
    process.executableURL = Self.binary
    process.arguments = arguments
    process.environment = environment.merging(extra) { $1 }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()

    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandResult(
      status: process.terminationStatus,
      stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self))
  }

  func remove() {
    try? FileManager.default.removeItem(at: home)
  }
}

/// A running pair of stand-ins (production + STS, and sandbox).
final class StandInPair {
  let production: StandInServer
  let sandbox: StandInServer
  let productionURL: String
  let sandboxURL: String

  init(accounts: [StandInAccount] = DemoAccounts.all, clockOffset: TimeInterval = 0) throws {
    production = StandInServer(
      StandInConfiguration(mode: .production, accounts: accounts, clockOffset: clockOffset))
    sandbox = StandInServer(
      StandInConfiguration(mode: .sandbox, accounts: accounts, clockOffset: clockOffset))
    productionURL = "http://127.0.0.1:\(try production.start())"
    sandboxURL = "http://127.0.0.1:\(try sandbox.start())"
  }

  /// The endpoint flags that point turklink at this pair.
  var flags: [String] {
    ["--endpoint-url", productionURL, "--sandbox-endpoint-url", sandboxURL]
  }

  func stop() {
    production.stop()
    sandbox.stop()
  }
}

private final class Marker {}
