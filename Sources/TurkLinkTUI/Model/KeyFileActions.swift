import TurkLinkCore

extension AppState {
  /// Enter in the ID field on a path to the downloaded CSV: asks the
  /// runner to read it; nil when the field holds no path.
  mutating func readKeysFile() -> [Effect]? {
    guard KeysFile.looksLikePath(entry.id.text) else { return nil }
    let path = KeysFile.cleaned(entry.id.text)
    keysFileReading = path
    message = Message("Reading \(path)...", tone: .muted)
    return [.readKeysFile(path)]
  }

  /// The key rows of the file asked for: one fills the fields, several
  /// open the chooser.
  mutating func keysFileRead(_ entries: [AccessKeyCSV.Entry]) -> [Effect] {
    let source = keysFileReading ?? "the file"
    keysFileReading = nil
    if screen != .step(.accessKeys) { open(.step(.accessKeys)) }
    guard !entries.isEmpty else {
      return keysFileFailed("The file holds no key rows.")
    }
    return offer(entries, source: source)
  }

  /// The file could not be read: the reason goes beside the ID field,
  /// which keeps the path so it can be corrected.
  mutating func keysFileFailed(_ text: String) -> [Effect] {
    keysFileReading = nil
    message = nil
    fieldNote = FieldNote(row: .keyID, text: TextLayout.printable(text))
    return []
  }

  /// Fills the fields from the only row, or opens the chooser for several.
  mutating func offer(_ entries: [AccessKeyCSV.Entry], source: String)
    -> [Effect]
  {
    guard entries.count > 1 else {
      return fill(from: entries[0], source: source)
    }
    chooser = KeyChooser(entries: entries, source: source)
    focus = .content
    return show(
      "\(entries.count) key rows in \(source): pick the one to use.",
      tone: .accent)
  }

  /// Keys while the chooser is open: digits and arrows pick, Esc cancels.
  mutating func chooseKeys(_ key: Key) -> [Effect] {
    guard var chooser else { return [] }
    switch key {
    case .up: chooser.move(by: -1)
    case .down: chooser.move(by: 1)
    case .enter: return pick(chooser.selected)
    case .escape: return cancelChooser()
    case .char(let digit) where ("1"..."9").contains(digit):
      return pick(Int(String(digit))! - 1)
    default:
      return show(
        "Pick a row: 1-9, or \(symbols.upDown) and Enter; Esc cancels.",
        tone: .muted)
    }
    self.chooser = chooser
    return []
  }

  /// Fills the fields from row `index` of the chooser and closes it.
  private mutating func pick(_ index: Int) -> [Effect] {
    guard let chooser, chooser.entries.indices.contains(index) else {
      return show("There is no row \(index + 1).", tone: .muted)
    }
    self.chooser = nil
    return fill(from: chooser.entries[index], source: chooser.source)
  }

  /// Closes the chooser; the fields keep what they had.
  private mutating func cancelChooser() -> [Effect] {
    chooser = nil
    return show("No row taken; the fields are as they were.", tone: .muted)
  }

  private mutating func fill(
    from row: AccessKeyCSV.Entry, source: String
  ) -> [Effect] {
    entry.fill(row.keys)
    focus = .content
    cursor = rows.firstIndex(of: .checkKeys) ?? cursor
    return show(
      "Filled both fields from line \(row.line) of \(source).",
      tone: .success)
  }
}
