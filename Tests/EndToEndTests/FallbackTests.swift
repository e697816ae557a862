import Foundation
import XCTest

/// Without a usable terminal turklink uses plain mode, says why in one
/// line, and never writes an escape sequence.
final class FallbackTests: XCTestCase {
  private var session: TmuxSession?
  private var directory: URL?

  override func tearDown() {
    session?.close()
    if let directory { try? FileManager.default.removeItem(at: directory) }
  }

  /// Runs turklink with stdin and stdout on pipes; returns output and status.
  private func runPiped(_ arguments: [String], input: String) throws
    -> (stdout: Data, stderr: String, status: Int32)
  {
    let home = try TmuxSession.makeTemporaryDirectory()
    directory = home
    let process = Process()
    process.executableURL = TmuxSession.binary
    process.arguments = arguments
    process.environment = [
      "HOME": home.path, "XDG_STATE_HOME": home.path + "/state", "LANG": "C.UTF-8",
      "TERM": "xterm-256color", "PATH": "/usr/bin:/bin",
      "AWS_SHARED_CREDENTIALS_FILE": home.path + "/credentials",
      "AWS_CONFIG_FILE": "/dev/null", "AWS_EC2_METADATA_DISABLED": "true",
    ]
    let (stdin, stdout, stderr) = (Pipe(), Pipe(), Pipe())
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    let errors = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (output, String(decoding: errors, as: UTF8.self), process.terminationStatus)
  }

  func testPlainThroughAPipeHasNoEscapeByte() throws {
    let guide = try GuideFacts.load()
    let result = try runPiped(["--plain"], input: "y\ns\nq\n")

    XCTAssertEqual(result.status, 0)
    XCTAssertFalse(result.stdout.contains(0x1b), "plain output holds an ESC byte")
    let text = String(decoding: result.stdout, as: UTF8.self)
    XCTAssertTrue(text.contains(guide.steps[0].title), text)
    XCTAssertTrue(text.contains(guide.steps[1].title), text)
    XCTAssertEqual(result.stderr, "")
  }

  func testPlainDemoChecksAgainstTheStandIn() throws {
    let result = try runPiped(["--demo", "--plain", "step", "access-keys"], input: "1\nn\ny\n")

    let text = String(decoding: result.stdout, as: UTF8.self)
    XCTAssertEqual(result.status, 0, text)
    XCTAssertTrue(text.contains("The keys work."), text)
    XCTAssertTrue(text.contains("Balance (production): $"), text)
    XCTAssertFalse(result.stdout.contains(0x1b))
  }

  func testEndOfInputQuitsCleanly() throws {
    let result = try runPiped(["--plain"], input: "")
    XCTAssertEqual(result.status, 0)
    XCTAssertFalse(result.stdout.contains(0x1b))
  }

  func testPipeWithoutPlainFlagSaysWhyInOneLine() throws {
    let result = try runPiped([], input: "q\n")
    XCTAssertEqual(result.status, 0)
    XCTAssertEqual(result.stderr, "turklink: no terminal (stdin is not a tty); using plain mode\n")
    XCTAssertFalse(result.stdout.contains(0x1b))
  }

  private struct TermCase {
    let id: String
    let term: String
    let line: String
  }

  func testUnusableTermFallsBackToPlain() throws {
    try XCTSkipIf(TmuxSession.tmuxPath == nil, "tmux is not installed; end-to-end tests skipped")
    let cases = [
      TermCase(id: "dumb", term: "dumb", line: "(TERM=dumb); using plain mode"),
      TermCase(
        id: "no terminfo", term: "nonexistent-term",
        line: "no terminfo entry for TERM=nonexistent-term; using plain mode"),
    ]
    for item in cases {
      session?.close()
      let current = try TmuxSession(term: item.term)
      session = current

      let screen = try current.waitFor(text: "[y/s/q]")
      XCTAssertEqual(screen.components(separatedBy: item.line).count, 2, item.id)
      try current.type("q")
      try current.keys("Enter")
      XCTAssertEqual(current.exitStatus(), 0, item.id)
    }
  }

