/// Decodes UTF-8 keyboard input one character at a time, so that an
/// invalid byte costs only itself.
///
/// Curses' own `get_wch` keeps collecting bytes after an invalid one until
/// a read times out, which throws away the keys typed right after it.
public enum UTF8Input {
  /// One decoded character, and a value read past it that belongs to the
  /// next character (to be pushed back).
  public struct Decoded: Equatable {
    /// The character, or nil when the bytes were not valid UTF-8.
    public var scalar: UInt32?
    /// A byte or key code read that was not part of this character.
    public var pushBack: UInt32?
  }

  /// Decodes the character that `lead` starts; `next` gives the following
  /// byte (a value above 0xFF is a key code), or nil when none is waiting.
  public static func decode(lead: UInt32, next: () -> UInt32?) -> Decoded {
    guard let (count, low, high) = shape(of: lead) else {
      return Decoded(scalar: lead < 0x80 ? lead : nil)
    }
    var scalar = lead & (0xff >> (count + 2))
    for index in 0..<count {
      guard let byte = next() else { return Decoded() }
      let range = index == 0 ? low...high : 0x80...0xbf
      guard range.contains(byte) else { return Decoded(pushBack: byte) }
      scalar = scalar << 6 | (byte & 0x3f)
    }
    return Decoded(scalar: scalar)
  }

  /// Continuation bytes a lead byte needs, and the range its first one
  /// must fall in (which rules out overlong forms, surrogates and values
  /// past U+10FFFF); nil for ASCII and bytes that cannot start a character.
  private static func shape(of lead: UInt32) -> (Int, UInt32, UInt32)? {
    switch lead {
    case 0xc2...0xdf: (1, 0x80, 0xbf)
    case 0xe0: (2, 0xa0, 0xbf)
    case 0xed: (2, 0x80, 0x9f)
    case 0xe1...0xef: (2, 0x80, 0xbf)
    case 0xf0: (3, 0x90, 0xbf)
    case 0xf1...0xf3: (3, 0x80, 0xbf)
    case 0xf4: (3, 0x80, 0x8f)
    default: nil
    }
  }
}
