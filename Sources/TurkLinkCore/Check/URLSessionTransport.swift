import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// Sends requests with URLSession: an ephemeral session (no cache or
/// cookies written under the home directory), `Data` bodies, no
/// redirects, and a timeout. Proxies come from the environment
/// (`HTTPS_PROXY`, `NO_PROXY`) through libcurl.
public final class URLSessionTransport: HTTPTransport, @unchecked Sendable {
  // URLSession is thread-safe; the class holds nothing mutable.
  private let session: URLSession
  /// Seconds to wait for an answer.
  public let timeout: TimeInterval

  /// Creates a transport that gives up after `timeout` seconds, rounded
  /// up to whole seconds: FoundationNetworking truncates a fraction, so
  /// 0.5 would otherwise time out at once.
  public init(timeout: TimeInterval = 10) {
    self.timeout = max(1, timeout.rounded(.up))
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = self.timeout
    configuration.timeoutIntervalForResource = self.timeout
    configuration.urlCache = nil
    configuration.httpCookieStorage = nil
    configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
    session = URLSession(
      configuration: configuration, delegate: NoRedirects(), delegateQueue: nil)
  }

  deinit { session.invalidateAndCancel() }

  /// Sends `request`, cancelling it when the calling task is cancelled.
  public func send(
    _ request: HTTPRequest
  ) async throws(TransportError) -> HTTPResponse {
    let box = TaskBox()
    let result: Result<HTTPResponse, TransportError> =
      await withTaskCancellationHandler {
        await withCheckedContinuation { continuation in
          let task = session.dataTask(with: urlRequest(request)) {
            data, response, error in
            continuation.resume(returning: Self.result(data, response, error))
          }
          box.start(task)
        }
      } onCancel: {
        box.cancel()
      }
    return try result.get()
  }

  /// The URLRequest with exactly the given headers and body.
  private func urlRequest(_ request: HTTPRequest) -> URLRequest {
    var urlRequest = URLRequest(url: request.url)
    urlRequest.httpMethod = request.method
    urlRequest.timeoutInterval = timeout
    urlRequest.cachePolicy = .reloadIgnoringLocalCacheData
    for header in request.headers {
      urlRequest.setValue(header.value, forHTTPHeaderField: header.name)
    }
    urlRequest.httpBody = request.body
    return urlRequest
  }

  /// Turns URLSession's completion arguments into a response or an error.
  static func result(
    _ data: Data?, _ response: URLResponse?, _ error: Error?
  ) -> Result<HTTPResponse, TransportError> {
    if let error { return .failure(transportError(error)) }
    guard let http = response as? HTTPURLResponse else {
      return .failure(.badResponse)
    }
    var headers: [String: String] = [:]
    for (name, value) in http.allHeaderFields {
      headers[String(describing: name)] = String(describing: value)
    }
    return .success(
      HTTPResponse(
        status: http.statusCode, headers: headers, body: data ?? Data()))
  }

  /// Sorts a URLSession error into the causes a diagnosis names.
  static func transportError(_ error: Error) -> TransportError {
    guard let urlError = error as? URLError else {
      return .other(Sanitizer.standard.clean(String(describing: error)))
    }
    switch urlError.code {
    case .timedOut: return .timeout
    case .cannotFindHost, .dnsLookupFailed: return .dns
    case .secureConnectionFailed, .serverCertificateUntrusted,
      .serverCertificateHasBadDate,
      .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot,
      .clientCertificateRejected, .clientCertificateRequired:
      return .tls
    case .cannotConnectToHost, .notConnectedToInternet,
      .internationalRoamingOff,
      .dataNotAllowed:
      return .cannotConnect
    // libcurl's "empty reply from server" arrives as badServerResponse.
    case .networkConnectionLost, .zeroByteResource, .cannotParseResponse,
      .badServerResponse:
      return .connectionLost
    case .httpTooManyRedirects, .redirectToNonExistentLocation:
      return .badResponse
    case .cancelled: return .cancelled
    default:
      return .other(Sanitizer.standard.clean(urlError.localizedDescription))
    }
  }
}

/// Holds the data task so a cancellation arriving from another thread,
/// even before the task exists, reaches it.
private final class TaskBox: @unchecked Sendable {
  private let lock = NSLock()
  private var task: URLSessionDataTask?
  private var cancelled = false

  /// Starts `task`, or cancels it at once when cancellation came first.
  func start(_ task: URLSessionDataTask) {
    lock.lock()
    self.task = task
    let cancelNow = cancelled
    lock.unlock()
    task.resume()
    if cancelNow { task.cancel() }
  }

  /// Cancels the task, now or when it starts.
  func cancel() {
    lock.lock()
    cancelled = true
    let current = task
    lock.unlock()
    current?.cancel()
  }
}

/// Refuses redirects: a signed request must not wander to another host.
private final class NoRedirects: NSObject, URLSessionTaskDelegate,
  @unchecked Sendable
{
  /// Declines every redirect; the 3xx answer is returned as it is.
  func urlSession(
    _ session: URLSession, task: URLSessionTask,
    willPerformHTTPRedirection response: HTTPURLResponse,
    newRequest request: URLRequest,
    completionHandler: @escaping @Sendable (URLRequest?) -> Void
  ) {
    completionHandler(nil)
  }
}
