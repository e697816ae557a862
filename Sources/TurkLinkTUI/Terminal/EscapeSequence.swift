/// What follows an Esc that arrived together with more input: the rest of
/// an escape sequence curses did not know (an Alt chord, an unknown
/// function key, a terminal report, a stray OSC), to be dropped whole.
///
/// Curses hands such a sequence over as Esc and then its characters one by
/// one; read as keys they would leave a key field (Esc) and then run
/// commands (`n` next, `d` demo keys, digits jump to steps).
public enum EscapeSequence {
  /// Longest control sequence (CSI, SS3) read before giving up.
  static let controlLimit = 64
  /// Longest string sequence (OSC, DCS, APC, PM, SOS) read before giving up.
  static let stringLimit = 4096

  /// Reads and drops the sequence that `first` (the character right after
  /// Esc) starts. `next` gives the following character, or nil when no
  /// more input is waiting.
  public static func skip(after first: UInt32, next: () -> UInt32?) {
    switch first {
    case 0x5b: skipControl(next)  // "[": CSI
    case 0x4f: _ = next()  // "O": SS3 and one final character
    case 0x5d, 0x50, 0x5f, 0x5e, 0x58: skipString(next)  // "]" "P" "_" "^" "X"
    default: break  // Alt plus one key: nothing more to read
    }
  }

  /// CSI: parameter and intermediate bytes up to a final byte in @…~.
  private static func skipControl(_ next: () -> UInt32?) {
    for _ in 0..<controlLimit {
      guard let value = next() else { return }
      if (0x40...0x7e).contains(value) { return }
    }
  }

  /// A string sequence: up to BEL or ST (Esc \).
  private static func skipString(_ next: () -> UInt32?) {
    var afterEscape = false
    for _ in 0..<stringLimit {
      guard let value = next() else { return }
      if value == 0x07 || (afterEscape && value == 0x5c) { return }
      afterEscape = value == 0x1b
    }
  }
}
