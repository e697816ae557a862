import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Asks STS `GetCallerIdentity` who the keys belong to.
public struct STSClient: Sendable {
  /// The STS endpoint.
  public var endpoint: URL
  /// Signs, sends and retries.
  public var caller: ServiceCaller

  /// Creates a client.
  public init(endpoint: URL, caller: ServiceCaller) {
    self.endpoint = endpoint
    self.caller = caller
  }

  /// The form body of the call.
  static let body = Data("Action=GetCallerIdentity&Version=2011-06-15".utf8)

  /// The signed request at `date`.
  public func request(keys: AccessKeys, at date: Date) -> HTTPRequest {
    let contentType = "application/x-www-form-urlencoded; charset=utf-8"
    return SignedRequest.post(
      to: endpoint, keys: keys, service: "sts",
      headers: [.init("Content-Type", contentType)], body: Self.body, at: date)
  }

  /// Calls `GetCallerIdentity` with `keys`.
  public func callerIdentity(_ keys: AccessKeys) async -> CallOutcome<
    CallerIdentity
  > {
    await caller.call(
      build: { request(keys: keys, at: $0) }, decode: Self.decode)
  }

  /// Reads an STS answer: the identity on 200, else the `ErrorResponse`.
  public static func decode(_ response: HTTPResponse) -> Result<
    CallerIdentity, CallFailure
  > {
    let fields = XMLFields.read(response.body)
    if response.status == 200 {
      guard let fields, let arn = fields["Arn"], let account = fields["Account"]
      else {
        return .failure(.malformed(status: response.status))
      }
      let clean = Sanitizer.standard.clean
      let identity = CallerIdentity(
        arn: clean(arn), account: clean(account),
        userID: clean(fields["UserId"] ?? ""))
      return .success(identity)
    }
    guard let fields, let code = fields["Code"] else {
      return .failure(.malformed(status: response.status))
    }
    let fault = ServiceFault(
      status: response.status, code: code, message: fields["Message"] ?? "")
    return .failure(.fault(fault))
  }
}

/// Collects the text of the leaf elements of a small XML document by
/// element name (the first occurrence wins); enough for STS answers.
final class XMLFields: NSObject, XMLParserDelegate {
  private var fields: [String: String] = [:]
  private var text = ""

  /// The fields of `data`, or nil when it is not well-formed XML.
  static func read(_ data: Data) -> [String: String]? {
    let parser = XMLParser(data: data)
    let collector = XMLFields()
    parser.delegate = collector
    parser.shouldResolveExternalEntities = false
    return parser.parse() ? collector.fields : nil
  }

  /// Starts a fresh text buffer for each element.
  func parser(
    _ parser: XMLParser, didStartElement elementName: String,
    namespaceURI: String?,
    qualifiedName qName: String?,
    attributes attributeDict: [String: String] = [:]
  ) {
    text = ""
  }

  /// Gathers the text of the current element.
  func parser(_ parser: XMLParser, foundCharacters string: String) {
    // A cap keeps a hostile answer from growing memory without bound.
    if text.utf8.count < 4096 { text += string }
  }

  /// Files the finished element under its name without prefix.
  func parser(
    _ parser: XMLParser, didEndElement elementName: String,
    namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    let name =
      elementName.split(separator: ":").last.map(String.init) ?? elementName
    let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
    if fields[name] == nil && !value.isEmpty { fields[name] = value }
    text = ""
  }
}
