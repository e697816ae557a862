import Foundation
import FoundationXML
import TurkLinkCore
import XCTest

@testable import TurkLinkStandIn

/// The server over a real loopback socket: exact wire shapes of the
/// answers, the fault behaviours, and the log.
final class ServerTests: XCTestCase {
  private var server: StandInServer?
  private var port = 0
  private var temp: TempDirectory!

  override func setUpWithError() throws {
    temp = try TempDirectory()
  }

  override func tearDown() {
    server?.stop()
    server = nil
    temp = nil
  }

  private func start(
    _ mode: Marketplace = .production, log: Bool = false,
    clockOffset: TimeInterval = 0
  ) throws {
    let configuration = StandInConfiguration(
      mode: mode, clockOffset: clockOffset, delay: 0.2,
      logPath: log ? temp.path("requests.jsonl") : nil)
    let server = StandInServer(configuration)
    port = try server.start()
    self.server = server
  }

  private func send(_ request: SigningRequest) throws -> RawHTTP.Response {
    let bytes = try RawHTTP.exchange(port: port, SignedRequests.wire(request))
    return try XCTUnwrap(RawHTTP.parse(bytes), "no HTTP answer")
  }

  private func json(_ body: String) throws -> [String: String] {
    let object = try JSONSerialization.jsonObject(with: Data(body.utf8))
    return try XCTUnwrap(object as? [String: String], body)
  }

  func testBalanceAnswerCarriesDateRequestIdAndJSONType() throws {
    try start()
    let keys = DemoAccounts.account(for: .healthy).keys

    let response = try send(SignedRequests.mturk(keys: keys))

    XCTAssertEqual(response.status, 200)
    XCTAssertEqual(
      response.headers["content-type"], "application/x-amz-json-1.1")
    XCTAssertNotNil(response.headers["x-amzn-requestid"])
    let date = try XCTUnwrap(response.headers["date"])
    XCTAssertNotNil(Self.rfc1123.date(from: date), date)
    XCTAssertEqual(
      try json(response.body),
      ["AvailableBalance": "250.00", "OnHoldBalance": "12.50"])
  }

  /// Table: demo account state → status, `__type`, TurkErrorCode.
  func testMTurkErrorShapesByState() throws {
    try start()
    let cases: [(AccountState, Int, String, String?)] = [
      (.productionNotLinked, 400, "RequestError", "AWS.AccountNotLinked"),
      (.noPolicyAccessDenied, 400, "AccessDeniedException", nil),
      (
        .noPolicyRequestError, 400, "RequestError",
        "AWS.MechanicalTurk.PermissionDenied"
      ),
      (.inactive, 400, "UnrecognizedClientException", nil),
    ]
    for (state, status, type, turkCode) in cases {
      let keys = DemoAccounts.account(for: state).keys
      let response = try send(SignedRequests.mturk(keys: keys))
      let fields = try json(response.body)
      XCTAssertEqual(response.status, status, "[\(state)]")
      XCTAssertEqual(fields["__type"], type, "[\(state)]")
      XCTAssertEqual(fields["TurkErrorCode"], turkCode, "[\(state)]")
      XCTAssertFalse(fields["Message", default: ""].isEmpty, "[\(state)]")
    }
  }

  func testAccessDeniedNamesThePrincipalAndAction() throws {
    try start()
    let account = DemoAccounts.account(for: .noPolicyAccessDenied)

    let response = try send(SignedRequests.mturk(keys: account.keys))

    XCTAssertEqual(
      try json(response.body)["Message"],
      "User: \(account.arn) is not authorized to perform: mechanicalturk:GetAccountBalance"
    )
  }

  func testSandboxAlwaysHasTenThousand() throws {
    try start(.sandbox)
    for state in [AccountState.healthy, .zeroBalance, .productionNotLinked] {
      let keys = DemoAccounts.account(for: state).keys
      let response = try send(SignedRequests.mturk(keys: keys))
      XCTAssertEqual(
        try json(response.body), ["AvailableBalance": "10000.00"], "[\(state)]")
    }
  }

