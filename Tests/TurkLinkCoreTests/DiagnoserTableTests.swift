import Foundation
import XCTest

@testable import TurkLinkCore

/// One row of DESIGN.md's diagnosis table per case: canned service answers
/// in, the primary diagnosis's code and step out.
final class DiagnoserTableTests: XCTestCase {
  /// One row: answers in, expected primary diagnosis out.
  struct Case {
    let id: String
    var keys = FakeAnswers.keys
    let scripts: [CheckTarget: [FakeTransport.Answer]]
    let code: DiagnosisCode?
    let step: StepID?
    var ok = false
    var says: [String] = []
    var detailSays: [String] = []
  }

  typealias F = FakeAnswers
  static let healthy: [CheckTarget: [FakeTransport.Answer]] = [
    .sts: [F.identity()], .production: [F.balance("10000.00", onHold: "0.00")],
    .sandbox: [F.balance("10000.00")],
  ]
  static let later17 = F.fixedNow.addingTimeInterval(17 * 60)
  static let expired =
    "Signature expired: 20261204T150000Z is now earlier than "
    + "20261204T151200Z (20261204T152700Z - 15 min.)"
  static let deny =
    "User: arn:aws:iam::123456789012:user/lab is not authorized to perform: "
    + "mturk-requester:GetAccountBalance with an explicit deny in a service control policy"
  static let notLinkedText =
    "Your AWS account is not linked to an MTurk requester account."

