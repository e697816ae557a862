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
  ///
  /// Read by hand with `timegm`: a DateFormatter loads ICU's locale and
  /// time-zone data on every response, which cost `turklink check` about
  /// 2 ms and 6 MB of memory.
  public static func parse(_ text: String) -> Date? {
    let parts = text.split { $0 == " " || $0 == "\t" }
    guard parts.count == 6, parts[0].count == 4, parts[0].hasSuffix(","),
      parts[5] == "GMT" || parts[5] == "UTC",
      let month = months.firstIndex(of: String(parts[2])),
      let day = number(parts[1], 1...31), let year = number(parts[3], 1970...9999)
    else { return nil }

    let clock = parts[4].split(separator: ":", omittingEmptySubsequences: false)
    guard clock.count == 3, let hour = number(clock[0], 0...23),
      let minute = number(clock[1], 0...59), let second = number(clock[2], 0...60)
    else { return nil }

    var utc = tm()
    utc.tm_year = Int32(year - 1900)
    utc.tm_mon = Int32(month)
    utc.tm_mday = Int32(day)
    utc.tm_hour = Int32(hour)
    utc.tm_min = Int32(minute)
    utc.tm_sec = Int32(second)
    return Date(timeIntervalSince1970: TimeInterval(timegm(&utc)))
  }

  private static let months = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// A field of one or more ASCII digits inside `range`, or nil.
  private static func number(_ field: Substring, _ range: ClosedRange<Int>) -> Int? {
    guard field.count <= 4, field.allSatisfy({ $0.isASCII && $0.isNumber }),
      let value = Int(field), range.contains(value)
    else { return nil }
    return value
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
