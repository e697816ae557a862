import Foundation

/// Turns what the services said into Diagnoses: one plain sentence each,
/// with the guide step that fixes it (DESIGN.md, "Checks and diagnosis").
public struct Diagnoser: Sendable {
  /// How far the local clock may differ from the server's before requests
  /// fail; AWS allows five minutes.
  public var skewTolerance: TimeInterval

  /// Creates a diagnoser.
  public init(skewTolerance: TimeInterval = 300) {
    self.skewTolerance = skewTolerance
  }

  /// The diagnosis of a key pair whose shape is wrong, pointing at the
  /// `access-keys` step: the format rule's first sentence is the message,
  /// the advice after it the detail.
  public func format(_ problem: KeyProblem) -> Diagnosis {
    let text = problem.message
    guard let end = text.range(of: ". ") else {
      return Diagnosis(code: problem.diagnosisCode, message: text, step: problem.step)
    }
    return Diagnosis(
      code: problem.diagnosisCode, message: String(text[..<end.lowerBound]) + ".",
      step: problem.step, detail: String(text[end.upperBound...]))
  }

  /// The diagnosis of one failed call to `target`. `clockOffset` is the
  /// server's time minus ours, when an answer carried a `Date` header.
  public func failure(
    _ failure: CallFailure, target: CheckTarget,
    clockOffset: TimeInterval? = nil
  ) -> Diagnosis {
    switch failure {
    case .transport(let error): return network(error, target: target)
    case .malformed(let status):
      return unreadable(status: status, target: target)
    case .fault(let fault):
      return self.fault(fault, target: target, clockOffset: clockOffset)
    }
  }

  /// A warning for the account's root user keys.
  public func rootKey(_ identity: CallerIdentity) -> Diagnosis {
    Diagnosis(
      code: .rootKey,
      message:
        "These keys belong to the AWS account's root user, which can do anything "
        + "with the account; create an IAM user and use its keys instead.",
      step: .iamUser,
      detail: "Account \(identity.account).")
  }

  /// A hint that a requester account has no money to spend.
  public func zeroBalance(
    _ balance: Balance, marketplace: Marketplace
  ) -> Diagnosis {
    Diagnosis(
      code: .zeroBalance,
      message:
        "The keys work, but the requester account has $\(balance.available) to spend; "
        + "add money with prepaid HITs on the requester site, or set up AWS billing.",
      step: nil,
      detail: marketplace == .production
        ? "Prepaid HITs: https://requester.mturk.com/prepayments/new" : nil)
  }

  /// The diagnosis of an error answer from AWS.
  func fault(
    _ fault: ServiceFault, target: CheckTarget, clockOffset: TimeInterval?
  ) -> Diagnosis {
    let said =
      fault.message.isEmpty ? nil : "\(target.subject) said: \(fault.message)"
    let skewed = clockOffset.map { abs($0) > skewTolerance } ?? false
    if FaultKind.isExpired(fault) || (FaultKind.isSignature(fault) && skewed) {
      return clockSkew(
        offset: clockOffset ?? FaultKind.offsetInMessage(fault.message))
    }
    if FaultKind.isUnknownKey(fault) { return unknownKey(detail: said) }
    if FaultKind.isSignature(fault) { return wrongSecret(detail: said) }
    if FaultKind.isNotLinked(fault) {
      return notLinked(target: target, detail: said)
    }
    if FaultKind.isPermission(fault) {
      return noPermission(fault, detail: said)
    }
    return serviceError(fault, target: target, detail: said)
  }

  /// The clock is too far from the server's; `offset` is server minus ours.
  public func clockSkew(offset: TimeInterval?) -> Diagnosis {
    let fix =
      "Turn on automatic date and time (macOS: System Settings > General > "
      + "Date & Time; Linux: timedatectl set-ntp true), then check again."
    guard let offset else {
      return Diagnosis(
        code: .clockSkew,
        message:
          "Your computer's clock is more than 5 minutes off, so AWS refuses the "
          + "signed request; set the clock right and check again.",
        step: nil, detail: fix)
    }
    let direction = offset > 0 ? "behind" : "ahead"
    return Diagnosis(
      code: .clockSkew,
      message:
        "Your computer's clock is \(ClockWords.duration(abs(offset))) \(direction), "
        + "so AWS refuses the signed request; set the clock right and check again.",
      step: nil, detail: fix)
  }
}
