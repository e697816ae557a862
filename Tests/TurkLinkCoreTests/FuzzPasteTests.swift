import Foundation
import XCTest

@testable import TurkLinkCore

/// Seeded random tests of the paste cleaner, the format rules and the CSV
/// reader. A failure prints the seed; rerun with `TURKLINK_FUZZ_SEED=<seed>`.
final class FuzzPasteTests: XCTestCase {
  private static let pasteAlphabet: [Character] = [
    " ", "\t", "\n", "\r", "\r\n", "\"", "'", "`", "%", "\u{201C}", "\u{201D}",
    "\u{2018}",
    "\u{00A0}", "\u{200B}", "\u{FEFF}", "A", "K", "I", "S", "a", "z", "2", "7",
    "0", "/", "+",
    "=", ",", "é", "日", "🙂", "e\u{301}", "\u{1B}",
  ]

  func testCleanerAndFormatOnRandomText() {
    var random = SplitMix64(seed: Fuzz.seed)
    for index in 0..<20_000 {
      let raw = random.string(Self.pasteAlphabet, count: random.index(32))
      let failure = cleanerFailure(raw)
      guard failure == nil else {
        return XCTFail(
          "seed \(Fuzz.seed) case \(index): \(failure!) for \(raw.debugDescription)"
        )
      }
    }
  }

  func testCleanerRecoversWrappedKeys() {
    var random = SplitMix64(seed: Fuzz.seed &+ 1)
    for index in 0..<20_000 {
      let keys = Fuzz.keys(&random)
      let key = random.chance(50) ? keys.id : keys.secret
      let wrapped = wrap(key, &random)
      guard KeyCleaner.clean(wrapped) == key else {
        return XCTFail(
          "seed \(Fuzz.seed &+ 1) case \(index): \(wrapped.debugDescription)")
      }
    }
  }

  func testCSVReaderOnGeneratedFiles() throws {
    var random = SplitMix64(seed: Fuzz.seed &+ 2)
    for index in 0..<12_000 {
      let (text, expected) = csvFile(&random)
      let entries = try? AccessKeyCSV.entries(in: text)
      let got = entries?.map {
        AccessKeysShape(id: $0.keys.accessKeyID, secret: $0.keys.secret)
      }
      guard got == expected else {
        return XCTFail(
          "seed \(Fuzz.seed &+ 2) case \(index): \(text.debugDescription)")
      }
    }
  }

  func testCSVReaderNeverReturnsMalformedKeys() {
    var random = SplitMix64(seed: Fuzz.seed &+ 3)
    for index in 0..<18_000 {
      var text = Array(csvFile(&random).text)
      for _ in 0...random.index(4) { mutate(&text, &random) }
      let mutated = String(text)
      let results = [
        (try? AccessKeyCSV.entries(in: mutated)),
        AccessKeyCSV.pastedEntries(mutated),
      ]
      for entry in results.compactMap({ $0 }).joined() {
        guard Fuzz.isValidID(entry.keys.accessKeyID),
          Fuzz.isValidSecret(entry.keys.secret)
        else {
          return XCTFail(
            "seed \(Fuzz.seed &+ 3) case \(index): \(mutated.debugDescription)")
        }
      }
    }
  }

  /// The first broken invariant of cleaning and checking `raw`, if any.
  private func cleanerFailure(_ raw: String) -> String? {
    let out = KeyCleaner.clean(raw)
    if let edge = [out.first, out.last].compactMap({ $0 }).first(
      where: isWrapping)
    {
      return "surrounding \(edge.debugDescription) left"
    }
    if out.hasSuffix("%") { return "trailing % left" }
    if KeyCleaner.clean(out) != out { return "not idempotent" }
    if !out.isEmpty, !raw.contains(out) { return "not a part of the input" }

    if KeyFormat.problem(accessKeyID: out) == nil, !Fuzz.isValidID(out) {
      return "bad ID passed"
    }
    if KeyFormat.problem(secret: out) == nil, !Fuzz.isValidSecret(out) {
      return "bad secret passed"
    }
    for field in KeyField.allCases {
      let problem =
        field == .secret
        ? KeyFormat.problem(secret: out) : KeyFormat.problem(accessKeyID: out)
      if case .invalidCharacter(_, let position, let character)? = problem,
        Array(out)[position - 1] != character
      {
        return "position \(position) is not \(character.debugDescription)"
      }
    }
    return nil
  }

