import Foundation
import XCTest

/// Bracketed paste in the real binary: a pasted CSV fills both key fields
/// without submitting, the check runs against the demo stand-in on
/// loopback, and an oversized paste is cut safely.
final class PasteTests: XCTestCase {
  private var session: TmuxSession?

  override func setUpWithError() throws {
    try XCTSkipIf(TmuxSession.tmuxPath == nil, "tmux is not installed; end-to-end tests skipped")
  }

  override func tearDown() { session?.close() }

  /// The demo stand-in's healthy account (fake keys in the AWS docs style).
  private let keyID = "AKIADEMOHEALTHY77777"
  private let secret = "DEMO/healthy/K7MDENG+bPxRfiCYEXAMPLEKEYw"

  func testPastedCSVFillsBothFieldsAndChecks() throws {
    let current = try TmuxSession(arguments: ["--demo", "step", "access-keys"])
    session = current
    try current.waitFor(text: "Secret access key")

    try current.paste("Access key ID,Secret access key\n\(keyID),\(secret)\n")
    let filled = try current.waitFor(text: keyID)
    XCTAssertFalse(filled.contains(secret), "the secret is shown unmasked")
    XCTAssertFalse(filled.contains("Key check of"), "the paste's newline submitted")

    try current.type("c")
    try current.waitFor(text: "The keys work", timeout: 15)
    XCTAssertFalse(try current.capture().contains(secret))
    try current.type("q")
    XCTAssertEqual(current.exitStatus(), 0)
  }

  func testOversizedPasteIsCutWithoutHarm() throws {
    let current = try TmuxSession(arguments: ["step", "access-keys"])
    session = current
    try current.waitFor(text: "Secret access key")

    try current.paste(String(repeating: "A", count: 100_000))
    try current.type("x")
    usleep(300_000)
    XCTAssertNil(current.record("status"), "turklink ended on a large paste")
    try current.keys("C-c")
    XCTAssertEqual(current.exitStatus(), 130)
    XCTAssertEqual(current.record("stty-after"), current.record("stty-before"))
  }

  func testForcedHyperlinksKeepTheLayout() throws {
    let current = try TmuxSession(extraEnvironment: ["TURKLINK_HYPERLINKS": "1"])
    session = current
    let screen = try current.waitFor(text: "https://")

    XCTAssertFalse(screen.contains("8;;"), "OSC 8 leaked onto the screen:\n\(screen)")
    let plain = try TmuxSession(extraEnvironment: ["TURKLINK_HYPERLINKS": "0"])
    defer { plain.close() }
    let reference = try plain.waitFor(text: "https://")
    XCTAssertEqual(screen, reference)
    try current.type("q")
    XCTAssertEqual(current.exitStatus(), 0)
  }
}
