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

  /// True when the last check failed on this step, or (access-keys) failed
  /// at all.
  public func needsAttention(_ id: StepID) -> Bool {
    if let report, !report.ok {
      if id == .accessKeys { return true }
      return report.diagnoses.contains {
        $0.step == id && $0.severity == .error
      }
    }
    if report == nil, id == .accessKeys, progress.lastCheck?.ok == false {
      return true
    }
    return report?.diagnoses.contains {
      $0.step == id && $0.severity == .warning
    } ?? false
  }
}