  /// Whitespace or invisible formatting at an edge: what the cleaner removes.
  private func isWrapping(_ character: Character) -> Bool {
    character.isWhitespace
      || character.unicodeScalars.allSatisfy {
        $0.properties.generalCategory == .format
      }
  }

  /// `key` inside random layers of whitespace, quotes and `%`.
  private func wrap(_ key: String, _ random: inout SplitMix64) -> String {
    let spaces: [Character] = [" ", "\t", "\n", "\r\n", "\u{00A0}", "\u{200B}"]
    let quotes = [
      ("\"", "\""), ("'", "'"), ("`", "`"), ("\u{201C}", "\u{201D}"),
    ]
    var text = key
    for _ in 0..<random.index(5) {
      switch random.index(3) {
      case 0:
        text =
          random.string(spaces, count: random.index(3)) + text
          + random.string(spaces, count: random.index(3))
      case 1:
        let pair = random.pick(quotes)
        text = pair.0 + text + pair.1
      default: text += "%"
      }
    }
    return text
  }

  /// A random console CSV file and the keys it holds, in order.
  private func csvFile(_ random: inout SplitMix64) -> (
    text: String, expected: [AccessKeysShape]
  ) {
    let end = random.chance(50) ? "\r\n" : "\n"
    let layout = random.index(4)
    let keys = (0...random.index(3)).map { _ in Fuzz.keys(&random) }
    let header: [String]? =
      switch layout {
      case 0: nil
      case 1: ["Access key ID", "Secret access key"]
      case 2: ["Secret access key", "Access key ID"]
      default:
        [
          "User name", "Password", "Access key ID", "Secret access key",
          "Console login link",
        ]
      }

    let separator = random.pick([",", ",", ";", "\t"])
    var lines = header.map { [row($0, separator, &random)] } ?? []
    for pair in keys {
      let fields: [String] =
        switch layout {
        case 0, 1: [pair.id, pair.secret]
        case 2: [pair.secret, pair.id]
        default:
          [
            "user,\"x\"\n",
            random.string(Fuzz.base64 + [",", "\"", " "], count: 8),
            pair.id, pair.secret, "https://example.invalid/console",
          ]
        }
      lines.append(row(fields, separator, &random))
      if random.chance(10) { lines.append("") }
    }
    let bom = random.chance(20) ? "\u{FEFF}" : ""
    let text =
      bom + lines.joined(separator: end) + (random.chance(70) ? end : "")
    return (text, keys)
  }

  /// One CSV row, each field quoted at random (always when it must be).
  private func row(
    _ fields: [String], _ separator: String, _ random: inout SplitMix64
  ) -> String {
    fields.map { field in
      let must = field.contains(where: { (separator + "\"\n\r").contains($0) })
      guard must || random.chance(30) else { return field }
      return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }.joined(separator: separator)
  }

  /// Inserts, deletes or replaces one character.
  private func mutate(_ text: inout [Character], _ random: inout SplitMix64) {
    let alphabet: [Character] = [
      ",", "\"", "\n", "\r", " ", "A", "a", "/", "7", "%", "é",
    ]
    let position = random.index(text.count + 1)
    switch random.index(3) {
    case 0: text.insert(random.pick(alphabet), at: position)
    case 1 where position < text.count: text.remove(at: position)
    default: if position < text.count { text[position] = random.pick(alphabet) }
    }
  }
}
