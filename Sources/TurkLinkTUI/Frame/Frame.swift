/// What a cell's text means, so the backend can pick colours (or, under
/// NO_COLOR, plain attributes) without screens knowing about either.
public enum Tone: Equatable, Sendable {
  case normal, accent, success, warning, error, muted
}

/// Text attributes a terminal can show without colour.
public struct Attributes: OptionSet, Equatable, Sendable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  public static let bold = Attributes(rawValue: 1 << 0)
  public static let dim = Attributes(rawValue: 1 << 1)
  public static let reverse = Attributes(rawValue: 1 << 2)
  public static let underline = Attributes(rawValue: 1 << 3)
}

/// One character cell of a `Frame`.
///
/// A wide character (CJK, most emoji) fills its cell and the next, which
/// holds an empty `text` as a continuation.
public struct Cell: Equatable, Sendable {
  /// The grapheme drawn here; " " for blank, "" for a wide character's second half.
  public var text: String
  /// Bold, reverse… (also used as the monochrome stand-in for `tone`).
  public var attributes: Attributes
  /// The meaning, mapped to a colour by the backend.
  public var tone: Tone

  /// A blank cell.
  public static let blank = Cell(text: " ", attributes: [], tone: .normal)
}

/// A hyperlink over a run of cells, written as OSC 8 where supported.
public struct FrameLink: Equatable, Sendable {
  public var row: Int
  public var column: Int
  public var length: Int
  public var url: String
}

/// The rendered screen: a grid of styled cells that screens draw into and
/// the terminal backend copies out. Knows nothing about the terminal.
public struct Frame: Equatable, Sendable {
  /// Columns.
  public let width: Int
  /// Rows.
  public let height: Int
  /// Row-major cells, `width * height` of them.
  public private(set) var cells: [Cell]
  /// Hyperlinks drawn on this frame.
  public var links: [FrameLink] = []
  /// Where the terminal cursor should sit (a text field), or nil to hide it.
  public var cursor: CursorPosition?

  /// A blank frame of the given size.
  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  /// The cell at a position (blank when outside the frame).
  public subscript(row: Int, column: Int) -> Cell {
    guard row >= 0, row < height, column >= 0, column < width else { return .blank }
    return cells[row * width + column]
  }

  /// Writes `text` from (`row`, `column`), clipped at `limit` columns or the
  /// right edge; returns the number of columns used.
  @discardableResult
  public mutating func put(
    _ text: String, row: Int, column: Int, limit: Int? = nil,
    tone: Tone = .normal, attributes: Attributes = []
  ) -> Int {
    guard row >= 0, row < height, column >= 0 else { return 0 }
    let end = min(width, column + (limit ?? width))
    var x = column
    for character in text {
      let cellWidth = DisplayWidth.of(character)
      if cellWidth == 0 { continue }
      if x + cellWidth > end { break }
      cells[row * width + x] = Cell(text: String(character), attributes: attributes, tone: tone)
      if cellWidth == 2 {
        cells[row * width + x + 1] = Cell(text: "", attributes: attributes, tone: tone)
      }
      x += cellWidth
    }
    return x - column
  }

  /// Fills a run of cells on one row with a tone and attributes, keeping text.
  public mutating func paint(
    row: Int, column: Int, length: Int, tone: Tone, attributes: Attributes
  ) {
    guard row >= 0, row < height else { return }
    for x in max(0, column)..<min(width, column + length) {
      cells[row * width + x].tone = tone
      cells[row * width + x].attributes = attributes
    }
  }

  /// The frame as plain text, one line per row with trailing blanks
  /// removed: what tests compare snapshots against.
  public func text() -> String {
    (0..<height).map { row in
      var line = ""
      for x in 0..<width { line += cells[row * width + x].text }
      return TextLayout.trimmingTrailingSpaces(line)
    }.joined(separator: "\n")
  }
}

/// A place on the frame for the terminal cursor.
public struct CursorPosition: Equatable, Sendable {
  /// The row, from 0 at the top.
  public var row: Int
  /// The column, from 0 at the left.
  public var column: Int

  /// Creates a position.
  public init(row: Int, column: Int) {
    self.row = row
    self.column = column
  }
}
