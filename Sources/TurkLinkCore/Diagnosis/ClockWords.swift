import Foundation

/// Says a clock offset the way a person would: "17 minutes", "3 hours".
enum ClockWords {
  /// `seconds` (not negative) rounded to the largest sensible unit.
  static func duration(_ seconds: TimeInterval) -> String {
    let minutes = Int((seconds / 60).rounded())
    if minutes < 1 { return plural(Int(seconds.rounded()), "second") }
    if minutes < 120 { return plural(minutes, "minute") }
    let hours = Int((seconds / 3600).rounded())
    if hours < 48 { return plural(hours, "hour") }
    return plural(Int((seconds / 86400).rounded()), "day")
  }

  private static func plural(_ count: Int, _ unit: String) -> String {
    count == 1 ? "1 \(unit)" : "\(count) \(unit)s"
  }
}

/// Reads the `YYYYMMDD'T'HHMMSS'Z'` stamps AWS writes in its messages.
enum AmzDate {
  /// The date of `text`, or nil when it is not such a stamp.
  static func parse(_ text: String) -> Date? {
    guard text.count == 16, text.hasSuffix("Z"), Array(text)[8] == "T" else {
      return nil
    }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
    return formatter.date(from: text)
  }
}