  /// On a terminal, plain mode reads the secret with echo off, and a
  /// signal in the middle of it still leaves the terminal as it was.
  func testPlainSecretIsNotEchoed() throws {
    try XCTSkipIf(TmuxSession.tmuxPath == nil, "tmux is not installed; end-to-end tests skipped")
    let secret = "DEMO/healthy/K7MDENG+bPxRfiCYEXAMPLEKEYw"
    let cases: [(id: String, finish: (TmuxSession) throws -> Void, status: Int32)] = [
      ("answered", { try $0.type(secret); try $0.keys("Enter"); try $0.type("n\ny\n") }, 0),
      // SIGINT to turklink alone: Ctrl-C would also end the wrapper shell.
      ("interrupted", { try $0.type("DEMO/"); try $0.interrupt() }, 130),
    ]
    for item in cases {
      session?.close()
      let current = try TmuxSession(arguments: ["--plain", "--demo", "step", "access-keys"])
      session = current
      try current.waitFor(text: "demo number")
      try current.type("AKIADEMOHEALTHY77777\n")
      try current.waitFor(text: "(not shown)")

      try item.finish(current)
      XCTAssertEqual(current.exitStatus(), item.status, item.id)
      let screen = try current.capture()
      XCTAssertFalse(screen.contains("DEMO/"), "\(item.id): the secret was echoed:\n\(screen)")
      XCTAssertEqual(current.record("stty-after"), current.record("stty-before"), item.id)
    }
  }

  /// The key ID is read with echo off too: a secret pasted there by
  /// mistake never shows, and is not printed back.
  func testSecretPastedAsTheKeyIDIsNotEchoed() throws {
    try XCTSkipIf(TmuxSession.tmuxPath == nil, "tmux is not installed; end-to-end tests skipped")
    let current = try TmuxSession(arguments: ["--plain", "--demo", "step", "access-keys"])
    session = current
    try current.waitFor(text: "demo number")

    try current.type("DEMO/healthy/K7MDENG+bPxRfiCYEXAMPLEKEYw\n")
    try current.waitFor(text: "(hidden: that did not look like an access key ID)")
    try current.keys("C-d")
    XCTAssertEqual(current.exitStatus(), 0)
    let screen = try current.capture()
    XCTAssertFalse(screen.contains("DEMO/"), "the secret was echoed:\n\(screen)")
    XCTAssertEqual(current.record("stty-after"), current.record("stty-before"))
  }

  /// A CSV line pasted at the key ID prompt fills both keys, unechoed.
  func testCSVLinePastedAtTheKeyIDPromptChecksBothKeys() throws {
    try XCTSkipIf(TmuxSession.tmuxPath == nil, "tmux is not installed; end-to-end tests skipped")
    let current = try TmuxSession(arguments: ["--plain", "--demo", "step", "access-keys"])
    session = current
    try current.waitFor(text: "demo number")

    try current.paste("AKIADEMOHEALTHY77777,DEMO/healthy/K7MDENG+bPxRfiCYEXAMPLEKEYw\n")
    try current.waitFor(text: "The keys work.")
    try current.type("n\nq\n")
    XCTAssertEqual(current.exitStatus(), 0)
    let screen = try current.capture()
    XCTAssertTrue(screen.contains("access key ID AKIADEMOHEALTHY77777"), screen)
    XCTAssertFalse(screen.contains("DEMO/"), "the secret was echoed:\n\(screen)")
  }

  /// A signal at the key ID prompt, where echo is off, leaves the
  /// terminal as it was.
  func testSignalAtTheKeyIDPromptRestoresEcho() throws {
    try XCTSkipIf(TmuxSession.tmuxPath == nil, "tmux is not installed; end-to-end tests skipped")
    let current = try TmuxSession(arguments: ["--plain", "--demo", "step", "access-keys"])
    session = current
    try current.waitFor(text: "demo number")

    try current.type("DEMO/")
    try current.interrupt()
    XCTAssertEqual(current.exitStatus(), 130)
    XCTAssertFalse(try current.capture().contains("DEMO/"))
    XCTAssertEqual(current.record("stty-after"), current.record("stty-before"))
  }
}
