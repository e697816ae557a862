import CNcurses

/// Turns what `get_wch` returns into a `Key`; pure, so it is unit-tested.
public enum KeyDecoder {
  /// A character `get_wch` returned with `OK`: Enter, Tab, Backspace,
  /// Esc and control chords have codes of their own; nil for NUL.
  public static func character(_ value: UInt32) -> Key? {
    switch value {
    case 0: return nil
    case 9: return .tab
    case 10, 13: return .enter
    case 8, 127: return .backspace
    case 27: return .escape
    case 1...26: return .ctrl(Character(UnicodeScalar(value + 96)!))
    case 28...31: return nil
    default:
      guard let scalar = UnicodeScalar(value) else { return nil }
      return .char(Character(scalar))
    }
  }

  /// A key code `get_wch` returned with `KEY_CODE_YES`; nil when turklink
  /// has no use for it (function keys, mouse).
  public static func keyCode(_ value: UInt32) -> Key? {
    switch Int32(truncatingIfNeeded: value) {
    case KEY_UP: .up
    case KEY_DOWN: .down
    case KEY_LEFT: .left
    case KEY_RIGHT: .right
    case KEY_ENTER: .enter
    case KEY_BTAB: .backTab
    case KEY_BACKSPACE: .backspace
    case KEY_DC: .delete
    case KEY_HOME, KEY_A1: .home
    case KEY_END, KEY_C1: .end
    case KEY_PPAGE, KEY_A3: .pageUp
    case KEY_NPAGE, KEY_C3: .pageDown
    default: nil
    }
  }
}
