import Foundation
import XCTest

@testable import TurkLinkCore

/// Seeded random credentials files: saving a Profile must keep every byte
/// before and after that Profile's section, and the result must re-parse
/// with the new keys and every other Profile unchanged. A failure prints
/// the seed; rerun with `TURKLINK_FUZZ_SEED=<seed>`.
final class FuzzCredentialsTests: XCTestCase {
  private static let target = "mturk"
  private static let otherNames = [
    "default", "work", "mturk2", "profile mturk", "ß", "a b",
  ]

  func testUpsertPreservesBytesOutsideTheProfile() throws {
    var random = SplitMix64(seed: Fuzz.seed &+ 4)
    for index in 0..<30_000 {
      let shape = Fuzz.keys(&random)
      let keys = AccessKeys(accessKeyID: shape.id, secret: shape.secret)
      let file = randomFile(&random)
      let original = CredentialsFile(
        data: Data(file.before + file.section + file.after))
      let result = Array(
        try original.upserting(profile: Self.target, keys: keys))

      if let failure = check(result, file, original, keys) {
        let text = String(
          decoding: file.before + file.section + file.after, as: UTF8.self)
        return XCTFail(
          "seed \(Fuzz.seed &+ 4) case \(index): \(failure) in \(text.debugDescription)"
        )
      }
    }
  }

  /// A file as the bytes before the target Profile, its section (empty
  /// when absent) and the bytes after it.
  private struct Parts {
    var before: [UInt8]
    var section: [UInt8]
    var after: [UInt8]
  }

  /// The first broken invariant, if any.
  private func check(
    _ result: [UInt8], _ file: Parts, _ original: CredentialsFile,
    _ keys: AccessKeys
  ) -> String? {
    guard result.starts(with: file.before) else {
      return "bytes before changed"
    }
    guard result.count >= file.before.count + file.after.count,
      Array(result.suffix(file.after.count)) == file.after
    else { return "bytes after changed" }

    let middle = Array(
      result[file.before.count..<(result.count - file.after.count)])
    if let failure = checkSection(middle, old: file.section) { return failure }

    let parsed = CredentialsFile(data: Data(result))
    guard parsed.keys(profile: Self.target) == keys else {
      return "keys not saved"
    }
    for name in original.profileNames where name != Self.target {
      guard parsed.settings(profile: name) == original.settings(profile: name)
      else {
        return "profile \(name) changed"
      }
    }
    return nil
  }

  /// The section keeps every line but the credential ones, in order.
  private func checkSection(_ new: [UInt8], old: [UInt8]) -> String? {
    let kept = { (bytes: [UInt8]) in
      Self.lines(bytes).filter { !Self.isCredentialLine($0) && !$0.isEmpty }
    }
    let expected = old.isEmpty ? ["[\(Self.target)]"] : kept(old)
    guard kept(new) == expected else {
      return "other lines of the section changed"
    }
    let credentials = Self.lines(new).filter(Self.isCredentialLine)
    guard credentials.count == 2 else {
      return "\(credentials.count) key lines written"
    }
    return nil
  }

  /// Lines without their line ends.
  /// Line ends are LF, CRLF or a lone CR (Python's universal newlines).
  private static func lines(_ bytes: [UInt8]) -> [String] {
    let text = String(decoding: bytes, as: UTF8.self)
      .replacingOccurrences(of: "\r\n", with: "\n")
      .replacingOccurrences(of: "\r", with: "\n")
    return text.components(separatedBy: "\n")
  }

  /// Whether a line sets one of the three keys the editor owns; parsed
  /// here by hand, independently of `CredentialsFile`.
  private static func isCredentialLine(_ line: String) -> Bool {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard !trimmed.hasPrefix("#"), !trimmed.hasPrefix(";"),
      !trimmed.hasPrefix("["),
      let delimiter = trimmed.firstIndex(where: { $0 == "=" || $0 == ":" })
    else { return false }
    let key = trimmed[..<delimiter].trimmingCharacters(in: .whitespaces)
      .lowercased()
    return ["aws_access_key_id", "aws_secret_access_key", "aws_session_token"]
      .contains(key)
  }

