import Foundation
import TurkLinkCore
import XCTest

/// Runs the real aws-cli against a loopback stand-in. Credentials reach it
/// only through a temporary shared-credentials file, never through argv,
/// and nothing of the machine's own AWS setup is inherited.
struct AWSCLI {
  /// The `aws` program.
  let program: URL
  /// Where the credentials file, HOME and outputs live.
  let temp: TempDirectory

  /// Finds `aws` on PATH, or skips the calling test saying so.
  init(temp: TempDirectory) throws {
    guard let program = ChildProcess.which("aws") else {
      throw XCTSkip(
        "aws-cli is not on PATH: the aws-cli judge tests cannot run")
    }
    self.program = program
    self.temp = temp
  }

  /// Runs `aws SERVICE OPERATION` signed with `keys` against
  /// http://127.0.0.1:`port`, bounded in time and with one attempt.
  func run(_ command: [String], keys: AccessKeys, port: Int) throws
    -> ChildProcess.Result
  {
    let credentials = try temp.write(
      "credentials-\(UUID().uuidString)",
      "[default]\naws_access_key_id = \(keys.accessKeyID)\n"
        + "aws_secret_access_key = \(keys.secret)\n")
    let arguments =
      command + [
        "--endpoint-url", "http://127.0.0.1:\(port)", "--region", "us-east-1",
        "--cli-read-timeout", "5", "--cli-connect-timeout", "5", "--output",
        "json",
      ]
    return try ChildProcess.run(
      program, arguments, environment: environment(credentials: credentials),
      in: temp, limit: 40)
  }

  /// A clean environment: no inherited AWS variables or proxies.
  private func environment(credentials: String) -> [String: String] {
    let inherited = ProcessInfo.processInfo.environment
    var environment = [
      "PATH": inherited["PATH"] ?? "/usr/bin:/bin",
      "HOME": temp.url.path,
      "LANG": "C.UTF-8",
      "AWS_SHARED_CREDENTIALS_FILE": credentials,
      "AWS_CONFIG_FILE": "/dev/null",
      "AWS_EC2_METADATA_DISABLED": "true",
      "AWS_PAGER": "",
      "AWS_MAX_ATTEMPTS": "1",
      "NO_PROXY": "127.0.0.1",
    ]
    // A pyenv-installed aws needs these to find its Python.
    for name in ["PYENV_ROOT", "PYENV_VERSION"] {
      if let value = inherited[name] { environment[name] = value }
    }
    return environment
  }
}

/// What the judge expects aws-cli to report.
enum Expectation {
  /// Exit 0 and exactly this JSON object on stdout.
  case output([String: String])
  /// A service error: exit 254/255 and `(CODE)` on stderr, plus `text`.
  case error(String, text: String? = nil)
  /// A failure before any answer: exit 255 and this text on stderr.
  case noAnswer(String)
  /// Exit 0 but no balance in the output (a body that is not JSON).
  case emptyOutput

  /// Checks `result` and reports the case id on failure.
  func check(_ result: ChildProcess.Result, id: String, line: UInt = #line) {
    let context = "[\(id)] \(result.printable)"
    switch self {
    case .output(let expected):
      XCTAssertEqual(result.status, 0, context, line: line)
      let object = try? JSONSerialization.jsonObject(
        with: Data(result.stdout.utf8))
      XCTAssertEqual(object as? [String: String], expected, context, line: line)
    case .error(let code, let text):
      XCTAssertTrue([254, 255].contains(result.status), context, line: line)
      XCTAssertTrue(
        result.stderr.contains("An error occurred (\(code))"), context,
        line: line)
      if let text {
        XCTAssertTrue(result.stderr.contains(text), context, line: line)
      }
    case .noAnswer(let text):
      XCTAssertEqual(result.status, 255, context, line: line)
      XCTAssertTrue(result.stderr.contains(text), context, line: line)
    case .emptyOutput:
      XCTAssertEqual(result.status, 0, context, line: line)
      XCTAssertFalse(
        result.stdout.contains("AvailableBalance"), context, line: line)
    }
  }
}