  static let cases: [Case] = [
    Case(id: "healthy", scripts: healthy, code: nil, step: nil, ok: true),
    Case(
      id: "format-short-id",
      keys: AccessKeys(accessKeyID: "AKIAIOSFODNN7", secret: F.keys.secret),
      scripts: healthy, code: .keyFormat, step: .accessKeys,
      detailSays: ["13 characters"]),
    Case(
      id: "format-secret",
      keys: AccessKeys(accessKeyID: F.keys.accessKeyID, secret: "abc def"),
      scripts: healthy, code: .keyFormat, step: .accessKeys),
    Case(
      id: "temporary-asia",
      keys: AccessKeys(
        accessKeyID: "ASIAIOSFODNN7EXAMPLE", secret: F.keys.secret),
      scripts: healthy, code: .temporaryKey, step: .accessKeys, says: ["ASIA"]),
    Case(
      id: "unknown-sts",
      scripts: [
        .sts: [
          F.stsError(
            403, "InvalidClientTokenId",
            "The security token included "
              + "in the request is invalid.")
        ]
      ],
      code: .unknownKey, step: .accessKeys),
    Case(
      id: "unknown-mturk",
      scripts: [
        .sts: [F.identity()],
        .production: [
          F.mturkError(
            400,
            "UnrecognizedClientException", "The security token is invalid.",
            messageKey: "message")
        ],
        .sandbox: [F.balance("10000.00")],
      ],
      code: .unknownKey, step: .accessKeys),
    Case(
      id: "wrong-secret-sts",
      scripts: [
        .sts: [
          F.stsError(
            403, "SignatureDoesNotMatch",
            "The request signature we "
              + "calculated does not match the signature you provided.",
            date: F.fixedNow)
        ]
      ],
      code: .wrongSecret, step: .accessKeys),
    Case(
      id: "wrong-secret-mturk",
      scripts: [
        .sts: [F.identity()],
        .production: [
          F.mturkError(
            400,
            "com.amazon.coral.service#InvalidSignatureException",
            "Signature mismatch")
        ],
        .sandbox: [F.balance("10000.00")],
      ],
      code: .wrongSecret, step: .accessKeys),
    Case(
      id: "clock-skew-date-header",
      scripts: [
        .sts: [
          F.stsError(
            403, "SignatureDoesNotMatch", "Signature mismatch",
            date: later17)
        ]
      ],
      code: .clockSkew, step: nil, says: ["17 minutes behind"],
      detailSays: ["automatic"]),
    Case(
      id: "clock-skew-expired-message",
      scripts: [.sts: [F.stsError(400, "SignatureDoesNotMatch", expired)]],
      code: .clockSkew, step: nil, says: ["27 minutes behind"]),
    Case(
      id: "clock-ahead",
      scripts: [
        .sts: [F.identity()],
        .production: [
          F.mturkError(
            400,
            "InvalidSignatureException", "Signature mismatch",
            date: F.fixedNow.addingTimeInterval(-3 * 3600))
        ],
      ],
      code: .clockSkew, step: nil, says: ["3 hours ahead"]),
    Case(
      id: "not-linked-turk-code",
      scripts: [
        .sts: [F.identity()],
        .production: [
          F.mturkError(
            400, "RequestError",
            "This AWS account has no requester.", turk: "AWS.AccountNotLinked")
        ],
        .sandbox: [F.balance("10000.00")],
      ],
      code: .notLinked, step: .requesterAccount),
    Case(
      id: "not-linked-message",
      scripts: [
        .sts: [F.identity()],
        .production: [
          F.mturkError(
            400, "RequestError",
            notLinkedText)
        ], .sandbox: [F.mturkError(400, "RequestError", notLinkedText)],
      ],
      code: .notLinked, step: .requesterAccount),
    Case(
      id: "sandbox-not-linked",
      scripts: [
        .sts: [F.identity()], .production: [F.balance("25.00")],
        .sandbox: [
          F.mturkError(
            400, "RequestError", notLinkedText,
            turk: "AWS.AccountNotLinked")
        ],
      ],
      code: .sandboxNotLinked, step: nil, ok: true,
      detailSays: ["requestersandbox.mturk.com/developer"]),
    Case(
      id: "no-permission-access-denied",
      scripts: [
        .sts: [F.identity()],
        .production: [
          F.mturkError(
            400, "AccessDeniedException",
            "User is not authorized to perform: mturk-requester:GetAccountBalance"
          )
        ],
        .sandbox: [
          F.mturkError(400, "AccessDeniedException", "User is not authorized")
        ],
      ],
      code: .noPermission, step: .policy,
      says: ["AmazonMechanicalTurkFullAccess"]),
    Case(
      id: "no-permission-request-error",
      scripts: [
        .sts: [F.identity()],
        .production: [
          F.mturkError(
            400, "RequestError",
            "You are not authorized to call this operation.",
            turk: "AWS.MechanicalTurk.PermissionDenied")
        ], .sandbox: [F.balance("10000.00")],
      ],
      code: .noPermission, step: .policy),
    Case(
      id: "no-permission-explicit-deny",
      scripts: [
        .sts: [F.identity()],
        .production: [
          F.mturkError(
            400, "AccessDeniedException",
            deny)
        ], .sandbox: [F.mturkError(400, "AccessDeniedException", deny)],
      ],
      code: .noPermission, step: .policy, says: ["organisation"]),
    Case(
      id: "root-key",
      scripts: [
        .sts: [F.identity("arn:aws:iam::123456789012:root")],
        .production: [F.balance("5.00")], .sandbox: [F.balance("10000.00")],
      ],
      code: .rootKey, step: .iamUser, ok: true),
    Case(
      id: "service-fault-5xx",
      scripts: [
        .sts: [F.identity()],
        .production: [
          F.mturkError(
            503, "ServiceFault",
            "Service unavailable")
        ], .sandbox: [F.balance("10000.00")],
      ],
      code: .serviceError, step: nil, says: ["503"]),
    Case(
      id: "throttling",
      scripts: [
        .sts: [F.identity()],
        .production: [
          F.mturkError(
            400, "ThrottlingException",
            "Rate exceeded")
        ], .sandbox: [F.balance("10000.00")],
      ],
      code: .serviceError, step: nil, says: ["throttling"]),
    Case(
      id: "timeout",
      scripts: [
        .sts: [.failure(.timeout)], .production: [.failure(.timeout)],
        .sandbox: [.failure(.timeout)],
      ],
      code: .network, step: nil, says: ["did not answer"]),
    Case(
      id: "dns",
      scripts: [
        .sts: [.failure(.dns)], .production: [.failure(.dns)],
        .sandbox: [.failure(.dns)],
      ],
      code: .network, step: nil, says: ["DNS"]),
    Case(
      id: "tls",
      scripts: [
        .sts: [.failure(.tls)], .production: [.failure(.tls)],
        .sandbox: [.failure(.tls)],
      ],
      code: .network, step: nil, says: ["TLS"]),
    Case(
      id: "connection-dropped",
      scripts: [
        .sts: [F.identity()], .production: [.failure(.connectionLost)],
        .sandbox: [F.balance("10000.00")],
      ],
      code: .network, step: nil, says: ["dropped"]),
    Case(
      id: "sts-down-mturk-fine",
      scripts: [
        .sts: [.failure(.timeout)], .production: [F.balance("3.00")],
        .sandbox: [F.balance("10000.00")],
      ],
      code: nil, step: nil, ok: true),
    Case(
      id: "sts-down-mturk-unknown-key",
      scripts: [
        .sts: [F.mturkError(503, "ServiceUnavailable", "down")],
        .production: [
          F.mturkError(400, "UnrecognizedClientException", "who")
        ],
        .sandbox: [F.mturkError(400, "UnrecognizedClientException", "who")],
      ],
      code: .unknownKey, step: .accessKeys),
    Case(
      id: "garbage-body",
      scripts: [
        .sts: [F.identity()],
        .production: [.success(F.response(200, "<<\u{1B}[2J"))],
        .sandbox: [F.balance("10000.00")],
      ],
      code: .serviceError, step: nil, says: ["cannot read"]),
    Case(
      id: "zero-balance",
      scripts: [
        .sts: [F.identity()], .production: [F.balance("0.00")],
        .sandbox: [F.balance("10000.00")],
      ],
      code: .zeroBalance, step: nil, ok: true, says: ["$0.00"]),
    Case(
      id: "escape-sequences-stripped",
      scripts: [
        .sts: [F.identity()],
        .production: [
          F.mturkError(
            400, "AccessDeniedException",
            "not authorized\u{1B}]0;pwned\u{07}\u{1B}[31m red\u{9B}2J\u{202E}")
        ],
        .sandbox: [F.balance("10000.00")],
      ],
      code: .noPermission, step: .policy, detailSays: ["not authorized red"]),
  ]

