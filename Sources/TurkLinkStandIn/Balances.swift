import TurkLinkCore

/// MTurk's `GetAccountBalance` answer for a verified account: its fault
/// first, then its state.
struct Balances: Sendable {
  /// Which marketplace the server plays.
  var mode: Marketplace
  /// How long the `delay` fault waits.
  var delay: Double

  /// The sandbox always has play money.
  static let sandboxBalance = "10000.00"

  /// The answer for `account`.
  func answer(for account: StandInAccount) -> Outcome {
    if let fault = account.fault {
      return answer(fault, account)
    }
    return outcome(stateReply(account))
  }

  private func stateReply(_ account: StandInAccount) -> ServerReply {
    switch account.state {
    case .noPolicyAccessDenied:
      return Replies.mturkError(
        400, "AccessDeniedException",
        "User: \(account.arn) is not authorized to perform: "
          + "mechanicalturk:GetAccountBalance")
    case .noPolicyRequestError:
      return Replies.mturkError(
        400, "RequestError",
        "This user is not authorized to call GetAccountBalance; "
          + "attach an MTurk policy such as AmazonMechanicalTurkFullAccess.",
        turkCode: "AWS.MechanicalTurk.PermissionDenied")
    case .productionNotLinked where mode == .production,
      .sandboxNotLinked where mode == .sandbox:
      return notLinked()
    default:
      return mode == .sandbox
        ? Replies.balance(available: Self.sandboxBalance, onHold: nil)
        : Replies.balance(
          available: account.productionBalance, onHold: account.onHold)
    }
  }

  /// The RequestError MTurk gives when no requester account is linked.
  private func notLinked() -> ServerReply {
    let site =
      mode == .sandbox ? "requestersandbox.mturk.com" : "requester.mturk.com"
    return Replies.mturkError(
      400, "RequestError",
      "This AWS account is not linked to an MTurk requester account. "
        + "Link them at https://\(site)/developer; a new link can take "
        + "a few minutes to work.",
      turkCode: "AWS.AccountNotLinked")
  }

  private func answer(_ fault: Fault, _ account: StandInAccount) -> Outcome {
    switch fault {
    case .drop:
      return Outcome(
        response: nil, record: LogRecord("", nil, true, code: "drop"))
    case .delay:
      var delayed = outcome(stateReply(account))
      delayed.delay = delay
      return delayed
    case .serverError:
      return outcome(
        Replies.mturkError(
          500, "ServiceFault",
          "The service could not handle the request; try again."))
    case .throttle:
      return outcome(
        Replies.mturkError(400, "ThrottlingException", "Rate exceeded"))
    case .garbage:
      let body = "<html><body>upstream hiccup: not JSON</body></html>"
      let response = ServerReply(
        status: 200, contentType: Replies.jsonType, body: body)
      return Outcome(
        response: response, record: LogRecord("", nil, true, code: "garbage"))
    case .escapes:
      return outcome(
        Replies.mturkError(
          400, "RequestError", Self.hostileMessage,
          turkCode: "AWS.MechanicalTurk.ServiceError"))
    }
  }

  /// A message built to wreck a terminal that prints server text raw:
  /// clear screen, window title, bell, colours, cursor moves, NUL, CR, BS.
  static let hostileMessage =
    "Balance lookup failed\u{1b}[2J\u{1b}]0;pwned\u{07}\u{1b}[31m red"
    + "\u{1b}[0m\u{1b}[10;10H\r\u{08}\u{00}\u{9b}31m\u{7f} end"

  private func outcome(_ response: ServerReply) -> Outcome {
    Outcome(response: response, record: LogRecord("", nil, true, response))
  }
}
