import Foundation
import XCTest

@testable import TurkLinkCore

/// Request building, answer decoding and retries of the STS and MTurk
/// clients, over the fake transport.
final class CheckClientTests: XCTestCase {
  typealias F = FakeAnswers

  func testMTurkRequestHasExactlyTheSignedHeaders() {
    let caller = ServiceCaller(transport: FakeTransport([:]))
    let url = URL(string: "http://127.0.0.1:8080")!
    let request = MTurkClient(endpoint: url, caller: caller).request(
      keys: F.keys, at: F.fixedNow)

    XCTAssertEqual(request.method, "POST")
    XCTAssertEqual(request.body, Data("{}".utf8))
    XCTAssertEqual(
      request.headers.map { $0.name },
      ["Host", "Content-Type", "X-Amz-Target", "X-Amz-Date", "Authorization"])
    XCTAssertEqual(request.header("Host"), "127.0.0.1:8080")
    XCTAssertEqual(request.header("X-Amz-Date"), "20261204T150000Z")
    XCTAssertEqual(
      request.header("X-Amz-Target"),
      "MTurkRequesterServiceV20170117.GetAccountBalance")
    XCTAssertTrue(
      request.header("Authorization")?.contains(
        "Credential=AKIAIOSFODNN7EXAMPLE/20261204/us-east-1/mturk-requester/aws4_request, "
          + "SignedHeaders=content-type;host;x-amz-date;x-amz-target,") ?? false
    )
    XCTAssertFalse(
      request.headers.contains { $0.value.contains(F.keys.secret) })
  }

  func testSTSRequest() {
    let caller = ServiceCaller(transport: FakeTransport([:]))
    let request = STSClient(endpoint: Endpoints.aws.sts, caller: caller)
      .request(keys: F.keys, at: F.fixedNow)
    XCTAssertEqual(
      String(decoding: request.body, as: UTF8.self),
      "Action=GetCallerIdentity&Version=2011-06-15")
    XCTAssertEqual(request.header("Host"), "sts.us-east-1.amazonaws.com")
    XCTAssertEqual(
      request.header("Content-Type"),
      "application/x-www-form-urlencoded; charset=utf-8")
    XCTAssertTrue(
      request.header("Authorization")?.contains("/us-east-1/sts/aws4_request")
        ?? false)
  }

  func testHostHeader() {
    let cases = [
      ("https://h.test", "h.test"), ("https://h.test:443", "h.test"),
      ("https://h.test:8443", "h.test:8443"),
      ("http://127.0.0.1:80", "127.0.0.1"),
      ("http://[::1]:9000", "[::1]:9000"),
    ]
    for (url, expected) in cases {
      XCTAssertEqual(SignedRequest.hostHeader(URL(string: url)!), expected, url)
    }
  }

  func testSTSDecoding() {
    let identity = try? STSClient.decode(answer(F.identity())).get()
    XCTAssertEqual(identity?.arn, "arn:aws:iam::123456789012:user/lab")
    XCTAssertEqual(identity?.account, "123456789012")
    XCTAssertEqual(identity?.userID, "AIDAEXAMPLEUSERID0000")

    let error = STSClient.decode(
      answer(F.stsError(403, "InvalidClientTokenId", "bad &amp; gone")))
    XCTAssertEqual(
      error,
      .failure(
        .fault(
          ServiceFault(
            status: 403, code: "InvalidClientTokenId",
            message: "bad & gone"))))
    XCTAssertEqual(
      STSClient.decode(HTTPResponse(status: 200, body: Data("<a><b>".utf8))),
      .failure(.malformed(status: 200)))
    XCTAssertEqual(
      STSClient.decode(HTTPResponse(status: 503, body: Data("oops".utf8))),
      .failure(.malformed(status: 503)))
  }

