import TurkLinkCore

/// The state a step shows in the step list.
public enum StepMark: Equatable, Sendable {
  /// Every item ticked (and, for access-keys, a passing check).
  case done
  /// The step on screen.
  case current
  /// Not done yet.
  case todo
  /// A failed check points at this step.
  case attention
}

extension AppState {
  /// The mark of `step` in the step list; the step on screen is always
  /// `current`, a step a check points at is `attention` even when ticked.
  public func mark(of step: Step) -> StepMark {
    if currentStepID == step.id { return .current }
    if needsAttention(step.id) { return .attention }
    return progress.isDone(step) ? .done : .todo
  }

  /// True when the last check in this session points at this step (a
  /// failed check always points at access-keys), or, with no check in this
  /// session, the one on file failed and this is access-keys.
  public func needsAttention(_ id: StepID) -> Bool {
    guard let report else {
      return id == .accessKeys && progress.lastCheck?.ok == false
    }
    if id == .accessKeys, !report.ok { return true }
    return report.diagnoses.contains {
      $0.step == id && $0.severity >= .warning
    }
  }
}
