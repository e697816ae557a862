import CNcurses
import Foundation
import XCTest

@testable import TurkLinkTUI

/// The terminal backend's pure parts: key decoding, control sequences,
/// terminal traits and the choice between curses and plain mode.
final class TermDecodingTests: XCTestCase {
  func testCharactersFromGetWch() {
    let cases: [(id: String, value: UInt32, key: Key?)] = [
      ("CR is Enter (nonl)", 13, .enter), ("LF is Enter", 10, .enter),
      ("Tab", 9, .tab), ("DEL is Backspace", 127, .backspace),
      ("Ctrl-H is Backspace", 8, .backspace), ("Esc", 27, .escape),
      ("Ctrl-C", 3, .ctrl("c")), ("Ctrl-R", 18, .ctrl("r")), ("Ctrl-A", 1, .ctrl("a")),
      ("NUL ignored", 0, nil), ("Ctrl-backslash ignored", 28, nil),
      ("space", 32, .char(" ")), ("letter", 113, .char("q")),
      ("accented", 0xe9, .char("é")), ("CJK", 0x65e5, .char("日")),
      ("surrogate is no scalar", 0xd800, nil),
    ]
    for item in cases {
      XCTAssertEqual(KeyDecoder.character(item.value), item.key, item.id)
    }
  }

  func testKeyCodesFromGetWch() {
    let cases: [(id: String, code: Int32, key: Key?)] = [
      ("up", KEY_UP, .up), ("down", KEY_DOWN, .down), ("left", KEY_LEFT, .left),
      ("right", KEY_RIGHT, .right), ("keypad enter", KEY_ENTER, .enter),
      ("back tab", KEY_BTAB, .backTab), ("backspace", KEY_BACKSPACE, .backspace),
      ("delete", KEY_DC, .delete), ("home", KEY_HOME, .home), ("end", KEY_END, .end),
      ("page up", KEY_PPAGE, .pageUp), ("page down", KEY_NPAGE, .pageDown),
      ("F1 unused", KEY_F0 + 1, nil), ("mouse unused", KEY_MOUSE, nil),
    ]
    for item in cases {
      XCTAssertEqual(KeyDecoder.keyCode(UInt32(item.code)), item.key, item.id)
    }
  }

  /// Base64 values are the RFC 4648 test vectors.
  func testClipboardSequence() {
    XCTAssertEqual(
      ControlSequences.clipboard("foobar", insideTmux: false), "\u{1b}]52;c;Zm9vYmFy\u{07}")
    XCTAssertEqual(
      ControlSequences.clipboard("fo", insideTmux: true),
      "\u{1b}]52;c;Zm8=\u{07}" + "\u{1b}Ptmux;\u{1b}\u{1b}]52;c;Zm8=\u{07}\u{1b}\\")
  }

  func testHyperlinkDropsControlCharacters() {
    XCTAssertEqual(
      ControlSequences.linkStart("https://example.com/\u{1b}\\\u{07}x"),
      "\u{1b}]8;;https://example.com/\\x\u{1b}\\")
    XCTAssertEqual(ControlSequences.moveTo(row: 0, column: 4), "\u{1b}[1;5H")
  }

  func testTraitsFromTheEnvironment() {
    let cases: [(id: String, env: [String: String], codeset: String, expected: TerminalTraits)] = [
      ("plain xterm", ["TERM": "xterm-256color"], "UTF-8",
        TerminalTraits(utf8: true, colorWanted: true, hyperlinks: false, insideTmux: false)),
      ("C locale, NO_COLOR", ["NO_COLOR": "1"], "ANSI_X3.4-1968",
        TerminalTraits(utf8: false, colorWanted: false, hyperlinks: false, insideTmux: false)),
      ("empty NO_COLOR keeps colour", ["NO_COLOR": ""], "utf8",
        TerminalTraits(utf8: true, colorWanted: true, hyperlinks: false, insideTmux: false)),
      ("iTerm2", ["TERM_PROGRAM": "iTerm.app"], "UTF-8",
        TerminalTraits(utf8: true, colorWanted: true, hyperlinks: true, insideTmux: false)),
      ("VTE 0.52", ["VTE_VERSION": "5200"], "UTF-8",
        TerminalTraits(utf8: true, colorWanted: true, hyperlinks: true, insideTmux: false)),
      ("VTE 0.48", ["VTE_VERSION": "4800"], "UTF-8",
        TerminalTraits(utf8: true, colorWanted: true, hyperlinks: false, insideTmux: false)),
      ("tmux hides iTerm2", ["TMUX": "/tmp/x,1,0", "TERM_PROGRAM": "iTerm.app"], "UTF-8",
        TerminalTraits(utf8: true, colorWanted: true, hyperlinks: false, insideTmux: true)),
      ("forced on", ["TURKLINK_HYPERLINKS": "1", "TMUX": "x"], "UTF-8",
        TerminalTraits(utf8: true, colorWanted: true, hyperlinks: true, insideTmux: true)),
    ]
    for item in cases {
      XCTAssertEqual(
        TerminalTraits.detect(environment: item.env, codeset: item.codeset), item.expected,
        item.id)
    }
  }

  func testModeChoice() {
    let term = ["TERM": "xterm"]
    typealias Case = (
      id: String, plain: Bool, env: [String: String], tty: (Bool, Bool), mode: WizardMode
    )
    let cases: [Case] = [
      ("terminal", false, term, (true, true), .curses(term: "xterm")),
      ("asked for plain", true, term, (true, true), .plain(reason: nil)),
      ("stdin piped", false, term, (false, true),
        .plain(reason: "no terminal (stdin is not a tty)")),
      ("stdout piped", false, term, (true, false),
        .plain(reason: "no terminal (stdout is not a tty)")),
      ("TERM unset", false, [:], (true, true),
        .plain(reason: "no terminal type (TERM is not set)")),
      ("TERM empty", false, ["TERM": ""], (true, true),
        .plain(reason: "no terminal type (TERM is not set)")),
      ("dumb", false, ["TERM": "dumb"], (true, true),
        .plain(reason: "the terminal is dumb (TERM=dumb)")),
    ]
    for item in cases {
      let mode = chooseMode(
        plainRequested: item.plain, environment: item.env, stdinIsTTY: item.tty.0,
        stdoutIsTTY: item.tty.1)
      XCTAssertEqual(mode, item.mode, item.id)
    }
  }

  func testAsciiFallback() {
    let cases: [(id: String, text: String, ascii: String)] = [
      ("check", "✓", "+"), ("current", "▸", ">"), ("bullet", "•", "*"),
      ("rule", "─", "-"), ("plain letter", "a", "a"), ("unknown", "日", "?"),
    ]
    for item in cases { XCTAssertEqual(AsciiFallback.ascii(item.text), item.ascii, item.id) }
  }
}
