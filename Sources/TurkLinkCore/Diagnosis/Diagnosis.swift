/// The stable name of one outcome of a key check; used by `--json`,
/// scripts and tests, so a value never changes meaning.
public enum DiagnosisCode: String, CaseIterable, Sendable, Codable {
  case keyFormat = "key-format"
  case temporaryKey = "temporary-key"
  case unknownKey = "unknown-key"
  case wrongSecret = "wrong-secret"
  case clockSkew = "clock-skew"
  case notLinked = "not-linked"
  case sandboxNotLinked = "sandbox-not-linked"
  case noPermission = "no-permission"
  case rootKey = "root-key"
  case serviceError = "service-error"
  case network = "network"
  case zeroBalance = "zero-balance"

  /// How much the outcome matters; decides exit codes and the step state.
  public var severity: Severity {
    switch self {
    case .sandboxNotLinked, .rootKey: .warning
    case .zeroBalance: .hint
    default: .error
    }
  }

  /// True when the fault lies with the network or AWS, not with the keys:
  /// the answer is to retry, not to redo a step.
  public var isTransient: Bool {
    self == .network || self == .serviceError
  }
}

/// How much a diagnosis matters to the researcher.
public enum Severity: String, Sendable, Codable, Comparable {
  /// Only informs (an unfunded account still has working keys).
  case hint
  /// The keys work but something should be fixed (root keys, sandbox).
  case warning
  /// The keys do not work for MTurk yet.
  case error

  private var rank: Int {
    switch self {
    case .hint: 0
    case .warning: 1
    case .error: 2
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One finding of a key check: what happened in a sentence a newcomer
/// understands, and which guide step fixes it.
public struct Diagnosis: Sendable, Equatable {
  /// The stable code of the outcome.
  public var code: DiagnosisCode
  /// One plain sentence: what happened and what to do.
  public var message: String
  /// The guide step to redo, or nil when no step fixes it (clock, network).
  public var step: StepID?
  /// Extra facts already cleaned for display (server message, clock offset).
  public var detail: String?

  /// Creates a diagnosis.
  public init(code: DiagnosisCode, message: String, step: StepID?, detail: String? = nil) {
    self.code = code
    self.message = message
    self.step = step
    self.detail = detail
  }

  /// Shorthand for `code.severity`.
  public var severity: Severity { code.severity }
}
