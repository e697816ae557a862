import Foundation

/// An HTTP request as Signature Version 4 sees it, before signing.
///
/// Path and query are held decoded; the signer does the encoding, so the
/// client (which builds requests) and the stand-in (which receives them)
/// canonicalise the same way.
public struct SigningRequest: Sendable, Equatable {
  /// A header, in the order it was set; duplicates are allowed.
  public struct Header: Sendable, Equatable {
    /// The header name in any case.
    public var name: String
    /// The raw value; the signer trims and folds it.
    public var value: String

    /// Creates a header.
    public init(_ name: String, _ value: String) {
      self.name = name
      self.value = value
    }
  }

  /// A query parameter, decoded.
  public struct QueryItem: Sendable, Equatable {
    /// The decoded name.
    public var name: String
    /// The decoded value ("" when the parameter has none).
    public var value: String

    /// Creates a query parameter.
    public init(_ name: String, _ value: String) {
      self.name = name
      self.value = value
    }
  }

  /// The HTTP method, e.g. `POST`.
  public var method: String
  /// The decoded path, e.g. `/` or `/example space/`.
  public var path: String
  /// The decoded query parameters.
  public var query: [QueryItem]
  /// The headers to sign (at least `host`).
  public var headers: [Header]
  /// The body bytes.
  public var body: [UInt8]

  /// Creates a request.
  public init(
    method: String, path: String = "/", query: [QueryItem] = [],
    headers: [Header], body: [UInt8] = []
  ) {
    self.method = method
    self.path = path
    self.query = query
    self.headers = headers
    self.body = body
  }

  /// The first value of a header, matched without regard to case.
  public func header(_ name: String) -> String? {
    headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
  }
}
