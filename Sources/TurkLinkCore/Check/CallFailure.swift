import Foundation

/// Which service one call of a key check went to.
public enum CheckTarget: String, Sendable, CaseIterable {
  /// STS `GetCallerIdentity`.
  case sts
  /// MTurk production `GetAccountBalance`.
  case production
  /// MTurk sandbox `GetAccountBalance`.
  case sandbox

  /// The target that asks `marketplace`.
  public init(_ marketplace: Marketplace) {
    self = marketplace == .production ? .production : .sandbox
  }

  /// How a newcomer would name the service.
  public var serviceName: String {
    switch self {
    case .sts: "AWS (STS)"
    case .production: "MTurk"
    case .sandbox: "the MTurk sandbox"
    }
  }

  /// The service name at the start of a sentence.
  public var subject: String {
    serviceName.prefix(1).uppercased() + serviceName.dropFirst()
  }
}

/// An error answer from AWS, decoded and cleaned.
public struct ServiceFault: Sendable, Equatable {
  /// The HTTP status.
  public var status: Int
  /// The error code without any namespace, e.g. `InvalidClientTokenId`,
  /// `RequestError`; empty when the answer named none.
  public var code: String
  /// The server's message, already passed through the Sanitizer.
  public var message: String
  /// MTurk's own finer code, e.g. `AWS.MechanicalTurk.PermissionDenied`.
  public var turkErrorCode: String?

  /// Creates a fault; `message` is cleaned here.
  public init(
    status: Int, code: String, message: String, turkErrorCode: String? = nil
  ) {
    self.status = status
    self.code = Sanitizer(maxLength: 80).clean(code)
    self.message = Sanitizer.standard.clean(message)
    self.turkErrorCode = turkErrorCode.map {
      Sanitizer(maxLength: 80).clean($0)
    }
  }

  /// True when AWS asks the client to slow down.
  public var isThrottling: Bool {
    let codes = [
      "Throttling", "ThrottlingException", "TooManyRequestsException",
      "RequestLimitExceeded",
    ]
    return codes.contains(code) || (turkErrorCode ?? "").contains("Throttl")
  }

  /// True for a fault a later attempt may not meet: 5xx or throttling.
  public var isRetryable: Bool { status >= 500 || isThrottling }
}

/// Why one call of a key check gave no usable answer.
public enum CallFailure: Error, Sendable, Equatable {
  /// AWS answered with an error.
  case fault(ServiceFault)
  /// No answer arrived.
  case transport(TransportError)
  /// An answer arrived that cannot be read (not XML/JSON, fields missing).
  case malformed(status: Int)

  /// True when the same request may succeed a moment later.
  public var isRetryable: Bool {
    switch self {
    case .fault(let fault): fault.isRetryable
    case .transport(let error): error.isRetryable
    case .malformed(let status): status >= 500
    }
  }
}