  func testSandboxNotLinkedOnlyInSandbox() throws {
    try start(.sandbox)
    let keys = DemoAccounts.account(for: .sandboxNotLinked).keys

    let response = try send(SignedRequests.mturk(keys: keys))

    XCTAssertEqual(
      try json(response.body)["TurkErrorCode"], "AWS.AccountNotLinked")
    XCTAssertTrue(
      try json(response.body)["Message"]!.contains("requestersandbox.mturk.com")
    )
  }

  func testCallerIdentityXML() throws {
    try start()
    let account = DemoAccounts.account(for: .root)

    let response = try send(SignedRequests.sts(keys: account.keys))

    XCTAssertEqual(response.status, 200)
    let document = try XMLDocument(data: Data(response.body.utf8))
    let root = try XCTUnwrap(document.rootElement())
    XCTAssertEqual(root.name, "GetCallerIdentityResponse")
    XCTAssertEqual(root.uri, "https://sts.amazonaws.com/doc/2011-06-15/")
    let arn = try root.nodes(
      forXPath: "*[local-name()='GetCallerIdentityResult']/*")
    XCTAssertEqual(
      arn.map { $0.stringValue ?? "" },
      [
        "arn:aws:iam::111122223333:root", "111122223333", "111122223333",
      ])
    let requestID = try root.nodes(forXPath: "//*[local-name()='RequestId']")
      .first
    XCTAssertEqual(requestID?.stringValue, response.headers["x-amzn-requestid"])
  }

  /// STS also takes its parameters from the query string.
  func testCallerIdentityFromQueryString() throws {
    try start()
    let keys = DemoAccounts.account(for: .healthy).keys
    let unsigned = SigningRequest(
      method: "POST",
      query: [
        .init("Action", "GetCallerIdentity"), .init("Version", "2011-06-15"),
      ],
      headers: [.init("Host", "sts.amazonaws.com")])
    let signed = Signer(keys: keys, region: "us-east-1", service: "sts")
      .sign(unsigned, at: Date())
    let target = "/?Action=GetCallerIdentity&Version=2011-06-15"
    let wire = SignedRequests.wire(signed, target: target)

    let bytes = try RawHTTP.exchange(port: port, wire)

    let response = try XCTUnwrap(RawHTTP.parse(bytes))
    XCTAssertEqual(response.status, 200, response.body)
    XCTAssertTrue(
      response.body.contains("<Arn>arn:aws:iam::111122223333:user/"))
  }

  /// The `Date` header tells the client the server's clock, offset included.
  func testDateHeaderFollowsTheServerClock() throws {
    try start(clockOffset: 3600)
    let keys = DemoAccounts.account(for: .healthy).keys

    let response = try send(SignedRequests.mturk(keys: keys))

    let date = try XCTUnwrap(
      response.headers["date"].flatMap(Self.rfc1123.date))
    let offset = date.timeIntervalSinceNow
    XCTAssertTrue((3480...3720).contains(offset), "offset \(offset)")
  }

