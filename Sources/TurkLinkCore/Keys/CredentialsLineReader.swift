import Foundation

/// Splits a credentials file into classified lines the way Python's
/// configparser does for botocore, so turklink and the AWS CLI agree on
/// where each Profile and setting is:
///
/// - a line whose stripped text is empty, or starts `#` or `;`, is blank
///   or a comment and changes nothing;
/// - a line indented deeper than the setting above it (in the same
///   section) continues that setting's value, even if it looks like a
///   header or a setting;
/// - `[name]` starts a section; the name is everything between the first
///   `[` and the last `]`, spaces included (`[ a ]` is " a ", not "a");
/// - `key = value` or `key: value` (first delimiter wins) is a setting:
///   key lower-cased, both trimmed; there are no inline comments;
/// - settings before any section, and anything else, are `other`.
///
/// Only LF ends a line (a CR before it belongs to the line end): a file
/// with classic-Mac lone-CR line ends is read as one long line.
struct CredentialsLineReader {
  /// What Python's `str.strip()` and `\s` count as white space.
  static let space = CharacterSet.whitespacesAndNewlines
    .union(CharacterSet(charactersIn: "\u{1C}\u{1D}\u{1E}\u{1F}"))

  private var inSection = false
  private var afterSetting = false
  private var indentLevel = 0

  /// The classified lines of `bytes`.
  static func lines(of bytes: [UInt8]) -> [CredentialsFile.Line] {
    var reader = CredentialsLineReader()
    var lines: [CredentialsFile.Line] = []
    var start = 0
    while start < bytes.count {
      let newline = bytes[start...].firstIndex(of: 0x0A)
      let end = newline.map { $0 + 1 } ?? bytes.count
      var endLength = newline == nil ? 0 : 1
      if let newline, newline > start, bytes[newline - 1] == 0x0D {
        endLength = 2
      }

      let text = String(
        decoding: bytes[start..<(end - endLength)], as: UTF8.self)
      let kind = reader.classify(text)
      lines.append(.init(range: start..<end, endLength: endLength, kind: kind))
      start = end
    }
    return lines
  }

  /// What the next line is, given the lines before it.
  mutating func classify(_ text: String) -> CredentialsFile.Kind {
    let trimmed = text.trimmingCharacters(in: Self.space)
    if trimmed.isEmpty { return .blank }
    if trimmed.hasPrefix("#") || trimmed.hasPrefix(";") { return .comment }

    let indent = text.unicodeScalars.prefix(while: Self.space.contains).count
    if inSection, afterSetting, indent > indentLevel {
      return .continuation(trimmed)
    }
    indentLevel = indent

    if let name = Self.headerName(trimmed) {
      inSection = true
      afterSetting = false
      return .header(name)
    }
    guard inSection, let entry = Self.entry(trimmed) else { return .other }
    afterSetting = true
    return entry
  }

  /// The section name of a `[name]` line, or nil.
  static func headerName(_ trimmed: String) -> String? {
    guard trimmed.hasPrefix("["), let close = trimmed.lastIndex(of: "]"),
      close > trimmed.index(after: trimmed.startIndex)
    else { return nil }
    return String(trimmed[trimmed.index(after: trimmed.startIndex)..<close])
  }

  /// The setting of a `key = value` line, or nil.
  static func entry(_ trimmed: String) -> CredentialsFile.Kind? {
    guard let delimiter = trimmed.firstIndex(where: { $0 == "=" || $0 == ":" })
    else { return nil }
    let key = trimmed[..<delimiter]
      .trimmingCharacters(in: Self.space).lowercased()
    let value = trimmed[trimmed.index(after: delimiter)...]
      .trimmingCharacters(in: Self.space)
    return .entry(key: key, value: value)
  }
}
