import Foundation

/// Checks a key pair: the local format rules, then STS, then MTurk
/// production and sandbox; gathers identity, balances and Diagnoses.
public struct KeyChecker: Sendable {
  /// Where the calls go.
  public var endpoints: Endpoints
  /// Signs, sends and retries every call.
  public var caller: ServiceCaller
  /// Words the outcomes.
  public var diagnoser: Diagnoser
  /// The local format rule; returns a diagnosis when the shape is wrong.
  public var formatCheck: @Sendable (AccessKeys) -> Diagnosis?

  /// Creates a checker. With no `formatCheck` the full `KeyFormat` rules
  /// are used, and the first problem they find becomes the diagnosis.
  public init(
    endpoints: Endpoints = .aws, caller: ServiceCaller,
    diagnoser: Diagnoser = Diagnoser(),
    formatCheck: (@Sendable (AccessKeys) -> Diagnosis?)? = nil
  ) {
    self.endpoints = endpoints
    self.caller = caller
    self.diagnoser = diagnoser
    self.formatCheck = formatCheck ?? { keys in
      KeyFormat.problems(keys).first.map(diagnoser.format)
    }
  }

  /// Creates a checker that talks through URLSession with `timeout`.
  public init(endpoints: Endpoints = .aws, timeout: TimeInterval = 10) {
    self.init(
      endpoints: endpoints,
      caller: ServiceCaller(transport: URLSessionTransport(timeout: timeout)))
  }

  /// Checks `keys` against STS and the MTurk `marketplaces`. Cancelling
  /// the task stops the check; the report then says it was stopped.
  public func check(
    _ keys: AccessKeys,
    marketplaces: Set<Marketplace> = Set(Marketplace.allCases)
  ) async -> CheckReport {
    var report = CheckReport(checked: marketplaces)
    if let problem = formatCheck(keys) {
      report.diagnoses = [problem]
      return report
    }

    // STS and MTurk are asked at the same time: one round trip instead of
    // two. MTurk's answers are dropped when STS rejects the keys outright.
    async let whoAmI = whoAmI(keys)
    async let balances = balances(keys, marketplaces: marketplaces)
    let (identity, stsProblem) = await whoAmI
    report.identity = identity
    if let identity, identity.isRoot {
      report.diagnoses.append(diagnoser.rootKey(identity))
    }
    // A key AWS rejects fails MTurk the same way: stop there.
    if let stsProblem, !stsProblem.code.isTransient || Task.isCancelled {
      return finished(report, adding: [stsProblem])
    }

    let found = await balances
    report.balances = found.balances
    var extra = found.diagnoses
    // STS failing for a passing reason matters only when MTurk failed
    // too, and then after what MTurk said about the keys.
    if let stsProblem, found.balances.isEmpty {
      extra.append(stsProblem)
    }
    return finished(
      report, adding: extra + zeroBalance(found.balances, marketplaces))
  }

  /// Asks STS who the keys belong to: the identity, or the diagnosis.
  private func whoAmI(
    _ keys: AccessKeys
  ) async -> (CallerIdentity?, Diagnosis?) {
    let sts = await STSClient(endpoint: endpoints.sts, caller: caller)
      .callerIdentity(keys)
    switch sts.result {
    case .success(let identity):
      return (identity, nil)
    case .failure(let failure):
      let diagnosis = diagnoser.failure(
        failure, target: .sts, clockOffset: sts.clockOffset)
      return (nil, diagnosis)
    }
  }

  /// Asks every marketplace for its balance, side by side.
  private func balances(
    _ keys: AccessKeys, marketplaces: Set<Marketplace>
  ) async -> (balances: [Marketplace: Balance], diagnoses: [Diagnosis]) {
    let ordered = Marketplace.allCases.filter(marketplaces.contains)
    let outcomes = await withTaskGroup(
      of: (Marketplace, CallOutcome<Balance>).self
    ) { group in
      for marketplace in ordered {
        let client = MTurkClient(
          endpoint: endpoints.mturk(marketplace), caller: caller)
        group.addTask { (marketplace, await client.balance(keys)) }
      }
      var all: [Marketplace: CallOutcome<Balance>] = [:]
      for await (marketplace, outcome) in group { all[marketplace] = outcome }
      return all
    }

    var found: [Marketplace: Balance] = [:]
    var diagnoses: [Diagnosis] = []
    for marketplace in ordered {
      guard let outcome = outcomes[marketplace] else { continue }
      switch outcome.result {
      case .success(let balance): found[marketplace] = balance
      case .failure(let failure):
        let diagnosis = diagnoser.failure(
          failure, target: CheckTarget(marketplace),
          clockOffset: outcome.clockOffset)
        // The sandbox failing like production adds nothing worth a line.
        if !diagnoses.contains(where: { $0.code == diagnosis.code }) {
          diagnoses.append(diagnosis)
        }
      }
    }
    return (found, diagnoses)
  }

  /// The zero-balance hint for the marketplace that matters most.
  private func zeroBalance(
    _ balances: [Marketplace: Balance], _ marketplaces: Set<Marketplace>
  ) -> [Diagnosis] {
    let main: Marketplace =
      marketplaces.contains(.production) ? .production : .sandbox
    guard let balance = balances[main], balance.isZero else { return [] }
    return [diagnoser.zeroBalance(balance, marketplace: main)]
  }

  /// The report with `more` added: one diagnosis per code and step (the
  /// same fault seen on two marketplaces is said once), worst first.
  private func finished(
    _ report: CheckReport, adding more: [Diagnosis]
  ) -> CheckReport {
    var result = report
    var seen = Set<String>()
    let all = (report.diagnoses + more).filter {
      seen.insert(
        "\($0.code.rawValue)|\($0.step?.rawValue ?? "")|\($0.message)"
      ).inserted
    }
    result.diagnoses = all.enumerated().sorted {
      $0.element.severity != $1.element.severity
        ? $0.element.severity > $1.element.severity : $0.offset < $1.offset
    }.map(\.element)
    return result
  }
}
