import Foundation
import XCTest

@testable import TurkLinkCore

/// Where `turklink check` takes its keys from, in the AWS CLI's order.
final class KeySourceTests: XCTestCase {
  private let keys = ExampleKeys.keys
  private let keys2 = ExampleKeys.keys2
  private static let credentials = "/home/r/.aws/credentials"

  /// A credentials file with three Profiles, one without a secret.
  private static let file = """
    [default]
    aws_access_key_id = \(ExampleKeys.id)
    aws_secret_access_key = \(ExampleKeys.secret)

    [mturk]
    aws_access_key_id = \(ExampleKeys.id2)
    aws_secret_access_key = \(ExampleKeys.secret2)

    [half]
    aws_access_key_id = \(ExampleKeys.id2)

    """

  /// A reader over an in-memory set of files.
  private func reader(_ files: [String: String]) -> KeySource.FileReader {
    { path in files[path].map { Data($0.utf8) } }
  }

  private let baseEnvironment = ["HOME": "/home/r"]

  func testPrecedenceTable() throws {
    let envKeys = [
      "AWS_ACCESS_KEY_ID": ExampleKeys.id2,
      "AWS_SECRET_ACCESS_KEY": ExampleKeys.secret2,
    ]
    let csv =
      "Access key ID,Secret access key\n\(ExampleKeys.id2),\(ExampleKeys.secret2)\n"
    let files = [
      Self.credentials: Self.file, "/k.csv": csv,
      "/other": "[x]\n"
        + "aws_access_key_id = \(ExampleKeys.id)\naws_secret_access_key = \(ExampleKeys.secret)\n",
    ]
    let mturk = KeySource.Origin.profile(name: "mturk", path: Self.credentials)

    let cases:
      [(
        id: String, options: KeySource.Options, env: [String: String],
        keys: AccessKeys, origin: KeySource.Origin
      )] = [
        (
          "default-profile", .init(), [:], keys,
          .profile(name: "default", path: Self.credentials)
        ),
        ("explicit-profile", .init(profile: "mturk"), [:], keys2, mturk),
        (
          "explicit-profile-beats-env-keys", .init(profile: "mturk"),
          envKeys.merging(["AWS_ACCESS_KEY_ID": "AKIAXXXXXXXXXXXXXXXX"]) { $1 },
          keys2, mturk
        ),
        (
          "env-keys-beat-aws-profile", .init(),
          envKeys.merging(["AWS_PROFILE": "default"]) { $1 },
          keys2, .environment
        ),
        (
          "aws-profile-beats-default", .init(), ["AWS_PROFILE": "mturk"], keys2,
          mturk
        ),
        (
          "empty-env-is-unset", .init(),
          [
            "AWS_ACCESS_KEY_ID": "", "AWS_SECRET_ACCESS_KEY": "",
            "AWS_PROFILE": "",
          ], keys, .profile(name: "default", path: Self.credentials)
        ),
        (
          "from-csv", .init(csvPath: "/k.csv"), envKeys, keys2,
          .csv(path: "/k.csv")
        ),
        (
          "other-file", .init(profile: "x"),
          ["AWS_SHARED_CREDENTIALS_FILE": "/other"], keys,
          .profile(name: "x", path: "/other")
        ),
        (
          "tilde-file", .init(),
          ["AWS_SHARED_CREDENTIALS_FILE": "~/.aws/credentials"], keys,
          .profile(name: "default", path: Self.credentials)
        ),
      ]
    for test in cases {
      let env = baseEnvironment.merging(test.env) { $1 }
      let found = try KeySource.find(
        test.options, environment: env, read: reader(files))
      XCTAssertEqual(found.keys, test.keys, test.id)
      XCTAssertEqual(found.origin, test.origin, test.id)
    }
  }

  func testEnvironmentKeysNeedNoHome() throws {
    let env = [
      "AWS_ACCESS_KEY_ID": ExampleKeys.id,
      "AWS_SECRET_ACCESS_KEY": ExampleKeys.secret,
    ]
    let found = try KeySource.find(.init(), environment: env, read: reader([:]))
    XCTAssertEqual(found, KeySource.Found(keys: keys, origin: .environment))
  }

