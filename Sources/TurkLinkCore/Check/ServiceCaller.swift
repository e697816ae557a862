import Foundation

/// How often and how patiently a call is repeated after a fault that a
/// later attempt may not meet (5xx, throttling, a dropped connection).
public struct RetryPolicy: Sendable {
  /// Attempts in all, the first included.
  public var attempts: Int
  /// The wait before the second attempt; it doubles for each further one.
  public var baseDelay: TimeInterval
  /// Up to this much random time is added to each wait.
  public var jitter: TimeInterval
  /// Waits the given seconds; throws when the task is cancelled.
  public var sleep: @Sendable (TimeInterval) async throws -> Void

  /// Creates a policy; `sleep` defaults to a cancellable `Task.sleep`.
  public init(
    attempts: Int = 3, baseDelay: TimeInterval = 0.2,
    jitter: TimeInterval = 0.1,
    sleep: @escaping @Sendable (TimeInterval) async throws -> Void = RetryPolicy
      .taskSleep
  ) {
    self.attempts = max(1, attempts)
    self.baseDelay = baseDelay
    self.jitter = jitter
    self.sleep = sleep
  }

  /// The default: three attempts, waiting 0.2 s then 0.4 s plus jitter.
  public static let standard = RetryPolicy()

  /// Sleeps with `Task.sleep`, so cancelling the task ends the wait.
  public static let taskSleep: @Sendable (TimeInterval) async throws -> Void = {
    seconds in
    try await Task.sleep(nanoseconds: UInt64(max(0, seconds) * 1_000_000_000))
  }

  /// The wait before attempt `attempt` (counting from 1 for the second).
  public func delay(before attempt: Int) -> TimeInterval {
    let exponent = Double(max(0, attempt - 1))
    return baseDelay * pow(2, exponent) + Double.random(in: 0...max(0, jitter))
  }
}

/// The result of one call plus what the server's clock said.
public struct CallOutcome<Value: Sendable & Equatable>: Sendable, Equatable {
  /// The decoded answer or the failure.
  public var result: Result<Value, CallFailure>
  /// Server time minus local time, in seconds, from the last answer's
  /// `Date` header; positive when the local clock is behind.
  public var clockOffset: TimeInterval?

  /// Creates an outcome.
  public init(
    result: Result<Value, CallFailure>, clockOffset: TimeInterval? = nil
  ) {
    self.result = result
    self.clockOffset = clockOffset
  }
}

/// Signs, sends and retries one AWS call; the clients build on it.
public struct ServiceCaller: Sendable {
  /// Sends the bytes.
  public var transport: any HTTPTransport
  /// When to try again.
  public var retry: RetryPolicy
  /// The local clock, used to sign and to measure skew.
  public var now: @Sendable () -> Date

  /// Creates a caller.
  public init(
    transport: any HTTPTransport, retry: RetryPolicy = .standard,
    now: @escaping @Sendable () -> Date = { Date() }
  ) {
    self.transport = transport
    self.retry = retry
    self.now = now
  }

  /// Sends the request `build` makes (signed afresh for each attempt),
  /// decodes the answer with `decode`, and retries retryable failures.
  public func call<Value>(
    build: (Date) -> HTTPRequest,
    decode: (HTTPResponse) -> Result<Value, CallFailure>
  ) async -> CallOutcome<Value> {
    var outcome = CallOutcome<Value>(result: .failure(.transport(.cancelled)))
    for attempt in 0..<retry.attempts {
      if attempt > 0 {
        do { try await retry.sleep(retry.delay(before: attempt)) } catch {
          return CallOutcome(
            result: .failure(.transport(.cancelled)),
            clockOffset: outcome.clockOffset)
        }
      }
      outcome = await once(build(now()), decode: decode)
      guard case .failure(let failure) = outcome.result, failure.isRetryable
      else {
        return outcome
      }
    }
    return outcome
  }

  /// One attempt: send, note the server's clock, decode.
  private func once<Value>(
    _ request: HTTPRequest, decode: (HTTPResponse) -> Result<Value, CallFailure>
  ) async -> CallOutcome<Value> {
    if Task.isCancelled {
      return CallOutcome(result: .failure(.transport(.cancelled)))
    }
    do {
      let response = try await transport.send(request)
      let offset = response.serverDate.map { $0.timeIntervalSince(now()) }
      return CallOutcome(result: decode(response), clockOffset: offset)
    } catch {
      return CallOutcome(result: .failure(.transport(error)))
    }
  }
}

/// Builds signed requests with exactly the headers that are signed.
enum SignedRequest {
  /// A POST to `url` with `headers` plus Host, signed for `service` in
  /// us-east-1 at `date`.
  static func post(
    to url: URL, keys: AccessKeys, service: String,
    headers: [SigningRequest.Header],
    body: Data, at date: Date
  ) -> HTTPRequest {
    let host = SigningRequest.Header("Host", hostHeader(url))
    // URLComponents keeps a trailing slash, which URL.path drops.
    let path =
      URLComponents(url: url, resolvingAgainstBaseURL: false)?.path ?? "/"
    let unsigned = SigningRequest(
      method: "POST", path: path.isEmpty ? "/" : path,
      headers: [host] + headers, body: Array(body))
    let signer = Signer(keys: keys, region: "us-east-1", service: service)
    let signed = signer.sign(unsigned, at: date)
    return HTTPRequest(
      url: url, method: "POST", headers: signed.headers, body: body)
  }

  /// The Host header: the host, with the port when it is not the
  /// scheme's default, and IPv6 literals in brackets.
  static func hostHeader(_ url: URL) -> String {
    var host = url.host ?? ""
    if host.contains(":") && !host.hasPrefix("[") { host = "[\(host)]" }
    let defaultPort = url.scheme?.lowercased() == "http" ? 80 : 443
    guard let port = url.port, port != defaultPort else { return host }
    return "\(host):\(port)"
  }
}
