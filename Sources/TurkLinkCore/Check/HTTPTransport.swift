import Foundation

/// One HTTP request as a client builds it: every header explicit.
public struct HTTPRequest: Sendable, Equatable {
  /// The full URL, scheme and host included.
  public var url: URL
  /// The method, e.g. `POST`.
  public var method: String
  /// The headers to send, in order; the signed ones and nothing else.
  public var headers: [SigningRequest.Header]
  /// The body.
  public var body: Data

  /// Creates a request.
  public init(
    url: URL, method: String, headers: [SigningRequest.Header], body: Data
  ) {
    self.url = url
    self.method = method
    self.headers = headers
    self.body = body
  }

  /// The first value of a header, matched without regard to case.
  public func header(_ name: String) -> String? {
    headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?
      .value
  }
}

/// What came back: status, headers and body.
public struct HTTPResponse: Sendable, Equatable {
  /// The HTTP status code.
  public var status: Int
  /// The headers, names as received.
  public var headers: [String: String]
  /// The body bytes.
  public var body: Data

  /// Creates a response.
  public init(
    status: Int, headers: [String: String] = [:], body: Data = Data()
  ) {
    self.status = status
    self.headers = headers
    self.body = body
  }

  /// A header value, matched without regard to case.
  public func header(_ name: String) -> String? {
    headers.first { $0.key.caseInsensitiveCompare(name) == .orderedSame }?.value
  }

  /// The server's clock, from the `Date` header (RFC 7231 format).
  public var serverDate: Date? {
    header("Date").flatMap(HTTPDate.parse)
  }
}

/// Why no HTTP response arrived.
public enum TransportError: Error, Sendable, Equatable {
  /// No answer within the timeout.
  case timeout
  /// The host name did not resolve.
  case dns
  /// The TLS handshake or the certificate failed.
  case tls
  /// Nobody listens, or the network is down.
  case cannotConnect
  /// The connection was reset or dropped mid-way; worth a retry.
  case connectionLost
  /// The server answered something that is not HTTP, or redirected.
  case badResponse
  /// The check was cancelled (the researcher pressed Esc).
  case cancelled
  /// Anything else; the text is already cleaned.
  case other(String)

  /// True for faults a second attempt can cure.
  public var isRetryable: Bool { self == .connectionLost }
}

/// Sends one request and returns the raw response; tests inject canned
/// answers through it.
public protocol HTTPTransport: Sendable {
  /// Sends `request`; throws `TransportError` when no response arrives.
  func send(_ request: HTTPRequest) async throws(TransportError) -> HTTPResponse
}

/// Parses HTTP dates (`Sun, 06 Nov 1994 08:49:37 GMT`).
public enum HTTPDate {
  /// The date, or nil when `text` is not an IMF-fixdate.
  public static func parse(_ text: String) -> Date? {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
    return formatter.date(from: text.trimmingCharacters(in: .whitespaces))
  }

  /// Formats `date` as an IMF-fixdate, for stand-ins and tests.
  public static func format(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
    return formatter.string(from: date)
  }
}
