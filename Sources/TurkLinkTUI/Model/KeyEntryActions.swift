import TurkLinkCore

extension AppState {
  /// A bracketed paste: a CSV line fills both fields (several key rows
  /// open the chooser), other text is cleaned and goes into the field
  /// under the cursor (or the field it looks like); a trailing newline
  /// never submits.
  mutating func paste(_ text: String) -> [Effect] {
    message = nil
    fieldNote = nil
    if showHelp { return closeHelp() }
    if checkRunning {
      return show("Checking the keys... press Esc to cancel.", tone: .muted)
    }
    if screen == .results { open(.step(.accessKeys)) }
    guard screen == .step(.accessKeys) else {
      return show(
        "Paste the keys on step \(number(of: .accessKeys)).", tone: .muted)
    }
    if chooser != nil {
      return show("Pick a row first, or press Esc.", tone: .muted)
    }
    if let pasted = KeyRules.csvEntries(text) {
      if pasted.count > 1 { return offer(pasted, source: "the pasted text") }
      entry.fill(pasted[0].keys)
      focus = .content
      cursor = rows.firstIndex(of: .checkKeys) ?? cursor
      return show(
        "Filled both fields from the pasted CSV line.", tone: .success)
    }

    let cleaned = KeyRules.clean(text).map { $0.isNewline ? " " : $0 }
    pasteIntoField(String(cleaned))
    return []
  }

  /// Puts cleaned pasted text into the field under the cursor (at the
  /// caret), or outside a field into the field it looks like (replacing
  /// it); a paste far longer than any key is refused and noted instead.
  private mutating func pasteIntoField(_ text: String) {
    let editing = isEditingField ? currentRow : nil
    let target: Row =
      editing ?? (KeyRules.looksLikeSecret(text) ? .secret : .keyID)
    focus = .content
    cursor = rows.firstIndex(of: target) ?? cursor

    let kept = editing == nil ? 0 : fieldLength(target)
    guard kept + text.count <= KeyRules.fieldLimit else {
      // The field keeps what it had: such a paste is never one key.
      fieldNote = FieldNote(
        row: target, text: KeyRules.tooLongPaste(text.count))
      return
    }
    switch (target, editing) {
    case (.secret, nil): entry.secret.field.set(text)
    case (.secret, _): entry.secret.field.insert(text)
    case (_, nil): entry.id.set(text)
    default: entry.id.insert(text)
    }
  }

  private func fieldLength(_ row: Row) -> Int {
    row == .secret
      ? entry.secret.field.characters.count : entry.id.characters.count
  }

  /// Applies an editing key to the field under the cursor; typing stops
  /// at the field's limit.
  mutating func editField(_ key: Key) -> Bool {
    guard let row = currentRow, row == .keyID || row == .secret else {
      return false
    }
    if case .char = key, fieldLength(row) >= KeyRules.fieldLimit {
      fieldNote = FieldNote(row: row, text: KeyRules.fieldFull)
      return true
    }
    return row == .secret
      ? entry.secret.field.edit(key) : entry.id.edit(key)
  }

  /// Shows or hides the secret.
  mutating func toggleReveal() -> [Effect] {
    entry.secret.revealed.toggle()
    return []
  }

  /// Exchanges the fields when they look swapped.
  mutating func swapKeys() -> [Effect] {
    guard entry.looksSwapped else { return [] }
    entry.swap()
    return show("Swapped the two fields.", tone: .success)
  }

  /// Demo mode: puts the next demo key pair in the fields.
  mutating func cycleDemoKeys() -> [Effect] {
    let demos = options.demoKeys
    guard options.demo, !demos.isEmpty else { return [] }
    let index = ((demoIndex ?? -1) + 1) % demos.count
    demoIndex = index
    entry.fill(demos[index].keys, label: demos[index].label)
    return show(
      "Demo keys \(index + 1)/\(demos.count): \(demos[index].summary)",
      tone: .accent)
  }

  /// Copies one of the keys to the clipboard; without clipboard access
  /// it shows the keys instead.
  mutating func copyKey(secret: Bool) -> [Effect] {
    guard let keys = keysToCopy else {
      return show(
        "No keys in this session: paste them on step \(number(of: .accessKeys)) first.",
        tone: .warning)
    }
    guard options.clipboardAvailable else {
      entry.secret.revealed = true
      return show(
        "No clipboard here: the keys are shown, copy them by hand.",
        tone: .warning)
    }
    let label = secret ? "secret" : "access key ID"
    message = Message("Copying the \(label) to the clipboard...", tone: .muted)
    return [.copy(secret ? keys.secret : keys.accessKeyID, label: label)]
  }
}