  func testEveryRowOfTheTable() async {
    for item in Self.cases {
      let transport = FakeTransport(item.scripts)
      let report = await F.checker(transport).check(item.keys)
      let primary = report.primary
      XCTAssertEqual(primary?.code, item.code, item.id)
      XCTAssertEqual(primary?.step, item.step, item.id)
      XCTAssertEqual(report.ok, item.ok, item.id)
      for text in item.says {
        XCTAssertTrue(
          primary?.message.contains(text) ?? false, "\(item.id): \(text)")
      }
      for text in item.detailSays {
        let whole = (primary?.message ?? "") + " " + (primary?.detail ?? "")
        XCTAssertTrue(whole.contains(text), "\(item.id): \(text)")
      }
      for diagnosis in report.diagnoses {
        assertPlainSentence(diagnosis, item.id)
      }
    }
  }

  /// One sentence, no control characters in message or detail.
  func assertPlainSentence(_ diagnosis: Diagnosis, _ id: String) {
    let message = diagnosis.message
    XCTAssertTrue(message.hasSuffix("."), "\(id): \(message)")
    XCTAssertFalse(
      message.dropLast().contains(". "), "\(id): one sentence: \(message)")
    for text in [message, diagnosis.detail ?? ""] {
      let controls = text.unicodeScalars.filter {
        $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
          || $0.value == 0x202E
      }
      XCTAssertTrue(
        controls.isEmpty,
        "\(id): control characters in \(text.debugDescription)")
    }
  }
}
