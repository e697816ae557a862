import Foundation
import TurkLinkCore

@testable import TurkLinkStandIn

/// Requests signed with the project's Signer, as the turklink client
/// would send them, for the verifier and raw-socket tests.
enum SignedRequests {
  /// An MTurk `GetAccountBalance` request, or another `target`.
  static func mturk(
    keys: AccessKeys, at date: Date = Date(),
    service: String = "mturk-requester",
    region: String = "us-east-1", target: String = Responder.balanceTarget,
    body: String = "{}"
  ) -> SigningRequest {
    let request = SigningRequest(
      method: "POST",
      headers: [
        .init("Host", "mturk-requester.us-east-1.amazonaws.com"),
        .init("Content-Type", "application/x-amz-json-1.1"),
        .init("X-Amz-Target", target),
      ],
      body: Array(body.utf8))
    return Signer(keys: keys, region: region, service: service).sign(
      request, at: date)
  }

  /// An STS `GetCallerIdentity` request with a form body.
  static func sts(keys: AccessKeys, at date: Date = Date()) -> SigningRequest {
    let request = SigningRequest(
      method: "POST",
      headers: [
        .init("Host", "sts.us-east-1.amazonaws.com"),
        .init(
          "Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),
      ],
      body: Array("Action=GetCallerIdentity&Version=2011-06-15".utf8))
    return Signer(keys: keys, region: "us-east-1", service: "sts").sign(
      request, at: date)
  }

  /// The request as the server's parser would hand it over.
  static func received(_ request: SigningRequest) -> ReceivedRequest {
    ReceivedRequest(
      method: request.method, target: request.path, headers: request.headers,
      body: request.body)
  }

  /// The request as bytes on the wire, with a Content-Length; `target`
  /// replaces the path when the query must be sent too.
  static func wire(_ request: SigningRequest, target: String? = nil) -> [UInt8]
  {
    var text = "\(request.method) \(target ?? request.path) HTTP/1.1\r\n"
    for header in request.headers {
      text += "\(header.name): \(header.value)\r\n"
    }
    text += "Content-Length: \(request.body.count)\r\n\r\n"
    return Array(text.utf8) + request.body
  }

  /// The same request with one header's value replaced.
  static func replacing(
    _ name: String, with value: String, in request: SigningRequest
  ) -> SigningRequest {
    var copy = request
    copy.headers = copy.headers.map {
      $0.name == name ? .init(name, value) : $0
    }
    return copy
  }
}