  /// A random file: other Profiles around at most one target section.
  private func randomFile(_ random: inout SplitMix64) -> Parts {
    let crlf = random.chance(40)
    var before = randomLines(random.index(8), &random, crlf: crlf)
    var section: [UInt8] = []
    var after: [UInt8] = []
    if random.chance(70) {
      if !before.isEmpty, before.last != 0x0A {
        before += crlf ? [0x0D, 0x0A] : [0x0A]
      }
      section = targetSection(&random, crlf: crlf)
      after = trailer(&random, crlf: crlf)
    }
    if random.chance(20) { dropFinalNewline(&before, &section, &after) }
    return Parts(before: before, section: section, after: after)
  }

  /// The target's section: a header, then settings, comments and blank
  /// lines, always ending on a setting line.
  private func targetSection(_ random: inout SplitMix64, crlf: Bool) -> [UInt8]
  {
    var lines = [random.pick(["[mturk]", "[mturk]  ; x"])]
    for _ in 0..<random.index(6) {
      lines.append(
        random.pick([
          "aws_access_key_id = AKIAOLDOLDOLDEXAMPLE",
          "AWS_SECRET_ACCESS_KEY=old",
          "aws_session_token = T0K/+==", "region = us-east-1", "# note ✓", "",
          "output: json",
        ]))
    }
    lines.append(
      random.pick(["region = eu-west-1", "aws_access_key_id: AKIAX", "s3 ="]))
    return Self.join(lines, crlf: crlf, &random)
  }

  /// What may follow the section: blank and comment lines, then maybe
  /// another Profile and anything without the target.
  private func trailer(_ random: inout SplitMix64, crlf: Bool) -> [UInt8] {
    let end: [UInt8] = crlf ? [0x0D, 0x0A] : [0x0A]
    var out: [UInt8] = end
    for _ in 0..<random.index(3) {
      out += Array(random.pick(["", "# next", "; x"]).utf8) + end
    }
    if random.chance(60) {
      out += Array("[\(random.pick(Self.otherNames))]".utf8) + end
      out += randomLines(random.index(5), &random, crlf: crlf)
    }
    return out
  }

  /// `count` random lines that never name the target Profile.
  private func randomLines(_ count: Int, _ random: inout SplitMix64, crlf: Bool)
    -> [UInt8]
  {
    var lines: [String] = []
    for _ in 0..<count {
      lines.append(
        random.pick([
          "[\(random.pick(Self.otherNames))]",
          "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
          "aws_session_token = abc", "# comment é", "; other", "", "   ",
          "garbage line",
          "[unclosed", "key: value", "\t indented = 1", "mturk = 1", "x=\r",
        ]))
    }
    var bytes = Self.join(lines, crlf: crlf, &random)
    if random.chance(10), !bytes.isEmpty { bytes.insert(0xFF, at: 0) }
    return bytes
  }

  /// Lines joined with the file's line end, sometimes mixing in the other.
  private static func join(
    _ lines: [String], crlf: Bool, _ random: inout SplitMix64
  ) -> [UInt8] {
    lines.flatMap { line -> [UInt8] in
      let useCRLF = random.chance(10) ? !crlf : crlf
      return Array(line.utf8) + (useCRLF ? [0x0D, 0x0A] : [0x0A])
    }
  }

  /// Removes the very last line end of the file.
  private func dropFinalNewline(
    _ before: inout [UInt8], _ section: inout [UInt8],
    _ after: inout [UInt8]
  ) {
    if !after.isEmpty {
      Self.trimEnd(&after)
    } else if !section.isEmpty {
      Self.trimEnd(&section)
    } else {
      Self.trimEnd(&before)
    }
  }

  /// Drops a trailing LF and the CR before it.
  private static func trimEnd(_ bytes: inout [UInt8]) {
    guard bytes.last == 0x0A else { return }
    bytes.removeLast()
    if bytes.last == 0x0D { bytes.removeLast() }
  }
}
