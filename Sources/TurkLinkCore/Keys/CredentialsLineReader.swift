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
/// A line ends with LF, CRLF or a lone CR, as in Python's universal
/// newlines mode.
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
      let (end, endLength) = lineEnd(in: bytes, from: start)

      let text = String(
        decoding: bytes[start..<(end - endLength)], as: UTF8.self)
      let kind = reader.classify(text)
      lines.append(.init(range: start..<end, endLength: endLength, kind: kind))
      start = end
    }
    return lines
  }

  /// Where the line starting at `start` ends (just past its line end)
  /// and how long its line end is: LF, CRLF or a lone CR, as Python's
  /// universal newlines read them; 0 for a last line without one.
  private static func lineEnd(in bytes: [UInt8], from start: Int) -> (Int, Int)
  {
    guard
      let index = bytes[start...].firstIndex(where: { $0 == 0x0A || $0 == 0x0D }
      )
    else { return (bytes.count, 0) }
    if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
      return (index + 2, 2)
    }
    return (index + 1, 1)
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
