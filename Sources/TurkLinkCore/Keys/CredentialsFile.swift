import Foundation

/// An AWS shared credentials file (`~/.aws/credentials`), read the way
/// the AWS CLI reads it and kept byte for byte, so that saving one
/// Profile can leave every other byte of the file exactly as it was.
///
/// Reading rules, close to Python's configparser as used by botocore:
/// `[name]` starts a Profile (the name trimmed of spaces); `key = value`
/// or `key: value` sets a value (key lower-cased, both trimmed, no inline
/// comments); lines starting `#` or `;` are comments. Unlike botocore,
/// a Profile that appears twice is merged (later values win) instead of
/// making the whole file unreadable. Only LF ends a line; a CR before it
/// belongs to the line end.
public struct CredentialsFile: Sendable, Equatable {
  /// What one line of the file is.
  enum Kind: Equatable {
    case blank
    case comment
    case header(String)
    case entry(key: String, value: String)
    case other
  }

  /// One line: where it sits in `bytes` and what it is.
  struct Line: Equatable {
    /// The line's bytes including its line end.
    var range: Range<Int>
    /// The length of its line end: 0 (last line), 1 (LF) or 2 (CRLF).
    var endLength: Int
    var kind: Kind
  }

  /// The file's bytes, exactly as read.
  public let bytes: [UInt8]
  /// The file's lines in order.
  let lines: [Line]

  /// Parses the bytes of a credentials file (empty for a missing file).
  public init(data: Data) {
    self.bytes = Array(data)
    self.lines = Self.split(bytes)
  }

  /// Parses credentials-file text.
  public init(text: String) {
    self.init(data: Data(text.utf8))
  }

  /// The file's bytes as `Data`.
  public var data: Data { Data(bytes) }

  /// The Profile names in file order, each once.
  public var profileNames: [String] {
    var seen = Set<String>()
    return lines.compactMap { line in
      guard case .header(let name) = line.kind, seen.insert(name).inserted else { return nil }
      return name
    }
  }

  /// Whether a section `[name]` exists.
  public func profileExists(_ name: String) -> Bool {
    profileNames.contains(name)
  }

  /// The settings of Profile `name`, merged over its sections; nil when
  /// it does not exist.
  public func settings(profile name: String) -> [String: String]? {
    var found = false
    var settings: [String: String] = [:]
    var inside = false
    for line in lines {
      switch line.kind {
      case .header(let header):
        inside = header == name
        found = found || inside
      case .entry(let key, let value) where inside:
        settings[key] = value
      default: break
      }
    }
    return found ? settings : nil
  }

  /// The keys of Profile `name`, when it has both key settings.
  public func keys(profile name: String) -> AccessKeys? {
    guard let settings = settings(profile: name),
      let id = settings[Self.idKey], let secret = settings[Self.secretKey]
    else { return nil }
    return AccessKeys(accessKeyID: id, secret: secret)
  }

  /// The setting names turklink writes or removes.
  static let idKey = "aws_access_key_id"
  static let secretKey = "aws_secret_access_key"
  static let tokenKey = "aws_session_token"

  /// Splits `bytes` into classified lines.
  private static func split(_ bytes: [UInt8]) -> [Line] {
    var lines: [Line] = []
    var start = 0
    while start < bytes.count {
      let newline = bytes[start...].firstIndex(of: 0x0A)
      let end = newline.map { $0 + 1 } ?? bytes.count
      var endLength = newline == nil ? 0 : 1
      if let newline, newline > start, bytes[newline - 1] == 0x0D { endLength = 2 }

      let text = String(decoding: bytes[start..<(end - endLength)], as: UTF8.self)
      lines.append(Line(range: start..<end, endLength: endLength, kind: classify(text)))
      start = end
    }
    return lines
  }

  /// What a line's text (without its line end) is.
  static func classify(_ text: String) -> Kind {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if trimmed.isEmpty { return .blank }
    if trimmed.hasPrefix("#") || trimmed.hasPrefix(";") { return .comment }

    if trimmed.hasPrefix("["), let close = trimmed.lastIndex(of: "]") {
      let name = trimmed[trimmed.index(after: trimmed.startIndex)..<close]
      return .header(name.trimmingCharacters(in: .whitespaces))
    }
    guard let delimiter = trimmed.firstIndex(where: { $0 == "=" || $0 == ":" }) else {
      return .other
    }
    let key = trimmed[..<delimiter].trimmingCharacters(in: .whitespaces).lowercased()
    let value = trimmed[trimmed.index(after: delimiter)...]
      .trimmingCharacters(in: .whitespaces)
    return .entry(key: key, value: value)
  }
}
