import Foundation
import XCTest

@testable import TurkLinkCore

/// Signs the same STS and MTurk requests with botocore (an independent
/// SigV4 implementation) and with turklink, and compares the results.
final class BotocoreSigningTests: XCTestCase {
  /// Reads a request description on stdin, keys from the environment,
  /// and prints botocore's X-Amz-Date and Authorization, one per line.
  static let script = """
    import datetime, json, os, sys
    from unittest import mock
    import botocore.auth, botocore.awsrequest, botocore.credentials
    spec = json.load(sys.stdin)
    creds = botocore.credentials.Credentials(
        os.environ["TL_TEST_KEY_ID"], os.environ["TL_TEST_SECRET"])
    when = datetime.datetime.fromtimestamp(spec["time"], datetime.timezone.utc)
    request = botocore.awsrequest.AWSRequest(
        method="POST", url=spec["url"], headers=spec["headers"],
        data=spec["body"].encode())
    with mock.patch.object(botocore.auth, "get_current_datetime", return_value=when):
        botocore.auth.SigV4Auth(creds, spec["service"], "us-east-1").add_auth(request)
    print(request.headers["X-Amz-Date"])
    print(request.headers["Authorization"])
    """

  /// One request to sign both ways.
  struct Case {
    let id: String
    let service: String
    let url: String
    let time: TimeInterval
  }

  static let cases: [Case] = [
    Case(
      id: "sts-aws", service: "sts", url: "https://sts.us-east-1.amazonaws.com",
      time: 1_796_396_400),
    Case(
      id: "mturk-production", service: "mturk-requester",
      url: "https://mturk-requester.us-east-1.amazonaws.com",
      time: 1_796_396_400),
    Case(
      id: "mturk-sandbox", service: "mturk-requester",
      url: "https://mturk-requester-sandbox.us-east-1.amazonaws.com",
      time: 1_704_067_199),
    Case(
      id: "mturk-loopback-port", service: "mturk-requester",
      url: "http://127.0.0.1:8443", time: 1_796_396_400),
    Case(
      id: "sts-loopback-path", service: "sts",
      url: "http://localhost:9000/aws/",
      time: 951_782_400),
  ]

  func testAuthorizationMatchesBotocore() throws {
    try skipWithoutBotocore()
    for item in Self.cases {
      let url = URL(string: item.url)!
      let date = Date(timeIntervalSince1970: item.time)
      let request = signed(item.service, url: url, at: date)

      let unsigned = request.headers.filter {
        !["host", "x-amz-date", "authorization"].contains($0.name.lowercased())
      }
      let lines = try botocore(
        url: item.url, service: item.service, time: item.time,
        headers: unsigned,
        body: String(decoding: request.body, as: UTF8.self))

      XCTAssertEqual(lines.count, 2, item.id)
      XCTAssertEqual(request.header("X-Amz-Date"), lines.first, item.id)
      XCTAssertEqual(request.header("Authorization"), lines.last, item.id)
    }
  }

  /// turklink's request for `service` at `url`.
  func signed(_ service: String, url: URL, at date: Date) -> HTTPRequest {
    let caller = ServiceCaller(transport: FakeTransport([:]))
    if service == "sts" {
      return STSClient(endpoint: url, caller: caller).request(
        keys: FakeAnswers.keys, at: date)
    }
    return MTurkClient(endpoint: url, caller: caller).request(
      keys: FakeAnswers.keys, at: date)
  }

  /// Runs the botocore script; the keys travel in the child's environment.
  func botocore(
    url: String, service: String, time: TimeInterval,
    headers: [SigningRequest.Header],
    body: String
  ) throws -> [String] {
    let spec: [String: Any] = [
      "url": url, "service": service, "time": time, "body": body,
      "headers": Dictionary(
        uniqueKeysWithValues: headers.map { ($0.name, $0.value) }),
    ]
    let output = try PythonRunner.run(
      script: Self.script,
      stdin: try JSONSerialization.data(withJSONObject: spec),
      environment: [
        "TL_TEST_KEY_ID": FakeAnswers.keys.accessKeyID,
        "TL_TEST_SECRET": FakeAnswers.keys.secret,
      ])
    return output.split(separator: "\n").map(String.init)
  }

  /// Skips, saying so, when python3 cannot import botocore.
  func skipWithoutBotocore() throws {
    let found =
      (try? PythonRunner.run(script: "import botocore", stdin: Data())) != nil
    if !found {
      throw XCTSkip(
        "python3 with botocore is not installed; comparison skipped")
    }
  }
}

/// Runs python3 with AWS configuration pointed away from the real one.
enum PythonRunner {
  /// python3 exited with an error.
  struct Failed: Error {
    let status: Int32
    let stderr: String
  }

  /// Runs `script` from a temp file with `stdin`; returns stdout.
  static func run(
    script: String, stdin: Data, environment extra: [String: String] = [:]
  ) throws -> String {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("turklink-botocore-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let scriptFile = dir.appendingPathComponent("sign.py")
    let credentials = dir.appendingPathComponent("credentials")
    try Data(script.utf8).write(to: scriptFile)
    try Data().write(to: credentials)

    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", scriptFile.path]
    var environment = [
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    ]
    environment["HOME"] = dir.path
    environment["AWS_EC2_METADATA_DISABLED"] = "true"
    environment["AWS_CONFIG_FILE"] = "/dev/null"
    environment["AWS_SHARED_CREDENTIALS_FILE"] = credentials.path
    process.environment = environment.merging(extra) { $1 }
    return try communicate(process, stdin: stdin)
  }

  /// Feeds stdin, waits, and returns stdout; throws on a non-zero exit.
  private static func communicate(
    _ process: Process, stdin: Data
  ) throws -> String {
    let input = Pipe()
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    input.fileHandleForWriting.write(stdin)
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw Failed(
        status: process.terminationStatus,
        stderr: String(decoding: errorData, as: UTF8.self))
    }
    return String(decoding: data, as: UTF8.self)
  }
}
