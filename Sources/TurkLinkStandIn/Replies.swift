import Foundation

/// Which AWS service a request is addressed to, with its wire format.
enum Service: String, Sendable {
  /// MTurk requester API: JSON 1.1, errors as `__type` / `Message`.
  case mturk = "mturk-requester"
  /// STS: query protocol, errors as XML `ErrorResponse`.
  case sts

  /// The service name a credential scope must carry.
  var scopeName: String { rawValue }
}

/// Builders for the answers the two services give, in their real shapes.
enum Replies {
  /// The JSON 1.1 content type MTurk answers with.
  static let jsonType = "application/x-amz-json-1.1"
  /// The STS XML namespace.
  static let stsNamespace = "https://sts.amazonaws.com/doc/2011-06-15/"

  /// A JSON 1.1 error: `{"__type":…,"Message":…[,"TurkErrorCode":…]}`.
  static func mturkError(
    _ status: Int, _ type: String, _ message: String, turkCode: String? = nil
  ) -> ServerReply {
    var fields = [("__type", type), ("Message", message)]
    if let turkCode { fields.append(("TurkErrorCode", turkCode)) }
    var response = ServerReply(
      status: status, contentType: jsonType, body: json(fields), code: type)
    response.headers.append(("x-amzn-ErrorType", type))
    return response
  }

  /// MTurk's balance answer; the on-hold field only when known.
  static func balance(available: String, onHold: String?) -> ServerReply {
    var fields = [("AvailableBalance", available)]
    if let onHold { fields.append(("OnHoldBalance", onHold)) }
    return ServerReply(status: 200, contentType: jsonType, body: json(fields))
  }

  /// An STS `ErrorResponse` document.
  static func stsError(
    _ status: Int, _ code: String, _ message: String, requestID: String
  ) -> ServerReply {
    let body = """
      <ErrorResponse xmlns="\(stsNamespace)">
        <Error>
          <Type>Sender</Type>
          <Code>\(xml(code))</Code>
          <Message>\(xml(message))</Message>
        </Error>
        <RequestId>\(requestID)</RequestId>
      </ErrorResponse>

      """
    return ServerReply(
      status: status, contentType: "text/xml", body: body, code: code)
  }

  /// STS's `GetCallerIdentity` answer.
  static func callerIdentity(_ account: StandInAccount, requestID: String)
    -> ServerReply
  {
    let body = """
      <GetCallerIdentityResponse xmlns="\(stsNamespace)">
        <GetCallerIdentityResult>
          <Arn>\(xml(account.arn))</Arn>
          <UserId>\(xml(account.userID))</UserId>
          <Account>\(xml(account.account))</Account>
        </GetCallerIdentityResult>
        <ResponseMetadata>
          <RequestId>\(requestID)</RequestId>
        </ResponseMetadata>
      </GetCallerIdentityResponse>

      """
    return ServerReply(status: 200, contentType: "text/xml", body: body)
  }

  /// A flat JSON object of string fields, in the given order.
  static func json(_ fields: [(String, String)]) -> String {
    "{"
      + fields.map { "\(jsonString($0.0)):\(jsonString($0.1))" }
      .joined(separator: ",") + "}"
  }

  /// A JSON string literal; control characters become `\uXXXX`, so a
  /// hostile message stays intact on the wire and decodes to itself.
  static func jsonString(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case _ where scalar.value < 0x20:
        out += String(format: "\\u%04x", scalar.value)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  /// Text escaped for an XML element.
  static func xml(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;")
      .replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
      .replacingOccurrences(of: "\"", with: "&quot;")
  }
}
