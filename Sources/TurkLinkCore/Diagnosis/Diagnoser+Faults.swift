import Foundation

extension Diagnoser {
  /// The key ID is unknown to AWS.
  func unknownKey(detail: String?) -> Diagnosis {
    Diagnosis(
      code: .unknownKey,
      message:
        "AWS does not know this access key ID: it may be mistyped, deleted or "
        + "deactivated; create a new access key.",
      step: .accessKeys, detail: detail)
  }

  /// The key ID is known but the secret does not match it.
  func wrongSecret(detail: String?) -> Diagnosis {
    Diagnosis(
      code: .wrongSecret,
      message:
        "AWS knows this access key ID, but the secret does not match it; paste the "
        + "secret again, or create a new key if the secret is lost.",
      step: .accessKeys, detail: detail)
  }

  /// No requester account is linked to the keys' AWS account.
  func notLinked(target: CheckTarget, detail: String?) -> Diagnosis {
    guard target == .sandbox else {
      return Diagnosis(
        code: .notLinked,
        message:
          "The keys work, but no MTurk requester account is linked to their AWS "
          + "account (or they belong to another AWS account); link the requester account.",
        step: .requesterAccount, detail: detail)
    }
    return Diagnosis(
      code: .sandboxNotLinked,
      message:
        "The sandbox requester account is not linked to this AWS account; that is "
        + "optional and only needed to try HITs out for free.",
      step: nil,
      detail:
        "To link it, sign in at https://requestersandbox.mturk.com/developer with the "
        + "same AWS account.")
  }

  /// The IAM user lacks MTurk permission, or a policy denies it.
  func noPermission(_ fault: ServiceFault, detail: String?) -> Diagnosis {
    let message =
      FaultKind.isExplicitDeny(fault)
      ? "A policy set by your organisation or AWS administrator blocks MTurk for these "
        + "keys, so attaching the MTurk policy is not enough; ask them to allow it."
      : "The IAM user is not allowed to use MTurk; attach the "
        + "AmazonMechanicalTurkFullAccess policy to it."
    return Diagnosis(
      code: .noPermission, message: message, step: .policy, detail: detail)
  }

  /// AWS failed or asked to slow down, even after the retries.
  func serviceError(
    _ fault: ServiceFault, target: CheckTarget, detail: String?
  ) -> Diagnosis {
    let subject = target.subject
    let message: String
    if fault.isThrottling {
      message =
        "\(subject) asked turklink to slow down (throttling) and kept refusing; wait a "
        + "minute and check again."
    } else if fault.status >= 500 {
      message =
        "\(subject) had a server error (HTTP \(fault.status)) on every try; this is on "
        + "Amazon's side, so check again in a few minutes."
    } else {
      let code = fault.code.isEmpty ? "HTTP \(fault.status)" : fault.code
      message =
        "\(subject) refused the request with an error turklink does not know (\(code)); "
        + "check again later."
    }
    return Diagnosis(
      code: .serviceError, message: message, step: nil, detail: detail)
  }

  /// An answer that is neither the expected result nor a known error.
  func unreadable(status: Int, target: CheckTarget) -> Diagnosis {
    Diagnosis(
      code: .serviceError,
      message:
        "\(target.subject) sent an answer turklink cannot read (HTTP \(status)); "
        + "check again later, and check any --endpoint-url setting.",
      step: nil)
  }

  /// No answer at all: name the cause.
  func network(_ error: TransportError, target: CheckTarget) -> Diagnosis {
    let name = target.serviceName
    let subject = target.subject
    let message: String
    switch error {
    case .timeout:
      message =
        "\(subject) did not answer in time; check your internet connection and try again."
    case .dns:
      message =
        "The address of \(name) could not be found (DNS); check your internet "
        + "connection and any proxy settings."
    case .tls:
      message =
        "A secure (TLS) connection to \(name) could not be set up; a proxy or "
        + "firewall may be in the way, or the computer's clock may be wrong."
    case .cannotConnect:
      message =
        "turklink could not connect to \(name); check your internet connection "
        + "and any proxy settings."
    case .connectionLost:
      message =
        "The connection to \(name) dropped on every try; check your internet "
        + "connection and try again."
    case .badResponse:
      message =
        "\(subject) answered with something that is not a valid reply; check any "
        + "--endpoint-url or proxy setting."
    case .cancelled:
      message = "The check was stopped before \(name) answered."
    case .other(let text):
      message =
        "The request to \(name) failed (\(text)); check your internet connection."
    }
    return Diagnosis(code: .network, message: message, step: nil)
  }
}

/// Recognises the kinds of AWS error answers, by code and by message.
enum FaultKind {
  /// The request's time is too far from the server's.
  static func isExpired(_ fault: ServiceFault) -> Bool {
    let codes = ["RequestExpired", "RequestTimeTooSkewed", "SignatureExpired"]
    let text = fault.message.lowercased()
    return codes.contains(fault.code) || text.contains("signature expired")
      || text.contains("signature not yet current")
  }

  /// The key ID is unknown, deleted or deactivated.
  static func isUnknownKey(_ fault: ServiceFault) -> Bool {
    ["UnrecognizedClientException", "InvalidClientTokenId"].contains(fault.code)
  }

  /// The signature does not match (usually a wrong secret).
  static func isSignature(_ fault: ServiceFault) -> Bool {
    ["InvalidSignatureException", "SignatureDoesNotMatch"].contains(fault.code)
  }

  /// No requester account is linked to the AWS account.
  static func isNotLinked(_ fault: ServiceFault) -> Bool {
    let turk = fault.turkErrorCode ?? ""
    let text = fault.message.lowercased()
    let phrases = [
      "not linked", "isn't linked", "is not linked", "not been linked",
      "link your aws account",
    ]
    return turk.contains("AccountNotLinked") || turk.contains("NotLinked")
      || phrases.contains(where: text.contains)
  }

  /// The principal may not call MTurk.
  static func isPermission(_ fault: ServiceFault) -> Bool {
    let turk = fault.turkErrorCode ?? ""
    let text = fault.message.lowercased()
    return fault.code == "AccessDeniedException" || fault.code == "AccessDenied"
      || turk.contains("PermissionDenied") || text.contains("not authorized")
  }

  /// A policy explicitly denies the call (an organisation's SCP, say).
  static func isExplicitDeny(_ fault: ServiceFault) -> Bool {
    fault.message.lowercased().contains("explicit deny")
  }

  /// Server minus request time from a "Signature expired: A is now
  /// earlier than B (C - 15 min.)" message: C minus A.
  static func offsetInMessage(_ message: String) -> TimeInterval? {
    let stamps = message.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
      .compactMap { AmzDate.parse(String($0)) }
    guard stamps.count >= 2, let first = stamps.first, let last = stamps.last
    else {
      return nil
    }
    return last.timeIntervalSince(first)
  }
}
