import Foundation

extension CredentialsFile {
  /// The bytes of this file with Profile `profile` holding `keys`; every
  /// byte outside that Profile's sections stays as it was.
  ///
  /// A new Profile is appended at the end (after a blank line). In an
  /// existing one the `aws_access_key_id` and `aws_secret_access_key`
  /// lines are rewritten in place, any `aws_session_token` line is
  /// dropped (it would pair a stale token with the new long-term keys),
  /// and all other lines of the section (region, comments…) are kept.
  /// A missing key line goes right after the other key line, or after
  /// the header, indented so that botocore reads the lines around it as
  /// before. When the Profile appears more than once, the first section
  /// gets the keys and the key lines of the later ones are dropped, so
  /// every reader sees the new keys. New lines use the file's dominant
  /// line end.
  ///
  /// Throws `KeyError.invalidProfileName` or `.invalidKeys`.
  public func upserting(profile: String, keys: AccessKeys) throws -> Data {
    try Self.validate(profile: profile, keys: keys)
    let sections = sectionLineRanges(of: profile)
    guard let first = sections.first else {
      return Data(appending(profile: profile, keys: keys))
    }

    var edits: [(lines: Range<Int>, bytes: [UInt8])] = []
    edits.append((first, rewritten(first, keys: keys)))
    for later in sections.dropFirst() {
      edits.append((later, rewritten(later, keys: nil)))
    }
    return Data(applying(edits))
  }

  /// Checks what will be written, since a name or value holding a line
  /// break or `]` could forge other Profiles' lines, and `[DEFAULT]` is
  /// special to botocore: its settings apply to every Profile.
  static func validate(profile: String, keys: AccessKeys) throws {
    let allowed = profile.unicodeScalars.allSatisfy { scalar in
      scalar.isASCII
        && (CharacterSet.alphanumerics.contains(scalar)
          || "._-@+".unicodeScalars.contains(scalar))
    }
    guard !profile.isEmpty, allowed, profile != "DEFAULT" else {
      throw KeyError.invalidProfileName(profile)
    }
    if let problem = KeyFormat.problems(keys).first {
      throw KeyError.invalidKeys(problem)
    }
  }

  /// The line end new lines use: the most common one in the file (LF
  /// on a tie or in a file without line ends).
  var dominantLineEnd: [UInt8] {
    var counts: [[UInt8]: Int] = [:]
    for line in lines where line.endLength > 0 {
      counts[lineEnd(of: line), default: 0] += 1
    }
    let lf = counts[[0x0A]] ?? 0
    let crlf = counts[[0x0D, 0x0A]] ?? 0
    let cr = counts[[0x0D]] ?? 0
    if crlf > lf, crlf >= cr { return [0x0D, 0x0A] }
    return cr > lf && cr > crlf ? [0x0D] : [0x0A]
  }

  /// The line-index ranges of each section named `profile`: from its
  /// header up to the next header, less trailing blank and comment lines
  /// (those usually introduce the next section).
  func sectionLineRanges(of profile: String) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    for (index, line) in lines.enumerated() {
      guard case .header(let name) = line.kind, name == profile else {
        continue
      }
      var end = index + 1
      var lastContent = index
      while end < lines.count {
        if case .header = lines[end].kind { break }
        if lines[end].kind != .blank, lines[end].kind != .comment {
          lastContent = end
        }
        end += 1
      }
      ranges.append(index..<(lastContent + 1))
    }
    return ranges
  }

  /// The file with a new section for `profile` at the end.
  private func appending(profile: String, keys: AccessKeys) -> [UInt8] {
    let end = dominantLineEnd
    var out = bytes
    if let last = lines.last {
      if last.endLength == 0 { out += end }
      if last.kind != .blank { out += end }
    }
    out += Array("[\(profile)]".utf8) + end
    out += Array("\(Self.idKey) = \(keys.accessKeyID)".utf8) + end
    out += Array("\(Self.secretKey) = \(keys.secret)".utf8) + end
    return out
  }

  /// The file with each line range replaced by its new bytes.
  private func applying(_ edits: [(lines: Range<Int>, bytes: [UInt8])])
    -> [UInt8]
  {
    var out: [UInt8] = []
    var cursor = 0
    for edit in edits {
      let start = lines[edit.lines.lowerBound].range.lowerBound
      out += bytes[cursor..<start]
      out += edit.bytes
      cursor = lines[edit.lines.upperBound - 1].range.upperBound
    }
    out += bytes[cursor...]
    return out
  }
}
