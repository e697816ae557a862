/// The canonical forms of Signature Version 4: how a path, a query and a
/// set of headers are written before they are hashed.
public enum Canonical {
  /// Percent-encodes every byte but the unreserved `A-Z a-z 0-9 - . _ ~`,
  /// with upper-case hex, as SigV4 requires (`/` too unless `keepSlash`).
  public static func encode(_ text: String, keepSlash: Bool = false) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for byte in text.utf8 {
      if isUnreserved(byte) || (keepSlash && byte == UInt8(ascii: "/")) {
        out.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        out += "%" + hexByte(byte)
      }
    }
    return out
  }

  /// The canonical URI: dot segments and repeated slashes removed when
  /// `normalize` is set, then each segment encoded.
  public static func uri(_ path: String, normalize: Bool) -> String {
    let raw = path.isEmpty ? "/" : path
    let cleaned = normalize ? normalized(raw) : raw
    return encode(cleaned, keepSlash: true)
  }

  /// The canonical query string: names and values encoded, then sorted.
  public static func query(_ items: [SigningRequest.QueryItem]) -> String {
    let pairs = items.map { (encode($0.name), encode($0.value)) }
    let sorted = pairs.sorted { $0.0 == $1.0 ? $0.1 < $1.1 : $0.0 < $1.0 }
    return sorted.map { "\($0.0)=\($0.1)" }.joined(separator: "&")
  }

  /// Canonical header lines and the signed-headers list.
  ///
  /// Names are lower-cased; values trimmed with inner runs of white space
  /// folded to one space; repeated headers joined with commas in order.
  public static func headers(
    _ headers: [SigningRequest.Header]
  ) -> (lines: String, signed: String) {
    var values: [String: [String]] = [:]
    for header in headers {
      values[header.name.lowercased(), default: []].append(folded(header.value))
    }
    let names = values.keys.sorted()
    let lines = names.map { "\($0):\(values[$0]!.joined(separator: ","))\n" }.joined()
    return (lines, names.joined(separator: ";"))
  }

  /// Removes `.` and `..` segments and empty segments, keeping a leading
  /// and a trailing slash.
  static func normalized(_ path: String) -> String {
    var segments: [Substring] = []
    for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
      switch segment {
      case ".": continue
      case "..": _ = segments.popLast()
      default: segments.append(segment)
      }
    }
    let body = segments.joined(separator: "/")
    let trailing = path.hasSuffix("/") && !body.isEmpty
    return "/" + body + (trailing ? "/" : "")
  }

  /// Trims a header value and folds white-space runs (including folded
  /// continuation lines) into single spaces.
  static func folded(_ value: String) -> String {
    value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
      .joined(separator: " ")
  }

  private static func isUnreserved(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      true
    case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
      true
    default:
      false
    }
  }

  private static func hexByte(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0f)]])
  }
}