  func testErrorTable() {
    let files = [
      Self.credentials: Self.file,
      "/two.csv": "\(ExampleKeys.id),\(ExampleKeys.secret)\n"
        + "\(ExampleKeys.id2),\(ExampleKeys.secret2)\n",
    ]
    let cases:
      [(
        id: String, options: KeySource.Options, env: [String: String],
        files: [String: String], expected: KeyError
      )] = [
        (
          "both-options", .init(profile: "a", csvPath: "/k.csv"),
          baseEnvironment, files,
          .conflictingOptions("--profile and --from-csv were both given")
        ),
        (
          "missing-csv", .init(csvPath: "/none.csv"), baseEnvironment, files,
          .unreadable(path: "/none.csv", reason: "there is no such file")
        ),
        (
          "csv-with-two-keys", .init(csvPath: "/two.csv"), baseEnvironment,
          files,
          .csvSeveralKeys(count: 2)
        ),
        (
          "only-id-in-env", .init(),
          baseEnvironment.merging(["AWS_ACCESS_KEY_ID": "A"]) { $1 },
          files, .partialEnvironment(missing: "AWS_SECRET_ACCESS_KEY")
        ),
        (
          "only-secret-in-env", .init(),
          ["HOME": "/h", "AWS_SECRET_ACCESS_KEY": "s"], files,
          .partialEnvironment(missing: "AWS_ACCESS_KEY_ID")
        ),
        (
          "no-file", .init(profile: "mturk"), ["HOME": "/nobody"], files,
          .noCredentialsFile(path: "/nobody/.aws/credentials")
        ),
        (
          "unknown-profile", .init(profile: "work"), baseEnvironment, files,
          .profileNotFound(
            profile: "work", path: Self.credentials,
            available: ["default", "mturk", "half"])
        ),
        (
          "unknown-aws-profile", .init(),
          baseEnvironment.merging(["AWS_PROFILE": "w"]) { $1 }, files,
          .profileNotFound(
            profile: "w", path: Self.credentials,
            available: ["default", "mturk", "half"])
        ),
        (
          "half-profile", .init(profile: "half"), baseEnvironment, files,
          .profileIncomplete(
            profile: "half", path: Self.credentials,
            missing: "aws_secret_access_key")
        ),
        (
          "no-default", .init(), ["HOME": "/nobody"], files,
          .noKeysFound(path: "/nobody/.aws/credentials")
        ),
        ("no-home", .init(), [:], files, .noHome),
        (
          "tilde-without-home", .init(), ["AWS_SHARED_CREDENTIALS_FILE": "~/c"],
          files, .noHome
        ),
      ]
    for test in cases {
      XCTAssertThrowsError(
        try KeySource.find(
          test.options, environment: test.env, read: reader(test.files)),
        test.id
      ) { error in
        XCTAssertEqual(error as? KeyError, test.expected, test.id)
      }
    }
  }

  func testReaderFailureIsUnreadable() {
    struct Denied: Error {}
    XCTAssertThrowsError(
      try KeySource.find(.init(profile: "m"), environment: baseEnvironment) {
        _ in throw Denied()
      }
    ) { error in
      XCTAssertEqual(
        error as? KeyError,
        .unreadable(path: Self.credentials, reason: "it could not be opened"))
    }
  }

  func testSystemReaderOnRealFiles() throws {
    let dir = try TempDirectory()
    let path = dir.path + "/credentials"
    try Data(Self.file.utf8).write(to: URL(fileURLWithPath: path))
    let env = ["AWS_SHARED_CREDENTIALS_FILE": path]

    let found = try KeySource.find(.init(profile: "mturk"), environment: env)
    XCTAssertEqual(found.keys, keys2)
    XCTAssertNil(try KeySource.systemReader(dir.path + "/none"))
  }

  func testDescriptionsHideTheSecret() throws {
    let env = [
      "AWS_ACCESS_KEY_ID": ExampleKeys.id,
      "AWS_SECRET_ACCESS_KEY": ExampleKeys.secret,
    ]
    let found = try KeySource.find(.init(), environment: env)
    let entry = try XCTUnwrap(
      AccessKeyCSV.pastedEntries("\(ExampleKeys.id),\(ExampleKeys.secret)"))
    for text in [
      "\(found)", String(reflecting: found), "\(entry)",
      String(reflecting: entry),
    ] {
      XCTAssertTrue(text.contains(ExampleKeys.id), text)
      XCTAssertFalse(text.contains(ExampleKeys.secret), text)
    }
  }

  func testErrorMessagesNeverHoldTheSecret() {
    let env = [
      "HOME": "/h", "AWS_ACCESS_KEY_ID": "",
      "AWS_SECRET_ACCESS_KEY": ExampleKeys.secret,
    ]
    XCTAssertThrowsError(
      try KeySource.find(.init(), environment: env, read: reader([:]))
    ) {
      XCTAssertFalse("\($0)".contains(ExampleKeys.secret))
      XCTAssertEqual(
        "\($0)",
        "AWS_ACCESS_KEY_ID is not set, but the other AWS key variable is: set both, "
          + "or unset both to use a Profile.")
    }
  }
}
