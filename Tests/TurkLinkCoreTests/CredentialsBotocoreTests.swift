import Foundation
import XCTest

@testable import TurkLinkCore

/// Checks the CredentialsFile reader and editor against botocore itself
/// (the parser the AWS CLI and boto3 use), when python3 with botocore is
/// installed: botocore must read every file as turklink does, and read
/// the edited file with the new keys and every other Profile unchanged.
final class CredentialsBotocoreTests: XCTestCase {
  /// Parses every file of a folder with botocore; prints JSON mapping
  /// file names to sections (null when botocore refuses the file).
  private static let script = """
    import json, os, sys
    from botocore.configloader import raw_config_parse
    from botocore.exceptions import ConfigParseError
    folder, out = sys.argv[1], {}
    for name in sorted(os.listdir(folder)):
        try:
            out[name] = raw_config_parse(
                os.path.join(folder, name), parse_subsections=False)
        except ConfigParseError:
            out[name] = None
    print(json.dumps(out))
    """

  /// Parsed files: name → section → setting → value; nil when refused.
  private typealias Parsed = [String: [String: [String: String]]?]

  func testHandWrittenCasesAgreeWithBotocore() throws {
    var files: [String: [UInt8]] = [:]
    for (index, test) in CredentialsFileTests.cases.enumerated() {
      files[String(format: "%03d-%@", index, test.id)] = Array(
        (test.before + test.section + test.after).utf8)
    }
    try compareWithBotocore(files, expectAllReadable: true)
  }

  func testRandomFilesAgreeWithBotocore() throws {
    var random = SplitMix64(seed: Fuzz.seed &+ 5)
    var files: [String: [UInt8]] = [:]
    for index in 0..<400 {
      files[String(format: "%04d", index)] = RandomINI.file(&random)
    }
    try compareWithBotocore(files, expectAllReadable: false)
  }

  /// Edits each file, has botocore read originals and results, and
  /// checks both agree with turklink and with each other.
  private func compareWithBotocore(
    _ files: [String: [UInt8]], expectAllReadable: Bool
  ) throws {
    let dir = try TempDirectory()
    let keys = CredentialsFileTests.new
    for (name, bytes) in files {
      let edited = try CredentialsFile(data: Data(bytes)).upserting(
        profile: "mturk", keys: keys)
      try Data(bytes).write(to: URL(fileURLWithPath: dir.path + "/a-" + name))
      try edited.write(to: URL(fileURLWithPath: dir.path + "/b-" + name))
    }
    let parsed = try botocore(dir.path)

    var readable = 0
    for (name, bytes) in files.sorted(by: { $0.key < $1.key }) {
      guard case .some(.some(let before)) = parsed["a-" + name] else {
        // Duplicate sections make botocore refuse a whole file.
        let expected = expectAllReadable && !name.contains("duplicate")
        XCTAssertFalse(expected, "\(name): botocore refused it")
        continue
      }
      readable += 1
      assertSameReading(CredentialsFile(data: Data(bytes)), before, name)
      guard case .some(.some(let after)) = parsed["b-" + name] else {
        XCTFail("\(name): botocore cannot read the edited file")
        continue
      }
      assertEdit(before: before, after: after, keys: keys, name)
    }
    XCTAssertGreaterThan(readable, files.count / 3, "too few usable files")
    print("botocore read \(readable) of \(files.count) files")
  }

  /// turklink reads every section as botocore does.
  private func assertSameReading(
    _ file: CredentialsFile, _ botocore: [String: [String: String]],
    _ name: String
  ) {
    XCTAssertEqual(Set(file.profileNames), Set(botocore.keys), name)
    for (section, settings) in botocore {
      XCTAssertEqual(
        file.settings(profile: section), settings, "\(name) [\(section)]")
    }
  }

  /// The edit set the keys, dropped the token, and changed nothing else.
  private func assertEdit(
    before: [String: [String: String]], after: [String: [String: String]],
    keys: AccessKeys, _ name: String
  ) {
    var expected = before
    var profile = expected["mturk"] ?? [:]
    profile["aws_session_token"] = nil
    profile["aws_access_key_id"] = keys.accessKeyID
    profile["aws_secret_access_key"] = keys.secret
    expected["mturk"] = profile
    XCTAssertEqual(after, expected, name)
  }

  /// Runs the botocore script over `folder`.
  private func botocore(_ folder: String) throws -> Parsed {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", Self.script, folder]
    process.environment = [
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
      "HOME": folder, "PYTHONUTF8": "1", "PYTHONDONTWRITEBYTECODE": "1",
      "AWS_EC2_METADATA_DISABLED": "true",
      "AWS_CONFIG_FILE": "/dev/null",
      "AWS_SHARED_CREDENTIALS_FILE": folder + "/none",
    ]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try XCTSkipIf(
      process.terminationStatus != 0, "python3 with botocore is not installed")
    return try JSONDecoder().decode(Parsed.self, from: data)
  }
}

/// Random credentials files rich in what configparser treats specially:
/// indentation, continuation lines, blank lines inside values, comments,
/// CRLF and lone CR line ends, a missing final newline. Keys are unique per section, so most
/// files are readable by botocore's strict parser.
enum RandomINI {
  private static let names = ["default", "mturk", "work", "lab", " mturk "]
  private static let keys = [
    "aws_access_key_id", "aws_secret_access_key", "aws_session_token",
    "region", "output", "AWS_Access_Key_ID",
  ]

  /// One random file.
  static func file(_ random: inout SplitMix64) -> [UInt8] {
    var lines: [String] = []
    if random.chance(30) { lines.append("# top ✓") }
    for name in names.shuffled(using: &random).prefix(1 + random.index(4)) {
      lines.append(
        String(repeating: " ", count: random.chance(15) ? 2 : 0)
          + "[\(name)]" + (random.chance(10) ? " ; note" : ""))
      lines += section(&random)
    }

    let crlf = random.chance(40)
    var out: [UInt8] = []
    for line in lines {
      var end = random.chance(10) != crlf ? "\r\n" : "\n"
      if random.chance(4) { end = "\r" }
      out += Array((line + end).utf8)
    }
    if random.chance(25) {
      while out.last == 0x0A || out.last == 0x0D { out.removeLast() }
    }
    return out
  }

  /// The lines of one section body.
  private static func section(_ random: inout SplitMix64) -> [String] {
    var lines: [String] = []
    var used = Set<String>()
    for _ in 0..<random.index(6) {
      let key = random.pick(keys)
      guard used.insert(key.lowercased()).inserted else { continue }
      let indent = String(repeating: " ", count: random.pick([0, 0, 0, 1, 2]))
      let delimiter = random.pick([" = ", "=", ": ", " :"])
      lines.append(indent + key + delimiter + value(&random))
      for _ in 0..<(random.chance(20) ? 1 + random.index(2) : 0) {
        lines.append(
          random.pick(["", "# c", "    more", "    aws_session_token = x"]))
      }
      if random.chance(15) { lines.append(random.pick(["", "; gap", "   "])) }
    }
    return lines
  }

  /// A value: usually a fake key, sometimes text.
  private static func value(_ random: inout SplitMix64) -> String {
    let keys = Fuzz.keys(&random)
    return random.pick([keys.id, keys.secret, "us-east-1", "naïve ✓", ""])
  }
}
