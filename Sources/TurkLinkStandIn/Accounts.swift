import TurkLinkCore

/// How a stand-in account behaves towards MTurk: the situations the
/// diagnosis table of the design must recognise.
public enum AccountState: String, Codable, CaseIterable, Sendable {
  /// Linked, policy attached, funded.
  case healthy
  /// Linked and allowed, but the production balance is 0.00.
  case zeroBalance
  /// The production requester account is not linked to the AWS account.
  case productionNotLinked
  /// Production works; the sandbox requester account is not linked.
  case sandboxNotLinked
  /// No MTurk policy: IAM answers `AccessDeniedException`.
  case noPolicyAccessDenied
  /// No MTurk policy: MTurk answers a `RequestError` saying so.
  case noPolicyRequestError
  /// The keys belong to the account's root user; everything works.
  case root
  /// The key was deactivated or deleted: AWS no longer knows it.
  case inactive
}

/// A failure injected into the MTurk answers of one account, to exercise
/// the client's handling of a broken service or network.
public enum Fault: String, Codable, CaseIterable, Sendable {
  /// Close the connection without answering.
  case drop
  /// Wait `StandInConfiguration.delay` seconds, then answer normally.
  case delay
  /// HTTP 500 `ServiceFault`.
  case serverError
  /// HTTP 400 `ThrottlingException`.
  case throttle
  /// HTTP 200 with a body that is not JSON.
  case garbage
  /// A `RequestError` whose message holds escape sequences and other
  /// control characters, which a client must never print raw.
  case escapes
}

/// One set of access keys the stand-in knows, and how AWS treats them.
///
/// Stand-in accounts only ever hold fake keys; the JSON form (used by
/// `turklink-standin --accounts`) has exactly these field names.
public struct StandInAccount: Sendable, Codable, Equatable {
  /// The access key ID, e.g. `AKIADEMOHEALTHY77777`.
  public var accessKeyID: String
  /// The secret access key the stand-in verifies signatures with.
  public var secret: String
  /// How MTurk treats the key.
  public var state: AccountState
  /// The principal's ARN that STS reports.
  public var arn: String
  /// The 12-digit AWS account id.
  public var account: String
  /// The principal's unique id (`AIDA...` for an IAM user).
  public var userID: String
  /// The production available balance, e.g. "250.00".
  public var productionBalance: String
  /// The production on-hold balance, when MTurk reports one.
  public var onHold: String?
  /// A failure to inject into MTurk answers, if any.
  public var fault: Fault?
  /// One line saying what turklink should report for this account.
  public var summary: String?

  /// Creates an account.
  public init(
    accessKeyID: String, secret: String, state: AccountState, arn: String,
    account: String, userID: String, productionBalance: String,
    onHold: String? = nil, fault: Fault? = nil, summary: String? = nil
  ) {
    self.accessKeyID = accessKeyID
    self.secret = secret
    self.state = state
    self.arn = arn
    self.account = account
    self.userID = userID
    self.productionBalance = productionBalance
    self.onHold = onHold
    self.fault = fault
    self.summary = summary
  }

  /// The key pair, for signing requests as this account.
  public var keys: AccessKeys {
    AccessKeys(accessKeyID: accessKeyID, secret: secret)
  }
}
