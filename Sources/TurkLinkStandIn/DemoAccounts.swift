/// The built-in accounts of `turklink --demo` and the tests: one per
/// account state and one per fault, all with obviously fake keys.
///
/// Key IDs are 20 characters of `A-Z2-7` starting `AKIA`; secrets are 40
/// characters of `A-Za-z0-9/+` and contain `DEMO` and `EXAMPLE`.
public enum DemoAccounts {
  /// The AWS account the demo IAM users belong to.
  public static let awsAccount = "111122223333"

  /// The sandbox balance every linked demo account shows.
  public static let sandboxBalance = Balances.sandboxBalance

  /// One account per state, then one per fault.
  public static let all: [StandInAccount] = states + faults

  /// The accounts for each state, with no fault.
  public static let states: [StandInAccount] = [
    user(
      "AKIADEMOHEALTHY77777", "DEMO/healthy/K7MDENG+bPxRfiCYEXAMPLEKEYw",
      .healthy,
      "Keys work: demo-researcher, production $250.00 (12.50 on hold)."),
    user(
      "AKIADEMOZEROBALANCE2", "DEMO/zeroBalance/K7MDENG+bPxRfiCYEXAMPLE",
      .zeroBalance,
      "Keys work, balance $0.00: buy prepaid HITs or enable AWS billing.",
      balance: "0.00", onHold: "0.00"),
    user(
      "AKIADEMONOTLINKED222", "DEMO/notLinked/K7MDENG+bPxRfiCYEXAMPLEKE",
      .productionNotLinked,
      "Requester account not linked to this AWS account: redo requester-account."
    ),
    user(
      "AKIADEMONOSANDBOX222", "DEMO/noSandbox/K7MDENG+bPxRfiCYEXAMPLEKE",
      .sandboxNotLinked,
      "Production works; sandbox not linked (warning with the sandbox link)."),
    user(
      "AKIADEMONOPOLICY2222", "DEMO/noPolicy/K7MDENG+bPxRfiCYEXAMPLEKEY",
      .noPolicyAccessDenied,
      "AccessDeniedException: MTurk policy missing, redo policy."),
    user(
      "AKIADEMODENIEDTURK22", "DEMO/deniedTurk/K7MDENG+bPxRfiCYEXAMPLEK",
      .noPolicyRequestError,
      "RequestError PermissionDenied: MTurk policy missing, redo policy."),
    root(
      "AKIADEMOROOTUSER2222", "DEMO/rootUser/K7MDENG+bPxRfiCYEXAMPLEKEY",
      "Root user's keys: they work, but warn and point to iam-user."),
    user(
      "AKIADEMOINACTIVE2222", "DEMO/inactive/K7MDENG+bPxRfiCYEXAMPLEKEY",
      .inactive,
      "Key unknown or deactivated: create a new key (access-keys)."),
  ]

  /// Healthy accounts whose MTurk answers fail in one way each.
  public static let faults: [StandInAccount] = [
    faulty(
      "AKIADEMODROP22222222", "DEMO/drop/K7MDENG+bPxRfiCYEXAMPLEKEYwJal", .drop,
      "MTurk closes the connection: network error, retry."),
    faulty(
      "AKIADEMODELAY2222222", "DEMO/delay/K7MDENG+bPxRfiCYEXAMPLEKEYwJa",
      .delay,
      "MTurk answers late: spinner, cancel, or timeout then retry."),
    faulty(
      "AKIADEMOSERVERERROR2", "DEMO/serverError/K7MDENG+bPxRfiCYEXAMPLE",
      .serverError,
      "MTurk 500 ServiceFault: service problem, retry later."),
    faulty(
      "AKIADEMOTHROTTLE2222", "DEMO/throttle/K7MDENG+bPxRfiCYEXAMPLEKEY",
      .throttle,
      "ThrottlingException: too many requests, retry after a pause."),
    faulty(
      "AKIADEMOGARBAGE22222", "DEMO/garbage/K7MDENG+bPxRfiCYEXAMPLEKEYw",
      .garbage,
      "MTurk answers 200 with a body that is not JSON: service error."),
    faulty(
      "AKIADEMOESCAPES22222", "DEMO/escapes/K7MDENG+bPxRfiCYEXAMPLEKEYw",
      .escapes,
      "RequestError full of escape sequences: shown cleaned, never raw."),
  ]

  /// The demo account in `state`, without a fault.
  public static func account(for state: AccountState) -> StandInAccount {
    states.first { $0.state == state }!
  }

  /// The demo account with `fault`.
  public static func account(with fault: Fault) -> StandInAccount {
    faults.first { $0.fault == fault }!
  }

  private static func user(
    _ keyID: String, _ secret: String, _ state: AccountState, _ summary: String,
    balance: String = "250.00", onHold: String? = "12.50"
  ) -> StandInAccount {
    StandInAccount(
      accessKeyID: keyID, secret: secret, state: state,
      arn: "arn:aws:iam::\(awsAccount):user/demo-researcher",
      account: awsAccount,
      userID: "AIDA" + keyID.dropFirst(4).prefix(17),
      productionBalance: balance,
      onHold: onHold, summary: summary)
  }

  private static func root(
    _ keyID: String, _ secret: String, _ summary: String
  ) -> StandInAccount {
    StandInAccount(
      accessKeyID: keyID, secret: secret, state: .root,
      arn: "arn:aws:iam::\(awsAccount):root", account: awsAccount,
      userID: awsAccount,
      productionBalance: "250.00", onHold: "12.50", summary: summary)
  }

  private static func faulty(
    _ keyID: String, _ secret: String, _ fault: Fault, _ summary: String
  ) -> StandInAccount {
    var account = user(keyID, secret, .healthy, summary)
    account.fault = fault
    return account
  }
}
