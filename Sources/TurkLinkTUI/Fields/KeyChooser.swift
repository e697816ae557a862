import TurkLinkCore

/// The short list shown when a paste or a CSV file holds several key
/// rows: the researcher picks one, and it fills both fields.
public struct KeyChooser: Equatable, Sendable {
  /// The rows to choose from, in file order (two or more).
  public var entries: [AccessKeyCSV.Entry]
  /// The highlighted row.
  public var selected = 0
  /// Where the rows came from, for messages ("the pasted text", a path).
  public var source: String

  /// Creates a chooser with the first row highlighted.
  public init(entries: [AccessKeyCSV.Entry], source: String) {
    self.entries = entries
    self.source = source
  }

  /// The highlighted row's entry.
  public var current: AccessKeyCSV.Entry { entries[selected] }

  /// Moves the highlight, stopping at either end.
  public mutating func move(by offset: Int) {
    selected = min(entries.count - 1, max(0, selected + offset))
  }

  /// One row as listed: its number, line, user name if any and key ID;
  /// never the secret.
  public static func label(_ entry: AccessKeyCSV.Entry, index: Int) -> String
  {
    let number = index < 9 ? "\(index + 1)" : " "
    var text = "\(number)  line \(entry.line)  \(entry.keys.accessKeyID)"
    if let user = entry.userName {
      text += "  " + TextLayout.printable(user)
    }
    return text
  }
}