  func testMTurkErrorDecoding() {
    /// One decoding case.
    struct Case {
      let id: String
      let response: HTTPResponse
      let expected: CallFailure
    }
    let json = { (text: String) in Data(text.utf8) }
    let cases = [
      Case(
        id: "prefixed-type",
        response: HTTPResponse(
          status: 400,
          body: json(
            #"{"__type":"com.amazonaws.mturk#RequestError","Message":"m","TurkErrorCode":"T"}"#
          )),
        expected: .fault(
          ServiceFault(
            status: 400, code: "RequestError", message: "m",
            turkErrorCode: "T"))),
      Case(
        id: "lower-case-message",
        response: HTTPResponse(
          status: 400,
          body: json(
            #"{"__type":"UnrecognizedClientException","message":"who"}"#)),
        expected: .fault(
          ServiceFault(
            status: 400, code: "UnrecognizedClientException",
            message: "who"))),
      Case(
        id: "type-in-header-only",
        response: HTTPResponse(
          status: 500,
          headers: [
            "X-Amzn-ErrorType": "ServiceFault:http://internal.amazon.com/coral/"
          ],
          body: json("")),
        expected: .fault(
          ServiceFault(status: 500, code: "ServiceFault", message: ""))),
      Case(
        id: "no-type",
        response: HTTPResponse(status: 502, body: json("<html>")),
        expected: .malformed(status: 502)),
    ]
    for item in cases {
      XCTAssertEqual(
        MTurkClient.decode(item.response), .failure(item.expected), item.id)
    }
  }

  func testMTurkBalanceDecoding() {
    XCTAssertEqual(
      try? MTurkClient.decode(answer(F.balance("10000.00", onHold: "1.50")))
        .get(),
      Balance(available: "10000.00", onHold: "1.50"))
    let number = HTTPResponse(
      status: 200, body: Data(#"{"AvailableBalance":7.5}"#.utf8))
    XCTAssertEqual(
      try? MTurkClient.decode(number).get(),
      Balance(available: "7.50", onHold: nil))
    for body in [
      #"{"AvailableBalance":"1e9\u001b[2J"}"#, #"{}"#, "[1]", "not json",
    ] {
      XCTAssertEqual(
        MTurkClient.decode(HTTPResponse(status: 200, body: Data(body.utf8))),
        .failure(.malformed(status: 200)), body)
    }
  }

  func testRetriesOnlyWhatCanRecover() async {
    /// One retry case: a script and what it should cost.
    struct Case {
      let id: String
      let script: [FakeTransport.Answer]
      let attempts: Int
      let succeeds: Bool
    }
    let cases = [
      Case(
        id: "5xx-then-ok",
        script: [F.mturkError(503, "ServiceFault", "x"), F.balance("1.00")],
        attempts: 2, succeeds: true),
      Case(
        id: "5xx-always", script: [F.mturkError(500, "ServiceFault", "x")],
        attempts: 3, succeeds: false),
      Case(
        id: "throttle-always",
        script: [F.mturkError(400, "ThrottlingException", "x")],
        attempts: 3, succeeds: false),
      Case(
        id: "drop-then-ok",
        script: [.failure(.connectionLost), F.balance("1.00")],
        attempts: 2, succeeds: true),
      Case(
        id: "auth-no-retry",
        script: [F.mturkError(400, "UnrecognizedClientException", "x")],
        attempts: 1, succeeds: false),
      Case(
        id: "signature-no-retry",
        script: [F.mturkError(400, "InvalidSignatureException", "x")],
        attempts: 1,
        succeeds: false),
      Case(
        id: "denied-no-retry",
        script: [F.mturkError(400, "AccessDeniedException", "x")],
        attempts: 1, succeeds: false),
      Case(
        id: "timeout-no-retry", script: [.failure(.timeout)], attempts: 1,
        succeeds: false),
      Case(
        id: "dns-no-retry", script: [.failure(.dns)], attempts: 1,
        succeeds: false),
    ]
    for item in cases {
      let transport = FakeTransport([.production: item.script])
      let waits = WaitRecorder()
      let retry = RetryPolicy(attempts: 3, baseDelay: 0.2, jitter: 0.1) {
        await waits.add($0)
      }
      let client = MTurkClient(
        endpoint: F.endpoints.production,
        caller: ServiceCaller(transport: transport, retry: retry))
      let outcome = await client.balance(F.keys)

      XCTAssertEqual(
        transport.requests(to: .production).count, item.attempts, item.id)
      XCTAssertEqual((try? outcome.result.get()) != nil, item.succeeds, item.id)
      let recorded = await waits.delays
      XCTAssertEqual(recorded.count, item.attempts - 1, item.id)
      for (index, delay) in recorded.enumerated() {
        let base = 0.2 * Double(1 << index)
        XCTAssertTrue(
          (base...(base + 0.1)).contains(delay), "\(item.id): \(delay)")
      }
    }
  }

  func testEachAttemptIsSignedAfresh() async {
    let clock = TickingClock(start: F.fixedNow, step: 1)
    let transport = FakeTransport([
      .production: [F.mturkError(500, "ServiceFault", "x")]
    ])
    let caller = ServiceCaller(
      transport: transport, retry: F.noWait(), now: { clock.next() })
    _ = await MTurkClient(endpoint: F.endpoints.production, caller: caller)
      .balance(F.keys)
    let dates = transport.requests(to: .production).compactMap {
      $0.header("X-Amz-Date")
    }
    XCTAssertEqual(Set(dates).count, 3, "\(dates)")
  }

  func testClockOffsetComesFromTheDateHeader() async {
    let later = F.fixedNow.addingTimeInterval(600)
    let transport = FakeTransport([
      .sts: [
        F.stsError(
          403, "SignatureDoesNotMatch", "x",
          date: later)
      ]
    ])
    let caller = ServiceCaller(
      transport: transport, retry: F.noWait(), now: { F.fixedNow })
    let outcome = await STSClient(endpoint: F.endpoints.sts, caller: caller)
      .callerIdentity(F.keys)
    XCTAssertEqual(outcome.clockOffset, 600)
  }

  /// The response inside a canned answer.
  func answer(_ answer: FakeTransport.Answer) -> HTTPResponse {
    try! answer.get()
  }
}

/// Records the waits a retry policy asks for.
actor WaitRecorder {
  var delays: [TimeInterval] = []
  /// Notes one wait.
  func add(_ delay: TimeInterval) { delays.append(delay) }
}

/// A clock that moves `step` seconds each time it is read.
final class TickingClock: @unchecked Sendable {
  private let lock = NSLock()
  private var current: Date
  private let step: TimeInterval

  /// Starts at `start`, moving `step` seconds per reading.
  init(start: Date, step: TimeInterval) {
    current = start
    self.step = step
  }

  /// The current time; then the clock moves on.
  func next() -> Date {
    lock.withLock {
      defer { current.addTimeInterval(step) }
      return current
    }
  }
}
