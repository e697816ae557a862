import Foundation
import TurkLinkCore

/// An HTTP/1.1 request as the stand-in received it.
struct ReceivedRequest: Sendable {
  /// The method, e.g. `POST`.
  var method: String
  /// The request target as sent, e.g. `/` or `/?Action=GetCallerIdentity`.
  var target: String
  /// The headers in the order received; values as sent, minus the
  /// white space around them.
  var headers: [SigningRequest.Header]
  /// The body bytes (`Content-Length` of them).
  var body: [UInt8]

  /// The first value of a header, matched without regard to case.
  func header(_ name: String) -> String? {
    headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?
      .value
  }

  /// The percent-decoded path; `nil` when the encoding is broken.
  var path: String? {
    let raw = target.split(
      separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]
    return String(raw).removingPercentEncoding
  }

  /// The percent-decoded query parameters, in the order sent.
  var query: [SigningRequest.QueryItem] {
    guard let mark = target.firstIndex(of: "?") else { return [] }
    return Self.pairs(
      String(target[target.index(after: mark)...]), plusIsSpace: false)
  }

  /// The body read as an HTML form (`a=b&c=d`, `+` meaning space).
  var form: [SigningRequest.QueryItem] {
    Self.pairs(String(decoding: body, as: UTF8.self), plusIsSpace: true)
  }

  /// Splits `a=b&c` into decoded name/value pairs.
  static func pairs(_ text: String, plusIsSpace: Bool) -> [SigningRequest
    .QueryItem]
  {
    text.split(separator: "&").map { pair in
      let parts = pair.split(
        separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      func decode(_ part: Substring) -> String {
        let spaced =
          plusIsSpace
          ? part.replacingOccurrences(of: "+", with: " ") : String(part)
        return spaced.removingPercentEncoding ?? spaced
      }
      return .init(decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
    }
  }

  /// Parses a request head (everything before the blank line); `nil` when
  /// it is not HTTP/1.x.
  static func parseHead(_ head: String) -> ReceivedRequest? {
    let lines = head.components(separatedBy: "\r\n")
    let requestLine = lines[0].split(separator: " ")
    guard requestLine.count == 3, requestLine[2].hasPrefix("HTTP/1.") else {
      return nil
    }

    var headers: [SigningRequest.Header] = []
    for line in lines.dropFirst() where !line.isEmpty {
      if line.first == " " || line.first == "\t", !headers.isEmpty {
        headers[headers.count - 1].value += " " + line.trimmed
        continue
      }
      guard let colon = line.firstIndex(of: ":") else { return nil }
      let value = String(line[line.index(after: colon)...]).trimmed
      headers.append(.init(String(line[..<colon]), value))
    }
    return ReceivedRequest(
      method: String(requestLine[0]), target: String(requestLine[1]),
      headers: headers, body: [])
  }
}

/// An HTTP/1.1 response the stand-in sends.
struct ServerReply: Sendable {
  /// The status code, e.g. 400.
  var status: Int
  /// Extra headers; `Content-Length`, `Date` and `Connection` are added
  /// when the response is written.
  var headers: [(String, String)]
  /// The body.
  var body: [UInt8]
  /// The AWS error code this answer carries, or `OK`; for the log.
  var code: String

  /// Creates a response with a text body.
  init(status: Int, contentType: String, body: String, code: String = "OK") {
    self.status = status
    self.code = code
    self.headers = [("Content-Type", contentType)]
    self.body = Array(body.utf8)
  }

  /// The bytes on the wire, stamped with `date` and `requestID`.
  func serialized(date: Date, requestID: String) -> [UInt8] {
    var head = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
    for (name, value) in headers {
      head += "\(name): \(value)\r\n"
    }
    head += "x-amzn-RequestId: \(requestID)\r\n"
    head += "Date: \(Self.httpDate(date))\r\n"
    head += "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
    return Array(head.utf8) + body
  }

  /// The RFC 1123 form of `date`, e.g. `Fri, 04 Dec 2026 15:30:26 GMT`.
  static func httpDate(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
    return formatter.string(from: date)
  }

  private static func reason(_ status: Int) -> String {
    switch status {
    case 200: "OK"
    case 400: "Bad Request"
    case 403: "Forbidden"
    case 404: "Not Found"
    case 413: "Content Too Large"
    case 500: "Internal Server Error"
    default: "Status"
    }
  }
}

extension StringProtocol {
  /// The text without spaces and tabs at either end.
  var trimmed: String {
    trimmingCharacters(in: CharacterSet(charactersIn: " \t"))
  }
}
