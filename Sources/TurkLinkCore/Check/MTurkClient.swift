import Foundation

/// Asks MTurk `GetAccountBalance` on one marketplace.
public struct MTurkClient: Sendable {
  /// The marketplace's endpoint.
  public var endpoint: URL
  /// Signs, sends and retries.
  public var caller: ServiceCaller

  /// Creates a client.
  public init(endpoint: URL, caller: ServiceCaller) {
    self.endpoint = endpoint
    self.caller = caller
  }

  /// The JSON 1.1 target of the call.
  static let target = "MTurkRequesterServiceV20170117.GetAccountBalance"

  /// The signed request at `date`.
  public func request(keys: AccessKeys, at date: Date) -> HTTPRequest {
    let headers: [SigningRequest.Header] = [
      .init("Content-Type", "application/x-amz-json-1.1"),
      .init("X-Amz-Target", Self.target),
    ]
    return SignedRequest.post(
      to: endpoint, keys: keys, service: "mturk-requester", headers: headers,
      body: Data("{}".utf8), at: date)
  }

  /// Calls `GetAccountBalance` with `keys`.
  public func balance(_ keys: AccessKeys) async -> CallOutcome<Balance> {
    await caller.call(
      build: { request(keys: keys, at: $0) }, decode: Self.decode)
  }

  /// Reads an MTurk answer: the balance on 200, else the JSON 1.1 error.
  public static func decode(_ response: HTTPResponse) -> Result<
    Balance, CallFailure
  > {
    let object =
      try? JSONSerialization.jsonObject(with: response.body) as? [String: Any]
    guard response.status == 200 else {
      return .failure(fault(response, object))
    }

    guard let object, let available = amount(object["AvailableBalance"]) else {
      return .failure(.malformed(status: response.status))
    }
    return .success(
      Balance(available: available, onHold: amount(object["OnHoldBalance"])))
  }

  /// The error of a non-200 answer, from the body or the
  /// `x-amzn-ErrorType` header; `malformed` when neither names one.
  static func fault(
    _ response: HTTPResponse, _ object: [String: Any]?
  ) -> CallFailure {
    let typeHeader = response.header("x-amzn-ErrorType").map {
      String($0.prefix { $0 != ":" })
    }
    guard let type = (object?["__type"] as? String) ?? typeHeader else {
      return .malformed(status: response.status)
    }
    let message = (object?["Message"] ?? object?["message"]) as? String ?? ""
    let fault = ServiceFault(
      status: response.status, code: shortType(type), message: message,
      turkErrorCode: object?["TurkErrorCode"] as? String)
    return .fault(fault)
  }

  /// `com.amazonaws.mturk#RequestError` → `RequestError`.
  static func shortType(_ type: String) -> String {
    String(type.split(separator: "#").last ?? Substring(type))
  }

  /// A money amount as MTurk writes it ("10000.00"), checked to be one.
  static func amount(_ value: Any?) -> String? {
    let text: String
    switch value {
    case let string as String: text = string
    case let number as NSNumber:
      text = String(format: "%.2f", number.doubleValue)
    default: return nil
    }
    let isAmount =
      !text.isEmpty && text.count <= 20
      && text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
      && text.filter { $0 == "." }.count <= 1
    return isAmount ? text : nil
  }
}
