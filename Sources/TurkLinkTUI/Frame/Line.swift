/// A run of text in one style, part of a `Line`.
public struct Span: Equatable, Sendable {
  /// The text; made printable when drawn.
  public var text: String
  /// Its meaning, for colour.
  public var tone: Tone
  /// Bold, reverse…
  public var attributes: Attributes

  /// Creates a span.
  public init(_ text: String, tone: Tone = .normal, attributes: Attributes = [])
  {
    self.text = text
    self.tone = tone
    self.attributes = attributes
  }
}

/// One row of a screen's scrollable content, before it is placed on a
/// `Frame`.
public struct Line: Equatable, Sendable {
  /// The styled pieces, left to right.
  public var spans: [Span]
  /// Paints the whole row (the cursor row of a checklist).
  public var highlight: Attributes = []
  /// An address to register as a hyperlink over the row's text.
  public var link: String?
  /// Where the terminal cursor sits on this row (a field's caret).
  public var caret: Int?

  /// Creates a line.
  public init(_ spans: [Span], highlight: Attributes = [], link: String? = nil)
  {
    self.spans = spans
    self.highlight = highlight
    self.link = link
  }

  /// A line of one span.
  public init(_ text: String, tone: Tone = .normal, attributes: Attributes = [])
  {
    self.init([Span(text, tone: tone, attributes: attributes)])
  }

  /// An empty line.
  public static let blank = Line("")
}

extension Frame {
  /// Draws `line` at (`row`, `column`) clipped to `width` columns; returns
  /// the caret position when the line has one.
  @discardableResult
  public mutating func draw(_ line: Line, row: Int, column: Int, width: Int)
    -> CursorPosition?
  {
    var x = column
    for span in line.spans {
      let room = column + width - x
      guard room > 0 else { break }
      let attributes = span.attributes.union(line.highlight)
      x += put(
        TextLayout.printable(span.text), row: row, column: x, limit: room,
        tone: span.tone, attributes: attributes)
    }
    if !line.highlight.isEmpty {
      paint(
        row: row, column: x, length: column + width - x, tone: .normal,
        attributes: line.highlight)
    }
    if let url = line.link {
      // The link covers the text, not the indent before it.
      let text = line.spans.map(\.text).joined()
      let indent = min(x - column, text.prefix { $0 == " " }.count)
      if x - column > indent {
        links.append(
          FrameLink(
            row: row, column: column + indent,
            length: x - column - indent, url: url))
      }
    }
    guard let caret = line.caret, caret < width else { return nil }
    return CursorPosition(row: row, column: column + caret)
  }
}
