import Foundation
import TurkLinkCore
import XCTest

#if canImport(Glibc)
  import Glibc
#endif

/// URLSessionTransport on the wire, against tiny raw servers on 127.0.0.1
/// that answer every connection with one canned reply.
final class CheckTransportTests: XCTestCase {
  override func setUpWithError() throws {
    try LoopbackGuard.skipIfProxied()
  }

  static let keys = AccessKeys(
    accessKeyID: "AKIAIOSFODNN7EXAMPLE",
    secret: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")

  func testSendsExactlyTheBodyWithALengthAndTheSignedHeaders() async throws {
    let server = try RawServer(
      reply: RawServer.ok(#"{"AvailableBalance":"1.00"}"#))
    defer { server.stop() }
    let url = URL(string: "http://127.0.0.1:\(server.port)")!
    let client = MTurkClient(
      endpoint: url,
      caller: ServiceCaller(transport: URLSessionTransport(timeout: 5)))

    let outcome = await client.balance(Self.keys)

    XCTAssertEqual(
      try? outcome.result.get(), Balance(available: "1.00", onHold: nil))
    let request = server.requests.first ?? ""
    let lines = request.lowercased().components(separatedBy: "\r\n")
    XCTAssertTrue(lines.contains("host: 127.0.0.1:\(server.port)"), request)
    XCTAssertTrue(lines.contains("content-length: 2"), request)
    XCTAssertTrue(
      lines.contains(
        "x-amz-target: mturkrequesterservicev20170117.getaccountbalance"),
      request)
    XCTAssertTrue(
      lines.contains { $0.hasPrefix("authorization: aws4-hmac-sha256 ") },
      request)
    XCTAssertFalse(
      lines.contains { $0.hasPrefix("transfer-encoding") }, request)
    XCTAssertTrue(request.hasSuffix("\r\n\r\n{}"), request)
    XCTAssertFalse(request.contains(Self.keys.secret))
    XCTAssertNotNil(outcome.clockOffset, "the Date header is read")
  }

  func testRedirectIsNotFollowed() async throws {
    let target = try RawServer(reply: RawServer.ok("{}"))
    defer { target.stop() }
    let redirect =
      "HTTP/1.1 307 Temporary Redirect\r\n"
      + "Location: http://127.0.0.1:\(target.port)/\r\nContent-Length: 0\r\n"
      + "Connection: close\r\n\r\n"
    let server = try RawServer(reply: redirect)
    defer { server.stop() }

    let response = try await URLSessionTransport(timeout: 5).send(
      HTTPRequest(
        url: URL(string: "http://127.0.0.1:\(server.port)")!, method: "POST",
        headers: [.init("Content-Type", "application/x-amz-json-1.1")],
        body: Data("{}".utf8)))

    XCTAssertEqual(response.status, 307)
    XCTAssertEqual(target.requests.count, 0)
  }

  func testNobodyListening() async throws {
    let port = try RawServer.unusedPort()
    let request = HTTPRequest(
      url: URL(string: "http://127.0.0.1:\(port)")!, method: "POST",
      headers: [], body: Data())
    do {
      _ = try await URLSessionTransport(timeout: 5).send(request)
      XCTFail("no server, yet an answer")
    } catch {
      XCTAssertEqual(error, .cannotConnect)
    }
  }

  func testAnswerThatIsNotHTTP() async throws {
    let server = try RawServer(reply: "\u{1B}[2Jhello there\r\n\r\n")
    defer { server.stop() }
    let caller = ServiceCaller(
      transport: URLSessionTransport(timeout: 5),
      retry: RetryPolicy(attempts: 1))
    let url = URL(string: "http://127.0.0.1:\(server.port)")!
    let outcome = await MTurkClient(endpoint: url, caller: caller).balance(
      Self.keys)
    guard case .failure(.transport(let error)) = outcome.result else {
      return XCTFail("\(outcome.result)")
    }
    XCTAssertNotEqual(error, .cancelled)
    let diagnosis = Diagnoser().failure(.transport(error), target: .production)
    XCTAssertEqual(diagnosis.code, .network)
    XCTAssertFalse(diagnosis.message.contains("\u{1B}"))
  }
}

/// Keeps loopback tests on loopback: FoundationNetworking ignores
/// `connectionProxyDictionary`, and libcurl would send even a request for
/// 127.0.0.1 to a proxy named in the environment unless `no_proxy`
/// exempts it.
enum LoopbackGuard {
  /// Skips the test when a proxy variable could capture loopback traffic.
  static func skipIfProxied() throws {
    let env = ProcessInfo.processInfo.environment
    let proxies = [
      "http_proxy", "all_proxy", "ALL_PROXY", "https_proxy", "HTTPS_PROXY",
    ]
    guard proxies.contains(where: { !(env[$0] ?? "").isEmpty }) else { return }
    let exempt = (env["no_proxy"] ?? env["NO_PROXY"] ?? "")
      .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    if exempt.contains("*") || exempt.contains("127.0.0.1") { return }
    throw XCTSkip("a proxy is set and no_proxy does not exempt 127.0.0.1")
  }
}

/// A loopback TCP server that reads one request per connection (headers
/// and a Content-Length body), records it, and writes `reply`.
final class RawServer: @unchecked Sendable {
  let port: Int
  private let fd: Int32
  private let reply: String
  private let lock = NSLock()
  private var received: [String] = []

  /// The requests received so far, as text.
  var requests: [String] { lock.withLock { received } }

  /// A 200 answer with a JSON body and a Date header.
  static func ok(_ body: String) -> String {
    "HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\n"
      + "Date: \(HTTPDate.format(Date()))\r\nContent-Length: \(body.utf8.count)\r\n"
      + "Connection: close\r\n\r\n\(body)"
  }

  /// Binds 127.0.0.1 on a free port and starts answering.
  init(reply: String) throws {
    self.reply = reply
    (fd, port) = try Self.listen()
    let thread = Thread { [self] in acceptLoop() }
    thread.start()
  }

  /// A port that was free a moment ago and has no listener.
  static func unusedPort() throws -> Int {
    let (fd, port) = try listen()
    close(fd)
    return port
  }

  /// Stops accepting.
  func stop() {
    _ = shutdown(fd, Int32(SHUT_RDWR))
  }

  private static func listen() throws -> (Int32, Int) {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(fd, $0, length) == 0 && Glibc.listen(fd, 8) == 0
          && getsockname(fd, $0, &length) == 0
      }
    }
    guard fd >= 0, bound else { throw POSIXError(.EADDRNOTAVAIL) }
    return (fd, Int(UInt16(bigEndian: address.sin_port)))
  }

  private func acceptLoop() {
    while true {
      let client = accept(fd, nil, nil)
      if client < 0 { break }
      let request = Self.readRequest(client)
      lock.withLock { received.append(request) }
      let bytes = Array(reply.utf8)
      _ = bytes.withUnsafeBytes {
        send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
      }
      close(client)
    }
    close(fd)
  }

  /// Reads headers, then as many body bytes as Content-Length says.
  private static func readRequest(_ client: Int32) -> String {
    var data = [UInt8]()
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = recv(client, &buffer, buffer.count, 0)
      if count <= 0 { break }
      data += buffer[0..<count]
      let text = String(decoding: data, as: UTF8.self)
      guard let end = text.range(of: "\r\n\r\n") else { continue }
      let head = text[..<end.lowerBound].lowercased()
      let length =
        head.components(separatedBy: "\r\n")
        .first { $0.hasPrefix("content-length:") }
        .flatMap {
          Int(
            $0.dropFirst("content-length:".count).trimmingCharacters(
              in: .whitespaces))
        }
        ?? 0
      if text.utf8.count - text[..<end.upperBound].utf8.count >= length {
        break
      }
    }
    return String(decoding: data, as: UTF8.self)
  }
}
