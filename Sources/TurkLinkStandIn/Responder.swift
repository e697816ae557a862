import Foundation

/// What the server does with one request.
struct Outcome: Sendable {
  /// The answer; `nil` means close the connection without one.
  var response: ServerReply?
  /// Seconds to wait before answering.
  var delay: TimeInterval = 0
  /// The log record: operation, key ID, signature verdict, outcome code.
  var record: LogRecord
}

/// Turns a received request into the answer MTurk or STS would give.
struct Responder: Sendable {
  /// The MTurk operation the stand-in implements.
  static let balanceTarget = "MTurkRequesterServiceV20170117.GetAccountBalance"

  /// Accounts, mode and clock.
  var configuration: StandInConfiguration

  /// Routes, verifies and answers `request`.
  func respond(to request: ReceivedRequest, requestID: String) -> Outcome {
    if let target = request.header("x-amz-target") {
      return mturk(request, target: target)
    }
    if let action = Self.stsAction(request) {
      return sts(request, action: action, requestID: requestID)
    }
    let operation = "unknown"
    let response = Replies.mturkError(
      400, "UnknownOperationException", "No operation was named in the request."
    )
    return Outcome(
      response: response, record: LogRecord(operation, nil, nil, response))
  }

  /// The STS `Action`, from the form body or the query string.
  static func stsAction(_ request: ReceivedRequest) -> String? {
    let type = request.header("content-type") ?? ""
    let form =
      type.hasPrefix("application/x-www-form-urlencoded") ? request.form : []
    return (form + request.query).first { $0.name == "Action" }?.value
  }

  private func mturk(_ request: ReceivedRequest, target: String) -> Outcome {
    let operation = target.split(separator: ".").last.map(String.init) ?? target
    let verdict = Verifier(configuration: configuration).verify(
      request, service: .mturk)
    guard case .valid(let account) = verdict else {
      return rejected(
        verdict, operation: operation, service: .mturk, requestID: "")
    }

    var outcome = operate(request, target: target, account: account)
    outcome.record.operation = operation
    outcome.record.keyID = account.accessKeyID
    outcome.record.signatureValid = true
    return outcome
  }

  /// The answer to a verified MTurk request: only `GetAccountBalance`
  /// with a JSON body gets past the operation and body checks.
  private func operate(
    _ request: ReceivedRequest, target: String, account: StandInAccount
  ) -> Outcome {
    guard target == Self.balanceTarget else {
      let operation = target.split(separator: ".").last ?? ""
      return reply(
        Replies.mturkError(
          400, "UnknownOperationException",
          "The stand-in does not implement \(operation)."))
    }
    let body = Data(request.body)
    guard (try? JSONSerialization.jsonObject(with: body)) is [String: Any]
    else {
      return reply(
        Replies.mturkError(
          400, "SerializationException",
          "The request body is not a JSON object."))
    }
    return Balances(mode: configuration.mode, delay: configuration.delay)
      .answer(for: account)
  }

  private func sts(_ request: ReceivedRequest, action: String, requestID: String)
    -> Outcome
  {
    let verdict = Verifier(configuration: configuration).verify(
      request, service: .sts)
    guard case .valid(let account) = verdict else {
      return rejected(
        verdict, operation: action, service: .sts, requestID: requestID)
    }
    let response =
      action == "GetCallerIdentity"
      ? Replies.callerIdentity(account, requestID: requestID)
      : Replies.stsError(
        400, "InvalidAction", "The stand-in does not implement \(action).",
        requestID: requestID)
    return Outcome(
      response: response,
      record: LogRecord(action, account.accessKeyID, true, response))
  }

  private func reply(_ response: ServerReply) -> Outcome {
    Outcome(response: response, record: LogRecord("", nil, true, response))
  }

  /// The error a service gives for a rejected signature.
  private func rejected(
    _ verdict: Verdict, operation: String, service: Service, requestID: String
  ) -> Outcome {
    // Callers only pass rejections; a valid verdict would be a bug here.
    guard case .rejected(let failure, let keyID) = verdict else {
      preconditionFailure("rejected(_:) called with a valid verdict")
    }
    let response = AuthReplies.reply(
      failure, service: service, requestID: requestID)
    let checked: Bool? = failure == .mismatch ? false : nil
    return Outcome(
      response: response, record: LogRecord(operation, keyID, checked, response)
    )
  }
}
