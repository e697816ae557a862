import Foundation
import XCTest

/// The built `turklink-standin` executable, run as a child process.
final class StandInProcess {
  /// The running child.
  let process = Process()
  /// The port from its first stdout line.
  private(set) var port = 0
  private let output = Pipe()
  private let finished = DispatchSemaphore(value: 0)

  /// The executable next to the test bundle in the build folder.
  static func executable() throws -> URL {
    let folder = Bundle.main.bundleURL
    let candidates = [
      folder.appendingPathComponent("turklink-standin"),
      folder.deletingLastPathComponent().appendingPathComponent(
        "turklink-standin"),
    ]
    return try XCTUnwrap(
      candidates.first {
        FileManager.default.isExecutableFile(atPath: $0.path)
      },
      "turklink-standin is not built next to the tests (swift build first)")
  }

  /// Starts the executable with `arguments` and waits (at most 20 s) for
  /// its `listening on 127.0.0.1:PORT` line.
  init(_ arguments: [String], in temp: TempDirectory) throws {
    process.executableURL = try Self.executable()
    process.arguments = arguments
    process.environment = ["PATH": "/usr/bin:/bin", "HOME": temp.url.path]
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    process.terminationHandler = { [finished] _ in finished.signal() }
    try process.run()

    let line = try XCTUnwrap(
      readFirstLine(), "no first line from turklink-standin")
    let prefix = "listening on 127.0.0.1:"
    XCTAssertTrue(line.hasPrefix(prefix), line)
    port = try XCTUnwrap(Int(line.dropFirst(prefix.count)), line)
  }

  deinit {
    if process.isRunning { process.terminate() }
  }

  /// Sends SIGTERM to the child (by its PID) and returns its exit status,
  /// or nil when it did not exit within 10 s.
  func terminate() -> Int32? {
    process.terminate()
    guard finished.wait(timeout: .now() + 10) == .success else { return nil }
    return process.terminationReason == .exit ? process.terminationStatus : -1
  }

  private func readFirstLine() -> String? {
    let handle = output.fileHandleForReading
    let done = DispatchSemaphore(value: 0)
    let box = LineBox()
    Thread.detachNewThread {
      var bytes: [UInt8] = []
      while !bytes.contains(UInt8(ascii: "\n")) {
        let chunk = handle.availableData
        if chunk.isEmpty { break }
        bytes += chunk
      }
      box.set(String(decoding: bytes, as: UTF8.self))
      done.signal()
    }
    guard done.wait(timeout: .now() + 20) == .success else { return nil }
    return box.value?.split(separator: "\n").first.map(String.init)
  }
}

/// Hands the line read on a helper thread back to the test thread.
private final class LineBox: @unchecked Sendable {
  private let lock = NSLock()
  private var text: String?

  var value: String? { lock.withLock { text } }

  func set(_ value: String) { lock.withLock { text = value } }
}
