/// Splits CSV text into records (RFC 4180): fields separated by commas
/// (or the `;` or tab that spreadsheets in some languages write instead),
/// records by CRLF or LF, quoted fields may hold separators, line breaks
/// and doubled quotes. Blank lines are skipped.
struct CSVRecords {
  /// One record and the line it starts on (1-based).
  struct Record: Equatable {
    var line: Int
    var fields: [String]
  }

  /// Where the reader is inside the current field.
  private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

  private let separator: Unicode.Scalar
  private var records: [Record] = []
  private var fields: [String] = []
  private var field = String.UnicodeScalarView()
  private var state = State.fieldStart
  private var line = 1
  private var recordLine = 1

  /// A reader splitting fields at `separator`.
  private init(separator: Unicode.Scalar) {
    self.separator = separator
  }

  /// The records of `text`; throws `KeyError.csvSyntax` on a stray or
  /// unclosed quote.
  static func parse(_ text: String, separator: Unicode.Scalar = ",") throws
    -> [Record]
  {
    var reader = CSVRecords(separator: separator)
    var pendingCR = false
    for scalar in text.unicodeScalars {
      // A CR counts only as half of a CRLF line end; alone it is data.
      if pendingCR, scalar != "\n" { try reader.feed("\r") }
      pendingCR = scalar == "\r"
      if !pendingCR { try reader.feed(scalar) }
    }
    if pendingCR { try reader.feed("\r") }
    return try reader.finish()
  }

  /// Takes one character of input.
  private mutating func feed(_ scalar: Unicode.Scalar) throws {
    switch state {
    case .quoted:
      if scalar == "\"" { state = .quoteInQuoted } else { append(scalar) }
    case .quoteInQuoted:
      try afterClosingQuote(scalar)
    case .fieldStart, .unquoted:
      try unquoted(scalar)
    }
  }

  /// A character outside quotes.
  private mutating func unquoted(_ scalar: Unicode.Scalar) throws {
    switch scalar {
    case "\"":
      guard state == .fieldStart else {
        throw KeyError.csvSyntax(line: line, "a quote in the middle of a field")
      }
      state = .quoted
    case separator: endField()
    case "\n": endRecord()
    default:
      state = .unquoted
      field.append(scalar)
    }
  }

  /// The character after a quote inside a quoted field.
  private mutating func afterClosingQuote(_ scalar: Unicode.Scalar) throws {
    switch scalar {
    case "\"":
      field.append("\"")
      state = .quoted
    case separator: endField()
    case "\n": endRecord()
    default:
      throw KeyError.csvSyntax(line: line, "text right after a closing quote")
    }
  }

  /// Adds a quoted character, counting the lines it spans.
  private mutating func append(_ scalar: Unicode.Scalar) {
    if scalar == "\n" { line += 1 }
    field.append(scalar)
  }

  /// Closes the current field.
  private mutating func endField() {
    fields.append(String(field))
    field = String.UnicodeScalarView()
    state = .fieldStart
  }

  /// Closes the current record; a blank line yields no record.
  private mutating func endRecord() {
    endField()
    let blank = fields.count == 1 && fields[0].allSatisfy(\.isWhitespace)
    if !blank { records.append(Record(line: recordLine, fields: fields)) }
    fields = []
    line += 1
    recordLine = line
  }

  /// Closes the last record, which need not end with a line break.
  private mutating func finish() throws -> [Record] {
    if state == .quoted {
      throw KeyError.csvSyntax(line: recordLine, "a quote that is never closed")
    }
    if state != .fieldStart || !fields.isEmpty { endRecord() }
    return records
  }

  /// The separator the text's first line uses: a comma, else `;`, else a
  /// tab (spreadsheets save the file so in some languages).
  static func separator(of text: String) -> Unicode.Scalar {
    let firstLine =
      text.split(whereSeparator: \.isNewline)
      .first { !$0.allSatisfy(\.isWhitespace) } ?? ""
    for candidate in [",", ";", "\t"] as [Unicode.Scalar]
    where firstLine.unicodeScalars.contains(candidate) {
      return candidate
    }
    return ","
  }
}
