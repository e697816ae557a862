import CNcurses

/// How each `Tone` and `Attributes` value looks: a colour pair when the
/// terminal has colour, otherwise attributes that keep the meaning.
enum Palette {
  /// Foreground colours of pairs 1… in `Tone` order (accent, success,
  /// warning, error).
  static let pairColors: [Int32] = [COLOR_CYAN, COLOR_GREEN, COLOR_YELLOW, COLOR_RED]

  /// The colour pair for a tone, 0 for the terminal's default.
  static func pair(_ tone: Tone) -> Int {
    switch tone {
    case .normal, .muted: 0
    case .accent: 1
    case .success: 2
    case .warning: 3
    case .error: 4
    }
  }

  /// Extra attributes that carry a tone's meaning without colour.
  static func monochrome(_ tone: Tone) -> Attributes {
    switch tone {
    case .normal, .success: []
    case .accent, .warning: .bold
    case .error: [.bold, .underline]
    case .muted: .dim
    }
  }

  /// The curses attribute bits and colour pair for a cell's style.
  static func curses(_ attributes: Attributes, _ tone: Tone, color: Bool) -> (attr_t, Int) {
    var all = attributes
    if !color { all.formUnion(monochrome(tone)) }
    if color && tone == .muted { all.insert(.dim) }

    var bits = tl_attr_normal()
    if all.contains(.bold) { bits |= tl_attr_bold() }
    if all.contains(.dim) { bits |= tl_attr_dim() }
    if all.contains(.reverse) { bits |= tl_attr_reverse() }
    if all.contains(.underline) { bits |= tl_attr_underline() }
    return (bits, color ? pair(tone) : 0)
  }

  /// The SGR sequence for a cell's style, used when a hyperlink overlay
  /// rewrites cells outside curses and must match what curses drew.
  static func sgr(_ attributes: Attributes, _ tone: Tone, color: Bool) -> String {
    var all = attributes
    if !color { all.formUnion(monochrome(tone)) }
    if color && tone == .muted { all.insert(.dim) }

    var codes = ["0"]
    if all.contains(.bold) { codes.append("1") }
    if all.contains(.dim) { codes.append("2") }
    if all.contains(.underline) { codes.append("4") }
    if all.contains(.reverse) { codes.append("7") }
    if color, pair(tone) > 0 { codes.append(String(30 + pairColors[pair(tone) - 1])) }
    return "\u{1b}[" + codes.joined(separator: ";") + "m"
  }
}
