import Foundation

/// The few POSIX socket steps the stand-in needs, loopback only.
enum Socket {
  /// What reading a connection produced.
  enum Read {
    /// A whole request.
    case request(ReceivedRequest)
    /// Bytes that are not an acceptable request: status and reason.
    case invalid(Int, String)
    /// The peer went away or timed out before a request arrived.
    case closed
  }

  /// The largest request head and body accepted.
  static let maxHead = 64 * 1024
  static let maxBody = 1024 * 1024

  /// A socket listening on 127.0.0.1:`port` (0 = any free port).
  static func listen(port: Int) throws -> Int32 {
    let fd = socket(
      AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    guard fd >= 0 else { throw StandInError.socket("socket", errno) }
    var yes: Int32 = 1
    setsockopt(
      fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))

    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(clamping: port).bigEndian)
    address.sin_addr.s_addr = in_addr_t(0x7f00_0001).bigEndian
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard bound == 0 else { return try fail(fd, "bind") }
    guard Glibc.listen(fd, 64) == 0 else { return try fail(fd, "listen") }
    return fd
  }

  /// The port `fd` is bound to.
  static func boundPort(_ fd: Int32) throws -> Int {
    var address = sockaddr_in()
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let result = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        getsockname(fd, $0, &length)
      }
    }
    guard result == 0 else { return Int(try fail(fd, "getsockname")) }
    return Int(UInt16(bigEndian: address.sin_port))
  }

  /// Makes reads and writes on `fd` give up after `seconds`.
  static func setTimeout(_ fd: Int32, seconds: Int) {
    var limit = timeval(tv_sec: seconds, tv_usec: 0)
    let size = socklen_t(MemoryLayout<timeval>.size)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, size)
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &limit, size)
  }

  /// Reads one HTTP/1.1 request: the head, then `Content-Length` bytes.
  static func readRequest(_ fd: Int32) -> Read {
    var buffer: [UInt8] = []
    let marker = Array("\r\n\r\n".utf8)
    var headEnd: Int?
    while headEnd == nil {
      guard buffer.count <= maxHead else {
        return .invalid(400, "Request head too large.")
      }
      guard receive(fd, into: &buffer) else { return .closed }
      headEnd = find(marker, in: buffer)
    }

    let head = String(decoding: buffer[..<headEnd!], as: UTF8.self)
    guard var request = ReceivedRequest.parseHead(head) else {
      return .invalid(400, "Not an HTTP/1.1 request.")
    }
    return readBody(fd, &request, already: Array(buffer[(headEnd! + 4)...]))
  }

  private static func readBody(
    _ fd: Int32, _ request: inout ReceivedRequest, already: [UInt8]
  ) -> Read {
    if request.header("transfer-encoding")?.lowercased() == "chunked" {
      return readChunked(fd, &request, already: already)
    }
    let length = Int(request.header("content-length") ?? "0") ?? -1
    guard length >= 0 else { return .invalid(400, "Bad Content-Length.") }
    guard length <= maxBody else {
      return .invalid(413, "Request body too large.")
    }
    if request.header("expect")?.lowercased() == "100-continue" {
      send(fd, Array("HTTP/1.1 100 Continue\r\n\r\n".utf8))
    }

    var body = already
    while body.count < length {
      guard receive(fd, into: &body) else { return .closed }
    }
    request.body = Array(body.prefix(length))
    return .request(request)
  }

  /// Reads a `Transfer-Encoding: chunked` body (no trailers expected).
  private static func readChunked(
    _ fd: Int32, _ request: inout ReceivedRequest, already: [UInt8]
  ) -> Read {
    var buffer = already
    var body: [UInt8] = []
    let crlf = Array("\r\n".utf8)
    while true {
      guard let sizeEnd = waitFor(crlf, fd, &buffer) else { return .closed }
      let sizeText = String(decoding: buffer[..<sizeEnd], as: UTF8.self)
      guard
        let size = Int(sizeText.split(separator: ";")[0].trimmed, radix: 16),
        size >= 0, body.count + size <= maxBody
      else { return .invalid(400, "Bad chunk size.") }
      let start = sizeEnd + 2
      while buffer.count < start + size + 2 {
        guard receive(fd, into: &buffer) else { return .closed }
      }
      if size == 0 { break }
      body += buffer[start..<(start + size)]
      buffer.removeFirst(start + size + 2)
    }
    request.body = body
    return .request(request)
  }

  /// The index of `marker` in `buffer`, receiving more until it appears.
  private static func waitFor(
    _ marker: [UInt8], _ fd: Int32, _ buffer: inout [UInt8]
  ) -> Int? {
    while true {
      if let index = find(marker, in: buffer) { return index }
      guard buffer.count <= maxHead, receive(fd, into: &buffer) else {
        return nil
      }
    }
  }

  /// Appends what one `recv` gives; false on end of stream or error.
  private static func receive(_ fd: Int32, into buffer: inout [UInt8]) -> Bool {
    var chunk = [UInt8](repeating: 0, count: 16 * 1024)
    let count = chunk.withUnsafeMutableBytes {
      recv(fd, $0.baseAddress, $0.count, 0)
    }
    guard count > 0 else { return false }
    buffer.append(contentsOf: chunk[..<count])
    return true
  }

  /// Writes all of `bytes`, never raising SIGPIPE if the peer is gone.
  static func send(_ fd: Int32, _ bytes: [UInt8]) {
    var offset = 0
    while offset < bytes.count {
      let sent = bytes[offset...].withUnsafeBytes {
        Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
      }
      guard sent > 0 else { return }
      offset += sent
    }
  }

  private static func find(_ marker: [UInt8], in buffer: [UInt8]) -> Int? {
    guard buffer.count >= marker.count else { return nil }
    for start in 0...(buffer.count - marker.count)
    where buffer[start..<(start + marker.count)].elementsEqual(marker) {
      return start
    }
    return nil
  }

  private static func fail(_ fd: Int32, _ call: String) throws -> Int32 {
    let code = errno
    close(fd)
    throw StandInError.socket(call, code)
  }
}
