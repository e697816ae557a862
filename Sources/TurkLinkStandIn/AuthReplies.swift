/// The answers each service gives when a signature is not accepted.
enum AuthReplies {
  /// The error for `failure`, in `service`'s shape and status.
  static func reply(
    _ failure: AuthFailure, service: Service, requestID: String
  ) -> ServerReply {
    let (mturkType, stsCode, message) = describe(failure)
    switch service {
    case .mturk:
      return Replies.mturkError(400, mturkType, message)
    case .sts:
      let status =
        failure == .unknownKey || failure == .missing ? 403 : stsStatus(failure)
      return Replies.stsError(status, stsCode, message, requestID: requestID)
    }
  }

  /// STS answers signature problems with 403, malformed requests with 400.
  private static func stsStatus(_ failure: AuthFailure) -> Int {
    if case .malformed = failure { return 400 }
    return 403
  }

  /// The MTurk error type, the STS error code and the message.
  private static func describe(_ failure: AuthFailure) -> (
    String, String, String
  ) {
    switch failure {
    case .missing:
      return (
        "MissingAuthenticationTokenException", "MissingAuthenticationToken",
        "The request carries no Authorization header."
      )
    case .malformed(let what):
      return (
        "IncompleteSignatureException", "IncompleteSignature",
        "The request's \(what) could not be read as Signature Version 4."
      )
    case .unknownKey:
      return (
        "UnrecognizedClientException", "InvalidClientTokenId",
        "The access key ID in the request is not an active key."
      )
    case .wrongScope(let message):
      return ("InvalidSignatureException", "SignatureDoesNotMatch", message)
    case .expired(let message):
      return ("InvalidSignatureException", "SignatureDoesNotMatch", message)
    case .mismatch:
      return (
        "InvalidSignatureException", "SignatureDoesNotMatch",
        "The signature in the request differs from the one computed for it. "
          + "Check the secret access key and the signing method."
      )
    }
  }
}
