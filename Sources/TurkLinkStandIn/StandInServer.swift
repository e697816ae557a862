import Foundation
import Synchronization

/// Why the stand-in could not start.
public enum StandInError: Error, CustomStringConvertible, Sendable {
  /// A socket call failed: which one, and `errno`.
  case socket(String, Int32)
  /// The log file could not be opened.
  case log(String, Int32)

  /// A one-line explanation.
  public var description: String {
    switch self {
    case .socket(let call, let code):
      "stand-in: \(call) failed: \(String(cString: strerror(code)))"
    case .log(let path, let code):
      "stand-in: cannot open log \(path): \(String(cString: strerror(code)))"
    }
  }
}

/// A loopback HTTP server that answers like MTurk `GetAccountBalance` and
/// STS `GetCallerIdentity`, verifying SigV4 signatures for real.
///
/// One thread accepts; each connection gets its own thread, is answered
/// once and closed.
public final class StandInServer: Sendable {
  /// Accounts, mode, clock and port.
  public let configuration: StandInConfiguration
  private let listener = Mutex<Int32>(-1)
  private let log = Mutex<RequestLog?>(nil)

  /// Creates a server; nothing listens until `start()`.
  public init(_ configuration: StandInConfiguration) {
    self.configuration = configuration
  }

  /// Binds 127.0.0.1 on the configured port, starts accepting, and
  /// returns the bound port.
  public func start() throws -> Int {
    if let path = configuration.logPath {
      let opened = try RequestLog(path: path)
      log.withLock { $0 = opened }
    }
    let fd = try Socket.listen(port: configuration.port)
    let port = try Socket.boundPort(fd)
    listener.withLock { $0 = fd }

    let thread = Thread { [self] in acceptLoop(fd) }
    thread.name = "standin-accept"
    thread.start()
    return port
  }

  /// Stops accepting; connections already accepted finish on their own.
  public func stop() {
    let fd = listener.withLock { fd in
      defer { fd = -1 }
      return fd
    }
    // Shutting the socket down wakes the blocked accept(); the accept
    // thread then closes it, so its number cannot be reused under it.
    if fd >= 0 { _ = shutdown(fd, Int32(SHUT_RDWR)) }
  }

  private func acceptLoop(_ fd: Int32) {
    while true {
      let client = accept(fd, nil, nil)
      if client < 0 {
        if errno == EINTR || errno == ECONNABORTED { continue }
        break
      }
      Thread.detachNewThread { [self] in serve(client) }
    }
    close(fd)
  }

  /// Reads one request, answers it (or not) and closes the connection.
  private func serve(_ client: Int32) {
    defer { close(client) }
    Socket.setTimeout(client, seconds: 10)

    let requestID = UUID().uuidString.lowercased()
    let outcome: Outcome
    switch Socket.readRequest(client) {
    case .request(let request):
      outcome = Responder(configuration: configuration)
        .respond(to: request, requestID: requestID)
    case .invalid(let status, let message):
      let response = Replies.mturkError(status, "ValidationException", message)
      outcome = Outcome(
        response: response, record: LogRecord("", nil, nil, response))
    case .closed:
      return
    }

    if outcome.delay > 0 { Thread.sleep(forTimeInterval: outcome.delay) }
    if let response = outcome.response {
      Socket.send(
        client,
        response.serialized(date: configuration.now, requestID: requestID))
    }
    log.withLock { log in
      log?.write(
        outcome.record, mode: configuration.mode.rawValue, time: Date())
    }
  }
}
