/// Cleans text that came from outside (a server message, a file) before
/// it reaches the screen, a log or a report.
///
/// It removes terminal escape sequences (CSI, OSC, and any other `ESC x`),
/// C0 and C1 control characters, DEL, and the Unicode bidirectional
/// controls that can make text read differently from what it holds. Runs
/// of white space become one space, and the result is capped in length.
public struct Sanitizer: Sendable {
  /// The longest result, in characters, before an ellipsis is added.
  public var maxLength: Int

  /// Creates a sanitizer that keeps at most `maxLength` characters.
  public init(maxLength: Int = 300) {
    self.maxLength = max(1, maxLength)
  }

  /// A sanitizer with the default length cap.
  public static let standard = Sanitizer()

  /// Returns `text` without escapes and control characters, with white
  /// space collapsed and trimmed, and cut to `maxLength` characters.
  public func clean(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var index = 0
    var pendingSpace = false

    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "\u{1B}" {
        index = Self.skipEscape(scalars, from: index)
        continue
      }
      if scalar.value == 0x9B || scalar.value == 0x9D {
        index = Self.skipC1String(scalars, from: index)
        continue
      }
      index += 1
      if Self.isSpace(scalar) {
        pendingSpace = !out.isEmpty
      } else if !Self.isDropped(scalar) {
        if pendingSpace { out.append(" ") }
        pendingSpace = false
        out.append(scalar)
      }
    }
    return truncated(String(out))
  }

  /// Cuts `text` to the cap, marking the cut with an ellipsis.
  private func truncated(_ text: String) -> String {
    guard text.count > maxLength else { return text }
    return String(text.prefix(maxLength - 1)) + "…"
  }

  /// White space that separates words: turned into one plain space.
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0: true
    case 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
    default: false
    }
  }

  /// Characters removed outright: controls, DEL and bidi/format controls.
  static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: true
    // Bidi embeddings, overrides and isolates; marks; zero-width joiners
    // and spaces; the BOM. All invisible, some reorder the text.
    case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x206F, 0xFEFF: true
    case 0x061C: true
    default: false
    }
  }

  /// Skips one escape sequence starting at the `ESC` at `start`; returns
  /// the index just after it.
  static func skipEscape(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
    let next = start + 1
    guard next < scalars.count else { return next }
    switch scalars[next] {
    case "[": return skipCSI(scalars, from: next + 1)
    case "]", "P", "X", "^", "_": return skipString(scalars, from: next + 1)
    default:
      // Two-byte sequences (ESC c, ESC 7…), and ESC ( B style designations
      // whose intermediate bytes come before the final one.
      var index = next
      while index < scalars.count, (0x20...0x2F).contains(scalars[index].value)
      {
        index += 1
      }
      return min(index + 1, scalars.count)
    }
  }

  /// Skips a C1 CSI (0x9B) or OSC (0x9D) introducer and its body.
  static func skipC1String(
    _ scalars: [Unicode.Scalar], from start: Int
  ) -> Int {
    scalars[start].value == 0x9B
      ? skipCSI(scalars, from: start + 1) : skipString(scalars, from: start + 1)
  }

  /// Skips CSI parameters and intermediates up to and including the final
  /// byte (0x40–0x7E); stops early at anything that cannot belong to it.
  static func skipCSI(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
    var index = start
    while index < scalars.count {
      let value = scalars[index].value
      if (0x40...0x7E).contains(value) { return index + 1 }
      guard (0x20...0x3F).contains(value) else { return index }
      index += 1
    }
    return index
  }

  /// Skips an OSC/DCS-style string up to BEL, `ESC \` or the C1 ST (0x9C).
  static func skipString(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
    var index = start
    while index < scalars.count {
      let value = scalars[index].value
      if value == 0x07 || value == 0x9C { return index + 1 }
      if value == 0x1B {
        let hasST = index + 1 < scalars.count && scalars[index + 1] == "\\"
        return hasST ? index + 2 : index
      }
      index += 1
    }
    return index
  }
}
