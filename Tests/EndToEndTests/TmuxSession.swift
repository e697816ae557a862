import Foundation
import XCTest

/// A private tmux server running one `turklink` in a pane, for driving
/// the built binary like a researcher would. Each session has its own
/// socket (`-L`) and is killed in `close`.
final class TmuxSession {
  /// The wrapper's working directory: status, stty and pid files.
  let directory: URL
  /// The HOME given to turklink (state lives under it).
  let home: URL
  private let socket: String
  /// When true, the pane reads input after turklink exits (see `wrapper`).
  private let probesInput: Bool
  private static let counter = NSLock()
  nonisolated(unsafe) private static var next = 0

  /// The tmux binary, or nil when it is not installed.
  static let tmuxPath: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

  /// Starts turklink in a new detached session of the given size.
  ///
  /// The pane runs a wrapper that records `stty -a` before and after,
  /// the exit status, and turklink's own PID (it execs in place).
  init(
    arguments: [String] = [], term: String = "xterm-256color", width: Int = 100,
    height: Int = 30, home: URL? = nil, extraEnvironment: [String: String] = [:],
    probesInputAfterExit: Bool = false
  ) throws {
    probesInput = probesInputAfterExit
    directory = try Self.makeTemporaryDirectory()
    self.home = home ?? directory.appendingPathComponent("home")
    socket = "turklink-e2e-\(getpid())-\(Self.nextNumber())"
    try FileManager.default.createDirectory(at: self.home, withIntermediateDirectories: true)

    let script = directory.appendingPathComponent("run.sh")
    try wrapper(arguments, term: term, extra: extraEnvironment)
      .write(to: script, atomically: true, encoding: .utf8)
    chmod(script.path, 0o755)
    try tmux(["new-session", "-d", "-s", "tl", "-x", "\(width)", "-y", "\(height)", script.path])
  }

  private static func nextNumber() -> Int {
    counter.withLock {
      next += 1
      return next
    }
  }

