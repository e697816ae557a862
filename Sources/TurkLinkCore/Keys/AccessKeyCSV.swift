import Foundation

/// Reads the access-key file the AWS console offers for download, and
/// recognises the same text pasted into a key Field.
///
/// Layouts understood: the current `Access key ID,Secret access key`
/// (with or without its header row) and the older one with more columns
/// (`User name,Password,Access key ID,Secret access key,Console login
/// link`), in UTF-8 with or without a BOM, with LF or CRLF line ends;
/// also as a spreadsheet re-saves it (`;` or tab separators, UTF-16).
public enum AccessKeyCSV {
  /// One key row of the file.
  public struct Entry: Sendable, Equatable {
    /// The keys of the row, cleaned and format-checked.
    public var keys: AccessKeys
    /// The IAM user name, when the older layout names it.
    public var userName: String?
    /// The line of the file the row starts on (1-based).
    public var line: Int

    /// Creates an entry.
    public init(keys: AccessKeys, userName: String? = nil, line: Int) {
      self.keys = keys
      self.userName = userName
      self.line = line
    }
  }

  /// Where the wanted values sit in each row.
  struct Columns: Equatable {
    var id: Int
    var secret: Int
    var user: Int?
  }

  /// Every key row of the CSV `text`, in file order (several rows: let
  /// the researcher choose).
  ///
  /// Throws `KeyError` saying what was expected; a row whose key fails
  /// the format rules is an error, never returned.
  public static func entries(in text: String) throws -> [Entry] {
    let text = stripBOM(text)
    var records = try CSVRecords.parse(
      text, separator: CSVRecords.separator(of: text))
    guard let first = records.first else {
      throw KeyError.csvLayout("it is empty")
    }

    let columns: Columns
    if let header = headerColumns(first.fields) {
      columns = header
      records.removeFirst()
      guard !records.isEmpty else { throw KeyError.csvNoKeys }
    } else if first.fields.count == 2 {
      columns = Columns(id: 0, secret: 1, user: nil)
    } else {
      let count = first.fields.count
      throw KeyError.csvLayout(
        "its first line has \(count) column\(count == 1 ? "" : "s") and no header"
      )
    }
    return try records.map { try entry($0, columns) }
  }

  /// Every key row of the CSV data (a downloaded file's bytes).
  /// UTF-8 is expected; UTF-16 with a byte-order mark (what spreadsheets
  /// write as "Unicode text") is read too.
  public static func entries(in data: Data) throws -> [Entry] {
    guard let text = decode(data) else {
      throw KeyError.csvLayout("it is not text (UTF-8 or UTF-16)")
    }
    return try entries(in: text)
  }

  /// The text of `data`: UTF-16 when a UTF-16 byte-order mark starts it,
  /// else UTF-8.
  static func decode(_ data: Data) -> String? {
    let bytes = Array(data.prefix(2))
    if bytes == [0xFF, 0xFE] {
      return String(data: data.dropFirst(2), encoding: .utf16LittleEndian)
    }
    if bytes == [0xFE, 0xFF] {
      return String(data: data.dropFirst(2), encoding: .utf16BigEndian)
    }
    return String(data: data, encoding: .utf8)
  }

  /// Every key row of the CSV file at `path`.
  public static func entries(atPath path: String) throws -> [Entry] {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw KeyError.unreadable(path: path, reason: KeySource.reason(error))
    }
    return try entries(in: data)
  }

  /// The key rows of text pasted into a key Field when it holds both
  /// keys: a CSV line or blob from the console (`AKIA…,secret`, maybe
  /// with the header), or any text with exactly one valid key ID and one
  /// valid secret among its words (the console's key table copied as
  /// `AKIA…<tab>secret`, or two lines). Nil otherwise, so the Field
  /// checks the paste as a single key.
  public static func pastedEntries(_ pasted: String) -> [Entry]? {
    let text = trimmedPaste(pasted)
    if text.contains(","), let entries = try? entries(in: text),
      !entries.isEmpty
    {
      return entries
    }
    return pairAmongWords(text).map { [Entry(keys: $0, line: 1)] }
  }

  /// The one valid key pair among the words of `text`, if there is
  /// exactly one ID and one secret.
  static func pairAmongWords(_ text: String) -> AccessKeys? {
    let separators = CharacterSet.whitespacesAndNewlines
      .union(CharacterSet(charactersIn: ",;:|"))
    let words = text.components(separatedBy: separators)
      .map(KeyCleaner.clean).filter { !$0.isEmpty }
    let ids = words.filter { KeyFormat.problem(accessKeyID: $0) == nil }
    let secrets = words.filter { KeyFormat.problem(secret: $0) == nil }
    guard ids.count == 1, secrets.count == 1 else { return nil }
    return AccessKeys(accessKeyID: ids[0], secret: secrets[0])
  }

  /// The columns a header row names, or nil when `fields` is no header.
  static func headerColumns(_ fields: [String]) -> Columns? {
    let names = fields.map {
      $0.trimmingCharacters(in: .whitespaces).lowercased()
    }
    guard let id = names.firstIndex(of: "access key id"),
      let secret = names.firstIndex(of: "secret access key")
    else { return nil }
    return Columns(
      id: id, secret: secret, user: names.firstIndex(of: "user name"))
  }

  /// The entry of one key row, after cleaning and checking its keys.
  private static func entry(_ record: CSVRecords.Record, _ columns: Columns)
    throws -> Entry
  {
    let fields = record.fields
    guard fields.count > max(columns.id, columns.secret) else {
      throw KeyError.csvLayout(
        "line \(record.line) has \(fields.count) columns, fewer than its header"
      )
    }

    let keys = AccessKeys(
      accessKeyID: KeyCleaner.clean(fields[columns.id]),
      secret: KeyCleaner.clean(fields[columns.secret]))
    if let problem = KeyFormat.problems(keys).first {
      throw KeyError.csvBadKey(line: record.line, problem)
    }
    let user = columns.user.flatMap { $0 < fields.count ? fields[$0] : nil }
    return Entry(
      keys: keys, userName: user.flatMap { $0.isEmpty ? nil : $0 },
      line: record.line)
  }

  /// The text without a leading UTF-8 byte-order mark.
  private static func stripBOM(_ text: String) -> String {
    text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
  }

  /// A paste without surrounding whitespace and zsh's trailing `%`
  /// (quotes stay: in CSV they belong to the fields).
  private static func trimmedPaste(_ pasted: String) -> String {
    var text = pasted.trimmingCharacters(in: .whitespacesAndNewlines)
    if text.hasSuffix("%") { text.removeLast() }
    return text.trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
