import Foundation

/// Runs a program with a clean environment and a hard time limit, and
/// collects its exit code and output.
enum ChildProcess {
  /// What a finished run produced.
  struct Result {
    /// The exit status; -1 when the run was stopped for taking too long.
    var status: Int32
    /// Everything written to stdout.
    var stdout: String
    /// Everything written to stderr.
    var stderr: String

    /// Both outputs with control characters shown as `^X`, safe to put in
    /// a test failure message.
    var printable: String {
      let text = "status \(status)\nstdout: \(stdout)\nstderr: \(stderr)"
      return String(
        text.unicodeScalars.map { scalar -> String in
          scalar.value < 0x20 && scalar != "\n"
            || (0x7f...0x9f).contains(scalar.value)
            ? "^" + String(scalar.value, radix: 16) : String(scalar)
        }.joined())
    }
  }

  /// Finds `name` in the directories of `PATH`.
  static func which(_ name: String) -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    for directory in path.split(separator: ":") {
      let candidate = URL(fileURLWithPath: String(directory))
        .appendingPathComponent(name)
      if FileManager.default.isExecutableFile(atPath: candidate.path) {
        return candidate
      }
    }
    return nil
  }

  /// Runs `program` with `arguments` and exactly `environment`, output
  /// going to files in `directory`; stops it (by its PID) after `limit`.
  static func run(
    _ program: URL, _ arguments: [String], environment: [String: String],
    in directory: TempDirectory, limit: TimeInterval = 30
  ) throws -> Result {
    let name = UUID().uuidString
    let outPath = try directory.write("\(name).out", "")
    let errPath = try directory.write("\(name).err", "")
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    process.environment = environment
    process.currentDirectoryURL = directory.url
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle(forWritingAtPath: outPath)
    process.standardError = FileHandle(forWritingAtPath: errPath)

    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    try process.run()
    var status: Int32
    if finished.wait(timeout: .now() + limit) == .timedOut {
      process.terminate()
      finished.wait()
      status = -1
    } else {
      status = process.terminationStatus
    }
    return Result(status: status, stdout: read(outPath), stderr: read(errPath))
  }

  private static func read(_ path: String) -> String {
    String(
      decoding: FileManager.default.contents(atPath: path) ?? Data(),
      as: UTF8.self)
  }
}
