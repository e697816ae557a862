import Foundation
import TurkLinkCore

/// One case of the AWS SigV4 test suite, read from its folder: the raw
/// request, the signing context and the four expected `header-*` texts.
struct SuiteCase {
  /// Why a case folder could not be read.
  struct Failure: Error, CustomStringConvertible {
    /// What was wrong, naming the file.
    var description: String
  }

  /// The folder name, e.g. `get-vanilla`.
  var id: String
  /// The request line exactly as written, e.g. `GET /?a=b HTTP/1.1`.
  var requestLine: String
  /// The request with path and query decoded.
  var request: SigningRequest
  /// The signer configured from `context.json`.
  var signer: Signer
  /// The `timestamp` of `context.json`.
  var date: Date
  /// The expected canonical request, string to sign, signature and
  /// signed request.
  var expected: [String: String]

  /// The names of the expected-value files compared byte for byte.
  static let expectedFiles = [
    "header-canonical-request.txt", "header-string-to-sign.txt",
    "header-signature.txt", "header-signed-request.txt",
  ]

  /// Reads the case in `folder`.
  init(folder: URL) throws {
    id = folder.lastPathComponent
    let raw = try Self.read(folder, "request.txt")
    (requestLine, request) = try Self.parseRequest(raw)
    (signer, date) = try Self.parseContext(Self.read(folder, "context.json"))

    expected = [:]
    for name in Self.expectedFiles {
      expected[name] = String(
        decoding: try Self.read(folder, name), as: UTF8.self)
    }
  }

  /// The signed request written back as text, the way the suite writes it.
  static func render(_ request: SigningRequest, requestLine: String) -> String {
    var text = requestLine + "\n"
    for header in request.headers {
      text += "\(header.name):\(header.value)\n"
    }
    return text + "\n" + String(decoding: request.body, as: UTF8.self)
  }

  private static func read(_ folder: URL, _ name: String) throws -> [UInt8] {
    let url = folder.appendingPathComponent(name)
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw Failure(
        description: "\(folder.lastPathComponent)/\(name) is missing")
    }
    return Array(data)
  }

  /// Splits `request.txt` into request line, headers (continuation lines
  /// kept in the value, as received) and body.
  private static func parseRequest(
    _ raw: [UInt8]
  ) throws -> (String, SigningRequest) {
    let text = String(decoding: raw, as: UTF8.self)
    let parts = text.components(separatedBy: "\n\n")
    let head = parts[0].split(separator: "\n", omittingEmptySubsequences: false)
    let body = parts.dropFirst().joined(separator: "\n\n")

    let line = String(head[0])
    var headers: [SigningRequest.Header] = []
    for row in head.dropFirst() where !row.isEmpty {
      if row.first == " " || row.first == "\t", !headers.isEmpty {
        headers[headers.count - 1].value += "\n" + row
        continue
      }
      guard let colon = row.firstIndex(of: ":") else {
        throw Failure(description: "header line without a colon: \(row)")
      }
      let value = row[row.index(after: colon)...]
      headers.append(.init(String(row[..<colon]), String(value)))
    }

    var request = try parseRequestLine(line)
    request.headers = headers
    request.body = Array(body.utf8)
    return (line, request)
  }

  /// Reads method, decoded path and decoded query from the request line;
  /// the target may hold spaces, so it runs to the last ` HTTP/`.
  private static func parseRequestLine(_ line: String) throws -> SigningRequest
  {
    guard let space = line.firstIndex(of: " "),
      let version = line.range(of: " HTTP/", options: .backwards)
    else { throw Failure(description: "bad request line: \(line)") }
    let method = String(line[..<space])
    let target = String(line[line.index(after: space)..<version.lowerBound])

    let pieces = target.split(
      separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
    let path = try decode(String(pieces[0]))
    var query: [SigningRequest.QueryItem] = []
    if pieces.count > 1 {
      for pair in pieces[1].split(separator: "&") {
        let nameValue = pair.split(
          separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let value = nameValue.count > 1 ? String(nameValue[1]) : ""
        query.append(.init(try decode(String(nameValue[0])), try decode(value)))
      }
    }
    return SigningRequest(method: method, path: path, query: query, headers: [])
  }

  private static func decode(_ text: String) throws -> String {
    guard let decoded = text.removingPercentEncoding else {
      throw Failure(description: "bad percent-encoding: \(text)")
    }
    return decoded
  }

  /// Builds the signer and the signing time from `context.json`.
  private static func parseContext(_ raw: [UInt8]) throws -> (Signer, Date) {
    let context = try JSONDecoder().decode(Context.self, from: Data(raw))
    guard let date = ISO8601DateFormatter().date(from: context.timestamp) else {
      throw Failure(description: "bad timestamp \(context.timestamp)")
    }
    let keys = AccessKeys(
      accessKeyID: context.credentials.access_key_id,
      secret: context.credentials.secret_access_key)
    let signer = Signer(
      keys: keys, region: context.region, service: context.service,
      normalizePath: context.normalize, signBody: context.sign_body,
      sessionToken: context.credentials.token,
      signsSessionToken: !(context.omit_session_token ?? false))
    return (signer, date)
  }

  /// The fields of `context.json` the header form of signing uses.
  private struct Context: Decodable {
    struct Credentials: Decodable {
      var access_key_id: String
      var secret_access_key: String
      var token: String?
    }
    var credentials: Credentials
    var normalize: Bool
    var region: String
    var service: String
    var sign_body: Bool
    var timestamp: String
    var omit_session_token: Bool?
  }
}
