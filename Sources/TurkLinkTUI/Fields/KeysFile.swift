import Foundation

/// A path to the downloaded key file typed or pasted into the ID field.
public enum KeysFile {
  /// True when the ID field's text reads as a path to the CSV rather than
  /// a key: it starts with `/`, `~/` or `./`, or ends in `.csv`. A secret
  /// may start with `/`, so secret-shaped text is never a path.
  public static func looksLikePath(_ text: String) -> Bool {
    let text = cleaned(text)
    guard !text.isEmpty, !KeyRules.looksLikeSecret(text) else {
      return false
    }
    let starts = ["/", "~/", "./"].contains { text.hasPrefix($0) }
    return starts || text.lowercased().hasSuffix(".csv")
  }

  /// The path without the wrapping a terminal adds when a file is
  /// dropped on it: surrounding quotes and spaces, and `\ ` escapes.
  public static func cleaned(_ text: String) -> String {
    var path = text.trimmingCharacters(in: .whitespacesAndNewlines)
    for quote in ["'", "\""] where path.count >= 2 {
      if path.hasPrefix(quote), path.hasSuffix(quote) {
        path = String(path.dropFirst().dropLast())
      }
    }
    return path.replacingOccurrences(of: "\\ ", with: " ")
  }

  /// The path with a leading `~` or `~/` turned into `home`; other paths
  /// are returned as they are (relative ones resolve in the working
  /// folder).
  public static func expanded(_ path: String, home: String?) -> String {
    guard let home, !home.isEmpty else { return path }
    if path == "~" { return home }
    guard path.hasPrefix("~/") else { return path }
    let base = home.hasSuffix("/") ? String(home.dropLast()) : home
    return base + path.dropFirst()
  }
}
