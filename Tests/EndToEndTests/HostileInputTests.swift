import Foundation
import XCTest

/// Bytes no researcher means to send: random noise, escape sequences,
/// NUL, invalid UTF-8, CJK and emoji, 64 KB pastes, and MTurk error text
/// full of escape sequences. turklink must not crash, must not draw any
/// of it raw, and must keep the key fields sane.
final class HostileInputTests: XCTestCase {
  private var session: TmuxSession?

  override func setUpWithError() throws {
    try XCTSkipIf(
      TmuxSession.tmuxPath == nil,
      "tmux is not installed; end-to-end tests skipped")
  }

  override func tearDown() { session?.close() }

  private func start(_ arguments: [String]) throws -> TmuxSession {
    let current = try TmuxSession(arguments: arguments)
    session = current
    return current
  }

  /// Byte strings a terminal (or something pretending to be one) might
  /// send, none of which is a key the researcher pressed. The tests send
  /// a real key in the same write right behind each: it must arrive.
  static let hostileInput: [(id: String, bytes: [UInt8])] = [
    ("NUL", [0x00]),
    ("cut-off UTF-8 lead", [0xc3]),
    ("bytes never in UTF-8", [0xff, 0xfe]),
    ("overlong slash", [0xc0, 0xaf]),
    ("stray continuation", [0x80]),
    ("UTF-16 surrogate", [0xed, 0xa0, 0x80]),
    ("beyond U+10FFFF", [0xf4, 0x90, 0x80, 0x80]),
    ("OSC title", Array("\u{1b}]0;pwned\u{07}".utf8)),
    ("OSC 52 clipboard", Array("\u{1b}]52;c;cHduZWQ=\u{07}".utf8)),
    ("SGR colour", Array("\u{1b}[31m".utf8)),
    ("cursor report", Array("\u{1b}[12;40R".utf8)),
    ("DCS", Array("\u{1b}P1$r0m\u{1b}\\".utf8)),
    ("modified Enter", Array("\u{1b}[27;5;13~".utf8)),
    ("kitty key", Array("\u{1b}[110;5u".utf8)),
    ("Alt-n", Array("\u{1b}n".utf8)),
  ]

  /// Sent only where no field counts characters: clear screen, C1 CSI.
  static let moreHostileInput: [[UInt8]] = [
    Array("\u{1b}[2J".utf8), Array("\u{9b}2J".utf8),
  ]

  /// Printable text of many widths: CJK, emoji with ZWJ and skin tone.
  static let wideText = "日本語キー🔑👩‍🔬👍🏽한국어"

  func testKeyFieldsStaySaneUnderHostileInput() throws {
    let current = try start(["--demo", "step", "access-keys"])
    try current.waitFor(text: "Secret access key")
    try current.paste("AKIA")
    try current.waitFor(what: "the ID field") { selected("Access key ID", $0) }

    let count = Self.hostileInput.count
    try hammer(current, field: "Access key ID", marker: "B")
    let id = try current.waitFor(what: "AKIA and one B per hostile input") {
      fieldLine("Access key ID", $0).contains(
        "[AKIA" + String(repeating: "B", count: count) + " ")
    }
    XCTAssertEqual(
      verdict("Access key ID", id), "✗ \(4 + count) of 20 characters", id)
    try hammerWide(current, field: "Access key ID")

    try current.keys("Down")
    try current.waitFor(what: "the secret field") {
      selected("Secret access key", $0)
    }
    try hammer(current, field: "Secret access key", marker: "b")
    let secret = try current.waitFor(what: "one b per hostile input") {
      verdict("Secret access key", $0) == "✗ \(count) of 40 characters"
    }
    XCTAssertFalse(secret.contains("pwned"), secret)
    try hammerWide(current, field: "Secret access key")

    try refill(current)
    XCTAssertNotEqual(try current.format("#{pane_title}"), "pwned")
    try current.type("q")
    try current.assertExited(with: 0, "quit after hostile input in the fields")
  }

  /// Sends every hostile byte string with `marker` right behind it into
  /// the selected field, which must stay selected.
  private func hammer(_ current: TmuxSession, field: String, marker: Character)
    throws
  {
    for item in Self.hostileInput {
      try current.send(bytes: item.bytes + Array(String(marker).utf8))
      let screen = try current.settle()
      XCTAssertTrue(
        selected(field, screen),
        "\(item.id) left the \(field) field:\n\(screen)")
      XCTAssertFalse(current.hasExited, "\(item.id) ended turklink")
    }
  }

  /// Wide text typed and pasted, a 64 KB paste, and the last hostile
  /// bytes: the field stays selected and says what is wrong.
  private func hammerWide(_ current: TmuxSession, field: String) throws {
    for bytes in Self.moreHostileInput { try current.send(bytes: bytes) }
    try current.type(Self.wideText)
    try current.paste(Self.wideText)
    try current.paste(
      String(repeating: Self.wideText + "AKIA/+", count: 64 * 1024 / 48))
    let screen = try current.settle()
    XCTAssertTrue(
      selected(field, screen), "wide text left the \(field) field:\n\(screen)")
    XCTAssertEqual(verdict(field, screen)?.first, "✗", screen)
    try assertNothingRaw(current)
  }