  func testSTSUnknownKeyIsInvalidClientTokenIdWith403() throws {
    try start()
    let keys = AccessKeys(
      accessKeyID: "AKIAIOSFODNN7EXAMPLE",
      secret: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")

    let response = try send(SignedRequests.sts(keys: keys))

    XCTAssertEqual(response.status, 403)
    XCTAssertTrue(
      response.body.contains("<Code>InvalidClientTokenId</Code>"), response.body
    )
    XCTAssertTrue(response.body.hasPrefix("<ErrorResponse"), response.body)
  }

  /// Table: fault → status and `__type` (nil status: no answer at all).
  func testFaults() throws {
    try start()
    let cases: [(Fault, Int?, String?)] = [
      (.drop, nil, nil), (.delay, 200, nil),
      (.serverError, 500, "ServiceFault"),
      (.throttle, 400, "ThrottlingException"), (.escapes, 400, "RequestError"),
    ]
    for (fault, status, type) in cases {
      let request = SignedRequests.mturk(
        keys: DemoAccounts.account(with: fault).keys)
      let bytes = try RawHTTP.exchange(port: port, SignedRequests.wire(request))
      guard let status else {
        XCTAssertEqual(bytes, [], "[\(fault)] expected a closed connection")
        continue
      }
      let response = try XCTUnwrap(RawHTTP.parse(bytes), "[\(fault)]")
      XCTAssertEqual(response.status, status, "[\(fault)]")
      XCTAssertEqual(try json(response.body)["__type"], type, "[\(fault)]")
    }
  }

  func testGarbageFaultIsNotJSON() throws {
    try start()
    let keys = DemoAccounts.account(with: .garbage).keys

    let response = try send(SignedRequests.mturk(keys: keys))

    XCTAssertEqual(response.status, 200)
    XCTAssertNil(
      try? JSONSerialization.jsonObject(with: Data(response.body.utf8)))
  }

  /// The message decodes to real ESC, BEL, CR, NUL and C1 characters.
  func testEscapesFaultCarriesControlCharacters() throws {
    try start()
    let keys = DemoAccounts.account(with: .escapes).keys

    let message =
      try json(try send(SignedRequests.mturk(keys: keys)).body)["Message"] ?? ""

    for control: Unicode.Scalar in [
      "\u{1b}", "\u{07}", "\r", "\u{00}", "\u{9b}",
    ] {
      XCTAssertTrue(
        message.unicodeScalars.contains(control), "missing \(control.value)")
    }
    XCTAssertTrue(message.contains("\u{1b}]0;pwned\u{07}"))
  }

  /// A chunked body is reassembled before the signature is checked.
  func testChunkedBodyIsVerified() throws {
    try start()
    let request = SignedRequests.mturk(
      keys: DemoAccounts.account(for: .healthy).keys)
    var text = "POST / HTTP/1.1\r\n"
    for header in request.headers {
      text += "\(header.name): \(header.value)\r\n"
    }
    text +=
      "Transfer-Encoding: chunked\r\n\r\n1\r\n{\r\n1;ext=1\r\n}\r\n0\r\n\r\n"

    let bytes = try RawHTTP.exchange(port: port, Array(text.utf8))

    XCTAssertEqual(
      RawHTTP.parse(bytes)?.status, 200, String(decoding: bytes, as: UTF8.self))
  }

  func testUnknownTargetIsUnknownOperation() throws {
    try start()
    let keys = DemoAccounts.account(for: .healthy).keys
    let request = SignedRequests.mturk(
      keys: keys, target: "MTurkRequesterServiceV20170117.ListHITs")

    let response = try send(request)

    XCTAssertEqual(response.status, 400)
    XCTAssertEqual(
      try json(response.body)["__type"], "UnknownOperationException")
  }

  /// The log has one line per request, the key ID and verdict, and never
  /// the secret or the signature.
  func testLogLinesHoldNoSecretOrSignature() throws {
    try start(log: true)
    let account = DemoAccounts.account(for: .healthy)
    let good = SignedRequests.mturk(keys: account.keys)
    let wrong = AccessKeys(
      accessKeyID: account.accessKeyID,
      secret: "DEMO/wrong/K7MDENG+bPxRfiCYEXAMPLEKEYwJa")
    _ = try send(good)
    _ = try send(SignedRequests.mturk(keys: wrong))
    server?.stop()

    let log = try String(
      contentsOfFile: temp.path("requests.jsonl"), encoding: .utf8)
    let records = try log.split(separator: "\n").map {
      try XCTUnwrap(
        JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    XCTAssertEqual(
      records.map { $0["keyID"] as? String },
      [account.accessKeyID, account.accessKeyID])
    XCTAssertEqual(
      records.map { $0["signatureValid"] as? Bool }, [true, false])
    XCTAssertEqual(
      records.map { $0["outcome"] as? String },
      ["OK", "InvalidSignatureException"])
    XCTAssertFalse(log.contains(account.secret))
    let signature = try XCTUnwrap(
      good.header("Authorization")?.components(
        separatedBy: "Signature="
      ).last)
    XCTAssertFalse(log.contains(signature))
  }

  func testStopRefusesNewConnections() throws {
    try start()
    server?.stop()
    Thread.sleep(forTimeInterval: 0.2)

    let probe = Array("GET / HTTP/1.1\r\n\r\n".utf8)
    XCTAssertThrowsError(try RawHTTP.exchange(port: port, probe))
  }

  private static let rfc1123: DateFormatter = {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
    return formatter
  }()
}
