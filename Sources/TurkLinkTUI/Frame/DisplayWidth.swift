/// How many terminal columns a character takes: 0 for controls and
/// combining marks, 2 for East Asian wide characters and emoji, else 1.
///
/// A table-free approximation of `wcwidth` that covers the ranges a
/// researcher can paste; it keeps frames independent of the C locale.
public enum DisplayWidth {
  /// Columns taken by one grapheme.
  public static func of(_ character: Character) -> Int {
    guard let scalar = character.unicodeScalars.first else { return 0 }
    let value = scalar.value
    if value < 0x20 || (0x7f..<0xa0).contains(value) { return 0 }
    // Latin-1 holds no marks, wide or emoji-wide characters; skipping the
    // Unicode property lookup here makes a render about twice as fast.
    if value < 0x100 { return 1 }
    if scalar.properties.generalCategory == .nonspacingMark { return 0 }
    if isWide(value) || character.unicodeScalars.count > 1 && scalar.properties.isEmoji
      && value > 0xff
    {
      return 2
    }
    return 1
  }

  /// Columns taken by a string.
  public static func of(_ text: String) -> Int {
    text.reduce(0) { $0 + of($1) }
  }

  private static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115f, 0x2e80...0x303e, 0x3041...0x33ff, 0x3400...0x4dbf,
      0x4e00...0x9fff, 0xa000...0xa4cf, 0xac00...0xd7a3, 0xf900...0xfaff,
      0xfe30...0xfe4f, 0xff00...0xff60, 0xffe0...0xffe6, 0x1f300...0x1f64f,
      0x1f900...0x1f9ff, 0x20000...0x3fffd:
      true
    default:
      false
    }
  }
}
