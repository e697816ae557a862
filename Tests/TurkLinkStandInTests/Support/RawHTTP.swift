import Foundation

/// A minimal loopback HTTP client: sends bytes, reads until the server
/// closes. Enough to look at exact status lines, headers and bodies.
enum RawHTTP {
  /// A parsed answer.
  struct Response {
    /// The status code.
    var status: Int
    /// Header names lower-cased, values trimmed.
    var headers: [String: String]
    /// The body as text.
    var body: String
  }

  /// Sends `bytes` to 127.0.0.1:`port`; returns everything received.
  static func exchange(port: Int, _ bytes: [UInt8]) throws -> [UInt8] {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw POSIXError(.EIO) }
    defer { close(fd) }
    var limit = timeval(tv_sec: 20, tv_usec: 0)
    setsockopt(
      fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size)
    )

    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = in_addr_t(0x7f00_0001).bigEndian
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }

    _ = bytes.withUnsafeBytes {
      send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
    }
    var received: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 8192)
    while true {
      let count = chunk.withUnsafeMutableBytes {
        recv(fd, $0.baseAddress, $0.count, 0)
      }
      if count <= 0 { break }
      received += chunk[..<count]
    }
    return received
  }

  /// Splits a received answer into status, headers and body.
  static func parse(_ bytes: [UInt8]) -> Response? {
    let text = String(decoding: bytes, as: UTF8.self)
    guard let split = text.range(of: "\r\n\r\n") else { return nil }
    let lines = text[..<split.lowerBound].components(separatedBy: "\r\n")
    let statusParts = lines[0].split(separator: " ")
    guard statusParts.count >= 2, let status = Int(statusParts[1]) else {
      return nil
    }

    var headers: [String: String] = [:]
    for line in lines.dropFirst() {
      guard let colon = line.firstIndex(of: ":") else { continue }
      let value = line[line.index(after: colon)...].trimmingCharacters(
        in: .whitespaces)
      headers[line[..<colon].lowercased()] = value
    }
    return Response(
      status: status, headers: headers, body: String(text[split.upperBound...]))
  }
}
