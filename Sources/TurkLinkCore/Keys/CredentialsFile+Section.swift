extension CredentialsFile {
  /// The setting names whose lines the editor owns in its Profile.
  static let ownedKeys: Set<String> = [idKey, secretKey, tokenKey]

  /// The lines of a section after the key lines were handled: their
  /// bytes, the keys written, and the first written key line with its
  /// indentation (where missing key lines go).
  private struct Pass {
    var pieces: [[UInt8]] = []
    var written: [String] = []
    var anchor: (piece: Int, indent: [UInt8])?
  }

  /// The new bytes of the section lines in `range`: key lines rewritten
  /// with `keys` (or dropped when `keys` is nil), session-token lines and
  /// the continuation lines of every owned line dropped, missing key
  /// lines added, every other line unchanged.
  func rewritten(_ range: Range<Int>, keys: AccessKeys?) -> [UInt8] {
    let wanted =
      keys.map { [Self.idKey: $0.accessKeyID, Self.secretKey: $0.secret] }
      ?? [:]
    let pass = rewrittenLines(range, wanted)

    let missing = [Self.idKey, Self.secretKey].filter {
      wanted[$0] != nil && !pass.written.contains($0)
    }
    let place = pass.anchor ?? (0, indentAfterHeader(range))
    var out = inserting(missing, wanted, into: pass.pieces, at: place)
    keepMissingFinalNewline(&out, range: range)
    return out
  }

  /// Copies the lines of `range`, rewriting or dropping owned settings
  /// (with their continuation lines).
  private func rewrittenLines(
    _ range: Range<Int>, _ wanted: [String: String]
  ) -> Pass {
    var pass = Pass()
    var dropping = false
    for line in lines[range] {
      switch line.kind {
      case .continuation where dropping:
        continue
      case .entry(let key, _) where Self.ownedKeys.contains(key):
        dropping = true
        guard let value = wanted[key], !pass.written.contains(key) else {
          continue
        }
        pass.written.append(key)
        let indent = indentation(of: line)
        pass.pieces.append(
          indent + Self.setting(key, value) + lineEnd(of: line))
        pass.anchor = pass.anchor ?? (pass.pieces.count - 1, indent)
      case .entry, .header:
        dropping = false
        pass.pieces.append(Array(bytes[line.range]))
      default:
        pass.pieces.append(Array(bytes[line.range]))
      }
    }
    return pass
  }

  /// The indentation for key lines added right after a section header:
  /// that of the next line that is neither blank nor a comment (so it
  /// cannot turn into a continuation of the added lines), or none.
  private func indentAfterHeader(_ range: Range<Int>) -> [UInt8] {
    let next = lines[(range.lowerBound + 1)...].first {
      $0.kind != .blank && $0.kind != .comment
    }
    return next.map(indentation(of:)) ?? []
  }

  /// `pieces` with the `missing` key lines added after piece `place.piece`.
  private func inserting(
    _ missing: [String], _ wanted: [String: String], into pieces: [[UInt8]],
    at place: (piece: Int, indent: [UInt8])
  ) -> [UInt8] {
    guard !missing.isEmpty else { return pieces.flatMap { $0 } }
    var pieces = pieces
    let end = dominantLineEnd
    let last = pieces[place.piece].last
    let atFileEnd = last != 0x0A && last != 0x0D

    var added: [UInt8] = []
    for key in missing {
      let line = place.indent + Self.setting(key, wanted[key]!)
      added += atFileEnd ? end + line : line + end
    }
    pieces.insert(added, at: place.piece + 1)
    return pieces.flatMap { $0 }
  }

  /// When the file's last line was dropped and had no line end, removes
  /// the line end now closing the section, so the file still ends bare.
  private func keepMissingFinalNewline(
    _ out: inout [UInt8], range: Range<Int>
  ) {
    guard range.upperBound == lines.count,
      lines[range.upperBound - 1].endLength == 0,
      let last = out.last, last == 0x0A || last == 0x0D
    else { return }
    out.removeLast()
    if last == 0x0A, out.last == 0x0D { out.removeLast() }
  }

  /// The leading whitespace of a line, as its bytes.
  func indentation(of line: Line) -> [UInt8] {
    let text = String(decoding: bytes[line.range], as: UTF8.self)
    let scalars = text.unicodeScalars.prefix(
      while: CredentialsLineReader.space.contains)
    return Array(String(String.UnicodeScalarView(scalars)).utf8)
  }

  /// The line end a line already has (none for a last line without one).
  func lineEnd(of line: Line) -> [UInt8] {
    Array(
      bytes[(line.range.upperBound - line.endLength)..<line.range.upperBound])
  }

  /// `key = value` as bytes.
  static func setting(_ key: String, _ value: String) -> [UInt8] {
    Array("\(key) = \(value)".utf8)
  }
}
