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
    var value: UInt32 = 0
    let result = readCharacter(&value, timeout: Int32(timeoutMilliseconds))
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
    var value: UInt32 = 0
    let result = readCharacter(&value, timeout: 0)
    if result == ERR { return .key(.escape) }
    if result == tl_key_code_yes() {
      pendingKeyCode = value
      return .key(.escape)
    }
    if value == 27 { return .key(.escape) }

    // The rest of a sequence is already on its way: wait a little for it.
    EscapeSequence.skip(after: value) {
      var next: UInt32 = 0
      return readCharacter(&next, timeout: 20) == OK ? next : nil
    }
    return nil
  }

  /// Reads one character or key code like `get_wch` (OK, KEY_CODE_YES or
  /// ERR), decoding UTF-8 here so an invalid byte loses only itself.
  private func readCharacter(_ out: inout UInt32, timeout: Int32) -> Int32 {
    while true {
      _ = tl_timeout(timeout)
      var byte: UInt32 = 0
      let result = tl_get_byte(&byte)
      out = byte
      if result != OK || byte < 0x80 { return result }

      // The rest of a character comes in the same write: wait only briefly.
      _ = tl_timeout(20)
      let decoded = UTF8Input.decode(lead: byte) {
        var next: UInt32 = 0
        return tl_get_byte(&next) == ERR ? nil : next
      }
      if let value = decoded.pushBack { _ = ungetch(Int32(value)) }
      if let scalar = decoded.scalar {
        out = scalar
        return OK
      }
    }
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
    while true {
      var value: UInt32 = 0
      let result = readCharacter(&value, timeout: 500)
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
