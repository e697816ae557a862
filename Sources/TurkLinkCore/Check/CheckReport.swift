/// Who AWS says the keys belong to (STS `GetCallerIdentity`).
public struct CallerIdentity: Sendable, Equatable {
  /// The principal's ARN, e.g. `arn:aws:iam::123456789012:user/lab`.
  public var arn: String
  /// The 12-digit AWS account id.
  public var account: String
  /// The unique id of the principal (`AIDA...` for IAM users).
  public var userID: String

  /// Creates an identity.
  public init(arn: String, account: String, userID: String) {
    self.arn = arn
    self.account = account
    self.userID = userID
  }

  /// True for the account's root user, whose keys the guide advises against.
  public var isRoot: Bool { arn.hasSuffix(":root") }

  /// The IAM user name, when the principal is an IAM user.
  public var userName: String? {
    guard let range = arn.range(of: ":user/") else { return nil }
    let path = arn[range.upperBound...]
    return path.split(separator: "/").last.map(String.init)
  }
}

/// Which MTurk marketplace a balance or request belongs to.
public enum Marketplace: String, CaseIterable, Sendable, Codable {
  /// The real marketplace, where HITs cost money.
  case production
  /// The free test marketplace (requestersandbox.mturk.com).
  case sandbox
}

/// A requester account balance, as MTurk reports it (decimal strings).
public struct Balance: Sendable, Equatable {
  /// Money available for new HITs, e.g. "10000.00".
  public var available: String
  /// Money reserved for HITs already posted, when MTurk reports it.
  public var onHold: String?

  /// Creates a balance.
  public init(available: String, onHold: String?) {
    self.available = available
    self.onHold = onHold
  }

  /// True when nothing is available to spend.
  public var isZero: Bool { (Double(available) ?? 0) == 0 }
}

/// Everything one key check found out.
public struct CheckReport: Sendable, Equatable {
  /// The principal, when STS answered.
  public var identity: CallerIdentity?
  /// Balances by marketplace, for those that answered.
  public var balances: [Marketplace: Balance]
  /// What went wrong or deserves a word, most important first.
  public var diagnoses: [Diagnosis]
  /// Which marketplaces were asked.
  public var checked: Set<Marketplace>

  /// Creates a report.
  public init(
    identity: CallerIdentity? = nil, balances: [Marketplace: Balance] = [:],
    diagnoses: [Diagnosis] = [], checked: Set<Marketplace> = Set(Marketplace.allCases)
  ) {
    self.identity = identity
    self.balances = balances
    self.diagnoses = diagnoses
    self.checked = checked
  }

  /// True when the keys work: no error, and every checked marketplace
  /// that must answer did (production when checked, else sandbox).
  public var ok: Bool {
    guard !diagnoses.contains(where: { $0.severity == .error }) else { return false }
    let required: Marketplace = checked.contains(.production) ? .production : .sandbox
    return balances[required] != nil
  }

  /// The most important diagnosis, which the wizard offers to act on.
  public var primary: Diagnosis? {
    diagnoses.max { $0.severity < $1.severity }
  }

  /// `turklink check`'s exit code: 0 working, 1 a diagnosis, 3 network/service.
  public var exitCode: Int32 {
    if ok { return 0 }
    let errors = diagnoses.filter { $0.severity == .error }
    if !errors.isEmpty && errors.allSatisfy({ $0.code.isTransient }) { return 3 }
    return 1
  }
}
