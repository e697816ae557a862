import Foundation
import XCTest

@testable import TurkLinkCore

/// A transport that answers from a script per service and records every
/// request; it never opens a socket.
final class FakeTransport: HTTPTransport, @unchecked Sendable {
  /// One scripted answer.
  typealias Answer = Result<HTTPResponse, TransportError>

  private let lock = NSLock()
  private var scripts: [CheckTarget: [Answer]]
  private(set) var sent: [(CheckTarget, HTTPRequest)] = []

  /// Creates a fake; a service's last answer repeats once its script runs out.
  init(_ scripts: [CheckTarget: [Answer]]) {
    self.scripts = scripts
  }

  /// The requests sent to `target`.
  func requests(to target: CheckTarget) -> [HTTPRequest] {
    lock.withLock { sent.filter { $0.0 == target }.map(\.1) }
  }

  /// Answers from the script of the service `request` goes to.
  func send(
    _ request: HTTPRequest
  ) async throws(TransportError) -> HTTPResponse {
    let target = FakeTransport.target(of: request.url)
    let answer = lock.withLock {
      sent.append((target, request))
      var script = scripts[target] ?? [.failure(.cannotConnect)]
      let answer = script.count > 1 ? script.removeFirst() : script[0]
      scripts[target] = script
      return answer
    }
    return try answer.get()
  }

  /// Which service a URL of `FakeAnswers.endpoints` names.
  static func target(of url: URL) -> CheckTarget {
    switch url.host {
    case "sts.test": .sts
    case "sandbox.test": .sandbox
    default: .production
    }
  }
}

/// Canned answers in the shapes AWS uses.
enum FakeAnswers {
  /// Endpoints the fake tells apart by host.
  static let endpoints = Endpoints(
    sts: URL(string: "https://sts.test")!,
    production: URL(string: "https://mturk.test")!,
    sandbox: URL(string: "https://sandbox.test")!)

  /// The AWS documentation's example keys.
  static let keys = AccessKeys(
    accessKeyID: "AKIAIOSFODNN7EXAMPLE",
    secret: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")

  /// A `GetCallerIdentity` success.
  static func identity(
    _ arn: String = "arn:aws:iam::123456789012:user/lab", date: Date? = nil
  ) -> FakeTransport.Answer {
    let xml = """
      <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
        <GetCallerIdentityResult>
          <Arn>\(arn)</Arn>
          <UserId>AIDAEXAMPLEUSERID0000</UserId>
          <Account>123456789012</Account>
        </GetCallerIdentityResult>
        <ResponseMetadata><RequestId>0a1b2c3d</RequestId></ResponseMetadata>
      </GetCallerIdentityResponse>
      """
    return .success(response(200, xml, date: date))
  }

  /// An STS `ErrorResponse`.
  static func stsError(
    _ status: Int, _ code: String, _ message: String, date: Date? = nil
  ) -> FakeTransport.Answer {
    let xml = """
      <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
        <Error><Type>Sender</Type><Code>\(code)</Code><Message>\(message)</Message></Error>
        <RequestId>0a1b2c3d</RequestId>
      </ErrorResponse>
      """
    return .success(response(status, xml, date: date))
  }

  /// A `GetAccountBalance` success.
  static func balance(
    _ available: String, onHold: String? = nil
  ) -> FakeTransport.Answer {
    var object = ["AvailableBalance": available]
    object["OnHoldBalance"] = onHold
    let data = try! JSONSerialization.data(withJSONObject: object)
    return .success(HTTPResponse(status: 200, body: data))
  }

  /// A JSON 1.1 error answer.
  static func mturkError(
    _ status: Int, _ type: String, _ message: String, turk: String? = nil,
    messageKey: String = "Message", date: Date? = nil
  ) -> FakeTransport.Answer {
    var object = ["__type": type, messageKey: message]
    object["TurkErrorCode"] = turk
    let data = try! JSONSerialization.data(withJSONObject: object)
    return .success(
      response(status, String(decoding: data, as: UTF8.self), date: date))
  }

  /// A response with a body and, when given, a `Date` header.
  static func response(
    _ status: Int, _ body: String, date: Date? = nil
  ) -> HTTPResponse {
    var headers: [String: String] = [:]
    if let date { headers["Date"] = HTTPDate.format(date) }
    return HTTPResponse(status: status, headers: headers, body: Data(body.utf8))
  }

  /// A retry policy that never waits and counts its waits.
  static func noWait(attempts: Int = 3) -> RetryPolicy {
    RetryPolicy(
      attempts: attempts, baseDelay: 0.2, jitter: 0.1, sleep: { _ in })
  }

  /// A checker over `transport` at a fixed local time.
  static func checker(
    _ transport: FakeTransport, now: Date = fixedNow
  ) -> KeyChecker {
    KeyChecker(
      endpoints: endpoints,
      caller: ServiceCaller(transport: transport, retry: noWait(), now: { now })
    )
  }

  /// 2026-12-04 15:00:00 UTC, the local clock of these tests.
  static let fixedNow = Date(timeIntervalSince1970: 1_796_396_400)
}