  /// Empties both fields and pastes the healthy keys: they check fine.
  private func refill(_ current: TmuxSession) throws {
    try current.keys("C-u")
    try current.paste(Demo.healthy.secret)
    try current.keys("Up")
    try current.waitFor(what: "the ID field again") {
      selected("Access key ID", $0)
    }
    try current.keys("C-u")
    try current.paste(Demo.healthy.accessKeyID)
    try current.waitFor(what: "two good formats") {
      $0.components(separatedBy: "✓ format ok").count == 3
    }
    try current.keys("Enter")
    try current.keys("Enter")
    try current.waitFor(text: "The keys work with MTurk", timeout: 15)
  }

  func testRandomBytesOnTheChecklistScreens() throws {
    let current = try start(["--demo"])
    try current.waitFor(text: "Step 1 of")
    // Keys that would end the run, stop output or open a browser are left
    // out: the point is what the wizard does with everything else.
    let excluded: Set<UInt8> = [
      0x03, 0x0f, 0x11, 0x13, 0x16, 0x1a, 0x1c, 0x71, 0x51, 0x6f,
    ]
    var generator = SeededGenerator(seed: 0x6e01_5e00)
    for round in 0..<20 {
      var bytes: [UInt8] = []
      while bytes.count < 100 {
        let byte = UInt8.random(in: 0...255, using: &generator)
        if !excluded.contains(byte) { bytes.append(byte) }
      }
      try current.send(bytes: bytes)
      if round.isMultiple(of: 5) {
        try current.type(Self.wideText)
        try current.paste(Self.wideText)
      }
      XCTAssertFalse(current.hasExited, "round \(round) ended turklink")
    }
    for item in Self.hostileInput { try current.send(bytes: item.bytes) }
    for bytes in Self.moreHostileInput { try current.send(bytes: bytes) }

    try current.waitFor(text: "turklink — Linking MTurk")
    try assertNothingRaw(current)
    XCTAssertNotEqual(try current.format("#{pane_title}"), "pwned")
    try current.keys("C-c")
    try current.assertExited(with: 130, "Ctrl-C after random bytes")
  }

  func testEscapeSequencesInAnMTurkErrorAreNotDrawn() throws {
    let current = try start(["--demo", "step", "access-keys"])
    try current.waitFor(text: "Secret access key")
    try current.paste(Demo.csv(Demo.escapes))
    try current.waitFor(text: "Filled both fields")
    try current.type("c")
    let screen = try current.waitFor(text: "Key check of", timeout: 15)

    let said = flattened(screen)
    XCTAssertTrue(said.contains("Balance lookup failed"), screen)
    for raw in ["]0;", "pwned", "[2J", "[31m", "[10;10H", "31m"] {
      XCTAssertFalse(said.contains(raw), "\(raw) drawn:\n\(screen)")
    }
    try assertNothingRaw(current)
    XCTAssertEqual(
      try current.format("#{alternate_on}"), "1", "the screen was reset")
    XCTAssertNotEqual(try current.format("#{pane_title}"), "pwned")
    try current.type("q")
    try current.assertExited(with: 0, "quit after the escapes check")
  }

  /// The screen with attributes holds only the SGR sequences tmux itself
  /// emits for colours, and no control character of any other kind.
  private func assertNothingRaw(
    _ current: TmuxSession, file: StaticString = #filePath, line: UInt = #line
  ) throws {
    let screen = try current.captureWithEscapes()
    let stripped = screen.replacingOccurrences(
      of: "\u{1b}\\[[0-9;:]*m", with: "", options: .regularExpression)
    let controls = stripped.unicodeScalars.filter {
      ($0.value < 0x20 && $0 != "\n") || (0x7f...0x9f).contains($0.value)
    }
    XCTAssertTrue(
      controls.isEmpty,
      "raw control characters \(controls.map(\.value)) on screen:\n\(stripped)",
      file: file, line: line)
  }
}

/// The verdict beside a field's label: `✓ format ok` or `✗ …`.
func verdict(_ label: String, _ screen: String) -> String? {
  for line in screen.components(separatedBy: "\n") {
    guard let range = line.range(of: label) else { continue }
    let rest = line[range.upperBound...].trimmingCharacters(in: .whitespaces)
    return rest.hasPrefix("✓") || rest.hasPrefix("✗") ? rest : nil
  }
  return nil
}

/// The line that draws the field under `label`.
func fieldLine(_ label: String, _ screen: String) -> String {
  let lines = screen.components(separatedBy: "\n")
  guard let index = lines.firstIndex(where: { $0.contains(label) }),
    index + 1 < lines.count
  else { return "" }
  return lines[index + 1]
}
