import CNcurses

extension CursesTerminal {
  /// Waits up to `timeoutMilliseconds` for a key, paste or resize.
  public func nextEvent(timeoutMilliseconds: Int) -> Event? {
    if resizePending {
      resizePending = false
      return .resize(width: size.width, height: size.height)
    }
    if let code = pendingKeyCode {
      pendingKeyCode = nil
      return keyCodeEvent(code)
    }
    _ = tl_timeout(Int32(timeoutMilliseconds))
    var value: UInt32 = 0
    let result = tl_get_wch(&value)
    if result == ERR { return nil }
    guard result == tl_key_code_yes() else {
      if value == 27 { return afterEscape() }
      return KeyDecoder.character(value).map(Event.key)
    }
    return keyCodeEvent(value)
  }

  /// An Esc alone is the Esc key; one with input right behind it starts a
  /// sequence curses did not know, which is dropped whole.
  private func afterEscape() -> Event? {
    _ = tl_timeout(0)
    var value: UInt32 = 0
    let result = tl_get_wch(&value)
    if result == ERR { return .key(.escape) }
    if result == tl_key_code_yes() {
      pendingKeyCode = value
      return .key(.escape)
    }
    if value == 27 { return .key(.escape) }

    // The rest of a sequence is already on its way: wait a little for it.
    _ = tl_timeout(20)
    EscapeSequence.skip(after: value) {
      var next: UInt32 = 0
      return tl_get_wch(&next) == OK ? next : nil
    }
    return nil
  }

  /// The event for a key code `get_wch` returned with `KEY_CODE_YES`.
  private func keyCodeEvent(_ value: UInt32) -> Event? {
    switch Int32(truncatingIfNeeded: value) {
    case tl_key_paste_begin(): return .paste(readPaste())
    case KEY_RESIZE: return .resize(width: size.width, height: size.height)
    default: return KeyDecoder.keyCode(value).map(Event.key)
    }
  }

  /// Collects a bracketed paste up to its end marker. Text past
  /// `pasteLimit` bytes is read and dropped; a paste whose end marker
  /// never comes ends after half a second of silence.
  private func readPaste() -> String {
    var text = ""
    var bytes = 0
    _ = tl_timeout(500)
    while true {
      var value: UInt32 = 0
      let result = tl_get_wch(&value)
      if result == ERR { break }
      if result == tl_key_code_yes() {
        let code = Int32(truncatingIfNeeded: value)
        if code == tl_key_paste_end() { break }
        if code == KEY_RESIZE { resizePending = true }
        if code == KEY_ENTER { value = 10 } else { continue }
      }
      guard let scalar = UnicodeScalar(value) else { continue }
      let length = String(scalar).utf8.count
      bytes += length
      if bytes > Self.pasteLimit { continue }
      text.unicodeScalars.append(scalar)
    }
    return text
  }
}
