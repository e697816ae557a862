import Foundation

/// An AWS shared credentials file (`~/.aws/credentials`), read the way
/// the AWS CLI reads it and kept byte for byte, so that saving one
/// Profile can leave every other byte of the file exactly as it was.
///
/// Lines are read as Python's configparser reads them for botocore (see
/// `CredentialsLineReader`). Unlike botocore, a Profile or setting that
/// appears twice is merged (later values win) instead of making the whole
/// file unreadable.
public struct CredentialsFile: Sendable, Equatable {
  /// What one line of the file is.
  enum Kind: Equatable {
    case blank
    case comment
    case header(String)
    case entry(key: String, value: String)
    /// A line indented deeper than the setting above it: more of that
    /// setting's value, whatever it looks like.
    case continuation(String)
    case other
  }

  /// One line: where it sits in `bytes` and what it is.
  struct Line: Equatable {
    /// The line's bytes including its line end.
    var range: Range<Int>
    /// The length of its line end: 0 (last line), 1 (LF or CR), 2 (CRLF).
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
    self.lines = CredentialsLineReader.lines(of: bytes)
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
      guard case .header(let name) = line.kind, seen.insert(name).inserted
      else { return nil }
      return name
    }
  }

  /// Whether a section `[name]` exists.
  public func profileExists(_ name: String) -> Bool {
    profileNames.contains(name)
  }

  /// The settings of Profile `name`, merged over its sections; nil when
  /// it does not exist. A value continued on deeper-indented lines is
  /// joined with line breaks, blank lines inside it kept, as botocore does.
  public func settings(profile name: String) -> [String: String]? {
    var found = false
    var settings: [String: String] = [:]
    var inside = false
    var lastKey: String?
    var blanks = ""
    for line in lines {
      switch line.kind {
      case .header(let header):
        inside = header == name
        found = found || inside
        lastKey = nil
      case .entry(let key, let value) where inside:
        settings[key] = value
        lastKey = key
        blanks = ""
      case .blank where lastKey != nil:
        blanks += "\n"
      case .continuation(let more) where inside:
        guard let lastKey else { break }
        settings[lastKey, default: ""] += blanks + "\n" + more
        blanks = ""
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
}
