import Foundation
import TurkLinkCore

/// Why a request's signature was not accepted.
enum AuthFailure: Sendable, Equatable {
  /// No `Authorization` header.
  case missing
  /// The header or `X-Amz-Date` cannot be read.
  case malformed(String)
  /// No active key has this ID (inactive keys land here too).
  case unknownKey
  /// The credential scope names the wrong region, service or date.
  case wrongScope(String)
  /// `X-Amz-Date` is too far from the server's clock.
  case expired(String)
  /// The recomputed signature differs: wrong secret or altered request.
  case mismatch
}

/// The verdict on one request's signature.
enum Verdict: Sendable, Equatable {
  /// Signed by this account's key, in time.
  case valid(StandInAccount)
  /// Rejected; `keyID` is the claimed key ID when it could be read.
  case rejected(AuthFailure, keyID: String?)
}

/// Checks Signature Version 4 the way AWS does: by recomputing the
/// signature from the received request with the stored secret.
struct Verifier: Sendable {
  /// The keys and the clock.
  var configuration: StandInConfiguration

  /// The fields of an `Authorization` header.
  struct Credential: Equatable {
    var keyID: String
    var date: String
    var region: String
    var service: String
    var terminator: String
    var signedHeaders: [String]
    var signature: String
  }

  /// Verifies `request` as addressed to `service`.
  func verify(_ request: ReceivedRequest, service: Service) -> Verdict {
    guard let header = request.header("authorization") else {
      return .rejected(.missing, keyID: nil)
    }
    guard let credential = Self.parse(header) else {
      return .rejected(.malformed("Authorization header"), keyID: nil)
    }
    let keyID = credential.keyID

    guard let account = configuration.account(keyID: keyID),
      account.state != .inactive
    else { return .rejected(.unknownKey, keyID: keyID) }
    if let failure = checkScopeAndTime(request, credential, service: service) {
      return .rejected(failure, keyID: keyID)
    }

    let expected = recompute(request, credential, secret: account.secret)
    guard Self.constantTimeEqual(expected, credential.signature) else {
      return .rejected(.mismatch, keyID: keyID)
    }
    return .valid(account)
  }

  /// Scope region, service and date, then the clock skew.
  private func checkScopeAndTime(
    _ request: ReceivedRequest, _ credential: Credential, service: Service
  ) -> AuthFailure? {
    if credential.region != "us-east-1" {
      return .wrongScope("Credential should be scoped to region 'us-east-1'.")
    }
    if credential.service != service.scopeName
      || credential.terminator != "aws4_request"
    {
      return .wrongScope(
        "Credential should be scoped to service '\(service.scopeName)'.")
    }
    guard let amzDate = request.header("x-amz-date"),
      let date = Self.parseAmzDate(amzDate)
    else { return .malformed("X-Amz-Date") }
    if !amzDate.hasPrefix(credential.date) {
      return .wrongScope(
        "Credential date \(credential.date) does not match \(amzDate).")
    }
    return skewFailure(amzDate, date)
  }

  /// The AWS-style expiry message when `date` is outside the window.
  private func skewFailure(_ amzDate: String, _ date: Date) -> AuthFailure? {
    let now = configuration.now
    let skew = configuration.maxSkew
    let minutes = Int(skew / 60)
    if date < now.addingTimeInterval(-skew) {
      let limit = Signer.amzDate(now.addingTimeInterval(-skew))
      return .expired(
        "Signature expired: \(amzDate) is now earlier than \(limit) "
          + "(\(Signer.amzDate(now)) - \(minutes) min.)")
    }
    if date > now.addingTimeInterval(skew) {
      let limit = Signer.amzDate(now.addingTimeInterval(skew))
      return .expired(
        "Signature not yet current: \(amzDate) is still later than \(limit) "
          + "(\(Signer.amzDate(now)) + \(minutes) min.)")
    }
    return nil
  }

  /// The signature of the request as received, over exactly the headers
  /// it says it signed.
  private func recompute(
    _ request: ReceivedRequest, _ credential: Credential, secret: String
  ) -> String {
    let names = Set(credential.signedHeaders)
    let headers = request.headers.filter {
      names.contains($0.name.lowercased())
    }
    let received = SigningRequest(
      method: request.method, path: request.path ?? "", query: request.query,
      headers: headers, body: request.body)
    let keys = AccessKeys(accessKeyID: credential.keyID, secret: secret)
    let signer = Signer(
      keys: keys, region: credential.region, service: credential.service)
    return signer.signature(for: received).signature
  }

  /// Reads `AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…`.
  static func parse(_ header: String) -> Credential? {
    let prefix = "AWS4-HMAC-SHA256 "
    guard header.hasPrefix(prefix) else { return nil }
    var fields: [String: String] = [:]
    for part in header.dropFirst(prefix.count).split(separator: ",") {
      let pair = part.trimmed.split(separator: "=", maxSplits: 1)
      guard pair.count == 2 else { return nil }
      fields[String(pair[0])] = String(pair[1])
    }
    guard let scope = fields["Credential"]?.split(separator: "/"),
      scope.count == 5,
      let signed = fields["SignedHeaders"], let signature = fields["Signature"]
    else { return nil }
    return Credential(
      keyID: String(scope[0]), date: String(scope[1]), region: String(scope[2]),
      service: String(scope[3]), terminator: String(scope[4]),
      signedHeaders: signed.split(separator: ";").map(String.init),
      signature: signature)
  }

  /// Parses `YYYYMMDD'T'HHMMSS'Z'`.
  static func parseAmzDate(_ text: String) -> Date? {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
    return formatter.date(from: text)
  }

  /// Compares two strings in time that depends only on their length.
  static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
    let left = Array(a.utf8)
    let right = Array(b.utf8)
    guard left.count == right.count else { return false }
    var difference: UInt8 = 0
    for index in left.indices {
      difference |= left[index] ^ right[index]
    }
    return difference == 0
  }
}