  static func makeTemporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("turklink-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// The shell script the pane runs; it stays open after turklink exits so
  /// the screen can still be captured. With `probesInput` it copies what
  /// the terminal sends next, made visible by `cat -v`, to `after-input`:
  /// a paste then shows whether bracketed paste was left on.
  private func wrapper(_ arguments: [String], term: String, extra: [String: String]) -> String {
    let dir = directory.path
    let args = arguments.map { "'\($0)'" }.joined(separator: " ")
    let exports = extra.map { "export \($0.key)='\($0.value)'" }.joined(separator: "\n")
    return """
      #!/bin/sh
      export LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM='\(term)'
      export HOME='\(home.path)' XDG_STATE_HOME='\(home.path)/state'
      export AWS_SHARED_CREDENTIALS_FILE='\(home.path)/credentials'
      export AWS_CONFIG_FILE=/dev/null AWS_EC2_METADATA_DISABLED=true
      unset TMUX NO_COLOR AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN
      unset AWS_PROFILE AWS_ENDPOINT_URL AWS_ENDPOINT_URL_MTURK AWS_ENDPOINT_URL_STS
      unset TURKLINK_SANDBOX_ENDPOINT_URL http_proxy https_proxy HTTPS_PROXY ALL_PROXY all_proxy
      cd '\(dir)' && ulimit -c 0
      \(exports)
      stty -a > '\(dir)/stty-before'
      sh -c 'echo $$ > "\(dir)/pid"; exec "$0" "$@"' '\(Self.binary.path)' \(args)
      echo $? > '\(dir)/status.tmp' && mv '\(dir)/status.tmp' '\(dir)/status'
      stty -a > '\(dir)/stty-after'
      echo TURKLINK-EXITED
      \(probesInput ? "exec cat -v > '\(dir)/after-input'" : "exec sleep 300")
      """
  }

  /// The built `turklink`, beside the test bundle.
  static var binary: URL {
    if let path = ProcessInfo.processInfo.environment["TURKLINK_BINARY"] {
      return URL(fileURLWithPath: path)
    }
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    while directory.path != "/" {
      let candidate = directory.appendingPathComponent("turklink")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      directory.deleteLastPathComponent()
    }
    return URL(fileURLWithPath: ".build/debug/turklink")
  }

  /// Runs a tmux command on this session's socket; returns its output.
  ///
  /// Spawned and reaped by hand: Foundation's `Process` never sees the
  /// first client exit, because the server it forks keeps its descriptors.
  /// For the same reason output goes to a file, not a pipe.
  @discardableResult
  func tmux(_ arguments: [String]) throws -> String {
    let outputPath = directory.appendingPathComponent("tmux-\(UUID().uuidString)").path
    defer { unlink(outputPath) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

    let tool = Self.tmuxPath ?? "/usr/bin/tmux"
    let all = [tool, "-L", socket, "-f", "/dev/null"] + arguments
    let argv = all.map { strdup($0) } + [nil]
    let environment = ProcessInfo.processInfo.environment.filter { $0.key != "TMUX" }
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var pid = pid_t()
    guard posix_spawn(&pid, tool, &actions, nil, argv, envp) == 0 else {
      throw CocoaError(.executableLoad)
    }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
  }

  /// Sends tmux key names (`Space`, `Enter`, `C-c`, `Up`…).
  func keys(_ names: String...) throws {
    try tmux(["send-keys", "-t", socketTarget] + names)
  }

  /// Types text literally.
  func type(_ text: String) throws {
    try tmux(["send-keys", "-t", socketTarget, "-l", text])
  }

  /// Pastes text as a bracketed paste.
  func paste(_ text: String) throws {
    try tmux(["set-buffer", "--", text])
    try tmux(["paste-buffer", "-p", "-t", socketTarget])
  }

  /// Resizes the window.
  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", socketTarget, "-x", "\(width)", "-y", "\(height)"])
  }

  /// The visible pane text.
  func capture() throws -> String {
    try tmux(["capture-pane", "-p", "-t", socketTarget])
  }

  /// A tmux format value for the pane, e.g. `#{alternate_on}`.
  func format(_ format: String) throws -> String {
    try tmux(["display-message", "-p", "-t", socketTarget, format])
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  private var socketTarget: String { "tl" }

  /// Polls the screen until `text` shows; fails the test with the last
  /// screen when it does not within `timeout` seconds.
  @discardableResult
  func waitFor(
    text: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line
  ) throws -> String {
    try waitFor(timeout: timeout, file: file, line: line, what: text) {
      $0.lowercased().contains(text.lowercased())
    }
  }

  /// Polls the screen until `matches` accepts it.
  @discardableResult
  func waitFor(
    timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line,
    what: String, _ matches: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var screen = ""
    while Date() < deadline {
      screen = try capture()
      if matches(screen) { return screen }
      usleep(50_000)
    }
    XCTFail("timed out waiting for \(what); screen was:\n\(screen)", file: file, line: line)
    return screen
  }

  /// turklink's exit status once it ended, waiting up to `timeout`.
  func exitStatus(timeout: TimeInterval = 10) -> Int32? {
    let url = directory.appendingPathComponent("status")
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if let text = try? String(contentsOf: url, encoding: .utf8),
        let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
      {
        usleep(100_000)  // let the wrapper write stty-after
        return status
      }
      usleep(50_000)
    }
    return nil
  }

  /// turklink's PID, written by the wrapper just before it execs.
  func pid(timeout: TimeInterval = 5) -> pid_t? {
    let url = directory.appendingPathComponent("pid")
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if let text = try? String(contentsOf: url, encoding: .utf8),
        let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines))
      {
        return pid
      }
      usleep(50_000)
    }
    return nil
  }

  /// Sends SIGINT to turklink itself (not its process group).
  func interrupt() throws {
    guard let pid = pid() else { throw CocoaError(.fileNoSuchFile) }
    usleep(100_000)  // let the typed text arrive first
    kill(pid, SIGINT)
  }

  /// A file the wrapper wrote, e.g. `stty-before`.
  func record(_ name: String) -> String? {
    try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
  }

  /// Kills this session's tmux server and removes the temporary files.
  func close() {
    _ = try? tmux(["kill-server"])
    try? FileManager.default.removeItem(at: directory)
  }
}
