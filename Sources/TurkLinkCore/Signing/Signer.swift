import Foundation

/// The intermediate and final values of one signature, kept so that tests
/// can compare each against the AWS suite and the stand-in can explain a
/// mismatch in its log.
public struct SignatureParts: Sendable, Equatable {
  /// The canonical request text.
  public var canonicalRequest: String
  /// The string to sign.
  public var stringToSign: String
  /// The hex signature.
  public var signature: String
  /// The `;`-joined lower-case names of the signed headers.
  public var signedHeaders: String
  /// The value of the `Authorization` header.
  public var authorization: String
}

/// Signs requests with AWS Signature Version 4 (header form).
public struct Signer: Sendable {
  /// The keys that sign.
  public var keys: AccessKeys
  /// The region of the credential scope, e.g. `us-east-1`.
  public var region: String
  /// The service of the credential scope: `mturk-requester` or `sts`.
  public var service: String
  /// Whether to remove dot segments and repeated slashes from the path
  /// (every service but S3 does).
  public var normalizePath: Bool
  /// Whether to add an `x-amz-content-sha256` header with the body hash.
  public var signBody: Bool
  /// A session token, sent as `X-Amz-Security-Token` (temporary keys only).
  public var sessionToken: String?
  /// Whether the session token header is part of the signature; a few
  /// services want it added after signing instead.
  public var signsSessionToken: Bool

  /// Creates a signer.
  public init(
    keys: AccessKeys, region: String, service: String,
    normalizePath: Bool = true, signBody: Bool = false,
    sessionToken: String? = nil,
    signsSessionToken: Bool = true
  ) {
    self.keys = keys
    self.region = region
    self.service = service
    self.normalizePath = normalizePath
    self.signBody = signBody
    self.sessionToken = sessionToken
    self.signsSessionToken = signsSessionToken
  }

  /// Signs `request` at `date`: returns the request with `X-Amz-Date`
  /// (and any token or body-hash header) and `Authorization` added.
  public func sign(_ request: SigningRequest, at date: Date) -> SigningRequest {
    signWithParts(request, at: date).request
  }

  /// Signs `request` at `date` like `sign(_:at:)`, and also returns the
  /// intermediate values (canonical request, string to sign).
  public func signWithParts(
    _ request: SigningRequest, at date: Date
  ) -> (request: SigningRequest, parts: SignatureParts) {
    var signed = request
    signed.headers = headersToSign(request, amzDate: Self.amzDate(date))

    var covered = signed
    if !signsSessionToken {
      covered.headers.removeAll {
        $0.name.lowercased() == "x-amz-security-token"
      }
    }
    let parts = signature(for: covered)

    signed.headers.append(.init("Authorization", parts.authorization))
    return (signed, parts)
  }

  /// Computes the signature of `request` exactly as given: every header in
  /// it is signed, and its `x-amz-date` header supplies the time.
  public func signature(for request: SigningRequest) -> SignatureParts {
    let amzDate = request.header("x-amz-date") ?? ""
    let dateStamp = String(amzDate.prefix(8))
    let scope = "\(dateStamp)/\(region)/\(service)/aws4_request"

    let (headerLines, signedHeaders) = Canonical.headers(request.headers)
    let canonicalRequest = [
      request.method,
      Canonical.uri(request.path, normalize: normalizePath),
      Canonical.query(request.query),
      headerLines,
      signedHeaders,
      Crypto.hex(Crypto.sha256(request.body)),
    ].joined(separator: "\n")

    let stringToSign = [
      "AWS4-HMAC-SHA256", amzDate, scope,
      Crypto.hex(Crypto.sha256(Array(canonicalRequest.utf8))),
    ].joined(separator: "\n")

    let key = signingKey(dateStamp: dateStamp)
    let signature = Crypto.hex(
      Crypto.hmacSHA256(key: key, message: Array(stringToSign.utf8)))
    let authorization =
      "AWS4-HMAC-SHA256 Credential=\(keys.accessKeyID)/\(scope), "
      + "SignedHeaders=\(signedHeaders), Signature=\(signature)"
    return SignatureParts(
      canonicalRequest: canonicalRequest, stringToSign: stringToSign,
      signature: signature, signedHeaders: signedHeaders,
      authorization: authorization)
  }

  /// The derived key for one day, region and service.
  func signingKey(dateStamp: String) -> [UInt8] {
    var key = Array("AWS4\(keys.secret)".utf8)
    for part in [dateStamp, region, service, "aws4_request"] {
      key = Crypto.hmacSHA256(key: key, message: Array(part.utf8))
    }
    return key
  }

  /// The request's headers plus those the signer adds, in the order the
  /// AWS suite writes them: token, date, then body hash.
  private func headersToSign(
    _ request: SigningRequest, amzDate: String
  ) -> [SigningRequest.Header] {
    var headers = request.headers.filter {
      $0.name.lowercased() != "authorization"
    }
    if let token = sessionToken {
      headers.append(.init("X-Amz-Security-Token", token))
    }
    if request.header("x-amz-date") == nil {
      headers.append(.init("X-Amz-Date", amzDate))
    }
    if signBody {
      let hash = Crypto.hex(Crypto.sha256(request.body))
      headers.append(.init("x-amz-content-sha256", hash))
    }
    return headers
  }

  /// `YYYYMMDD'T'HHMMSS'Z'` in UTC, the form of `X-Amz-Date`.
  ///
  /// Uses the C library's `gmtime_r`: a Foundation Calendar with a time
  /// zone loads ICU data, which cost `turklink check` ~6 MB of memory.
  public static func amzDate(_ date: Date) -> String {
    var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
    var utc = tm()
    gmtime_r(&seconds, &utc)
    let day = padded(Int(utc.tm_year) + 1900, 4) + padded(Int(utc.tm_mon) + 1, 2)
      + padded(Int(utc.tm_mday), 2)
    let time = padded(Int(utc.tm_hour), 2) + padded(Int(utc.tm_min), 2)
      + padded(Int(utc.tm_sec), 2)
    return day + "T" + time + "Z"
  }

  /// `value` in decimal, left-padded with zeros to `width` digits.
  private static func padded(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
