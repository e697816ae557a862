import XCTest

@testable import turklink
import TurkLinkCore

/// Command-line parsing: commands, flags, and refusals with their messages.
final class InvocationParserTests: XCTestCase {
  func testCommandsAndFlags() throws {
    let cases: [(id: String, argv: [String], expected: Invocation)] = [
      ("empty", [], Invocation()),
      ("demo", ["--demo"], with { $0.demo = true }),
      ("step-id", ["step", "policy"], with { $0.command = .step(.policy) }),
      ("step-number", ["step", "6"], with { $0.command = .step(.accessKeys) }),
      ("status", ["status"], with { $0.command = .status }),
      ("reset-all", ["reset"], with { $0.command = .reset(nil) }),
      ("reset-one", ["reset", "iam-user"], with { $0.command = .reset(.iamUser) }),
      ("check-json", ["check", "--json", "--profile", "lab"], with {
        $0.command = .check
        $0.json = true
        $0.profile = "lab"
      }),
      ("inline-value", ["check", "--from-csv=keys.csv", "--timeout=2.5"], with {
        $0.command = .check
        $0.fromCSV = "keys.csv"
        $0.timeout = 2.5
      }),
      ("flags-first", ["--endpoint-url", "http://127.0.0.1:9", "check", "--save", "--force"], with {
        $0.command = .check
        $0.endpointURL = "http://127.0.0.1:9"
        $0.save = true
        $0.force = true
      }),
      ("help-wins", ["check", "--help"], with { $0.command = .help }),
      ("version", ["-V"], with { $0.command = .version }),
    ]

    for testCase in cases {
      XCTAssertEqual(try InvocationParser.parse(testCase.argv), testCase.expected, testCase.id)
    }
  }

  func testUsageErrors() {
    let secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    let cases: [(id: String, argv: [String], message: String)] = [
      ("unknown-step", ["step", "coffee"],
        "unknown step \"coffee\"; valid steps: cloudresearch-account, aws-account, "
        + "requester-account, iam-user, policy, access-keys, cloudresearch-entry (or 1-7)"),
      ("step-number-out", ["step", "8"], "unknown step \"8\"; valid steps: cloudresearch-account, "
        + "aws-account, requester-account, iam-user, policy, access-keys, cloudresearch-entry "
        + "(or 1-7)"),
      ("unknown-command", ["frobnicate"],
        "unknown command \"frobnicate\"; commands: step, status, check, reset "
          + "(see turklink --help)"),
      ("unknown-flag", ["--colour"], "unknown option --colour (see turklink --help)"),
      ("missing-value", ["check", "--profile"], "--profile needs a value (see turklink --help)"),
      ("both-only", ["check", "--sandbox-only", "--production-only"],
        "--sandbox-only and --production-only cannot be combined"),
      ("json-without-check", ["status", "--json"],
        "--json, --save, --force, --sandbox-only and --production-only go with turklink check"),
      ("force-without-save", ["check", "--force"],
        "--force only makes sense with --save (it replaces an existing profile)"),
      ("bad-timeout", ["check", "--timeout", "soon"],
        "--timeout takes a number of seconds above 0 and at most 300, e.g. --timeout 10"),
      ("zero-timeout", ["check", "--timeout=0"],
        "--timeout takes a number of seconds above 0 and at most 300, e.g. --timeout 10"),
      ("empty-endpoint", ["check", "--endpoint-url", ""],
        "--endpoint-url was given an empty value (see turklink --help)"),
      ("empty-inline", ["check", "--profile="],
        "--profile was given an empty value (see turklink --help)"),
    ]

    for testCase in cases {
      XCTAssertThrowsError(try InvocationParser.parse(testCase.argv), testCase.id) { error in
        XCTAssertEqual((error as? UsageError)?.message, testCase.message, testCase.id)
      }
    }
    XCTAssertTrue(secret.count == 40)
  }

  /// A secret on the command line is refused, and the refusal never repeats it.
  func testSecretsAreRefusedWithoutEcho() {
    let secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    let argvs = [
      ["check", secret], ["check", "--secret-access-key", secret],
      ["check", "--aws-secret-access-key=\(secret)"], ["check", "--from-csv", secret],
      ["check", "--profile=\(secret)"], ["check", "AKIAIOSFODNN7EXAMPLE,\(secret)"],
      ["step", "\"\(secret)\""], ["check", "--from-csv", "AKIAIOSFODNN7EXAMPLE \(secret)"],
    ]
    for argv in argvs {
      XCTAssertThrowsError(try InvocationParser.parse(argv)) { error in
        let message = (error as? UsageError)?.message ?? ""
        XCTAssertTrue(message.hasPrefix("turklink never takes a secret key"), message)
        XCTAssertFalse(message.contains(secret))
      }
    }
  }
}

private func with(_ change: (inout Invocation) -> Void) -> Invocation {
  var invocation = Invocation()
  change(&invocation)
  return invocation
}
