import TurkLinkCore

/// A row the cursor can sit on in a step's content.
public enum Row: Equatable, Sendable {
  /// Checklist item at this index.
  case item(Int)
  /// The access key ID field.
  case keyID
  /// The secret access key field.
  case secret
  /// The "Check keys" action.
  case checkKeys
  /// Copy the access key ID to the clipboard.
  case copyID
  /// Copy the secret to the clipboard.
  case copySecret
}

extension AppState {
  /// The guide step on screen (the results belong to access-keys).
  public var currentStepID: StepID? {
    switch screen {
    case .step(let id): id
    case .results: .accessKeys
    case .balance: nil
    }
  }

  /// The guide step on screen, if any.
  public var currentStep: Step? { currentStepID.flatMap { guide.step($0) } }

  /// The rows of the current step screen, top to bottom.
  public var rows: [Row] {
    guard case .step(let id) = screen, let step = guide.step(id) else {
      return []
    }
    let items = step.items.indices.map { Row.item($0) }
    switch id {
    case .accessKeys: return items + [.keyID, .secret, .checkKeys]
    case .cloudresearchEntry: return items + [.copyID, .copySecret]
    default: return items
    }
  }

  /// The row under the cursor, when the content has focus.
  public var currentRow: Row? {
    let rows = rows
    guard focus == .content, rows.indices.contains(cursor) else { return nil }
    return rows[cursor]
  }

  /// True when typed characters go into a key field.
  public var isEditingField: Bool {
    currentRow == .keyID || currentRow == .secret
  }

  /// The step's number in the guide, from 1.
  public func number(of id: StepID) -> Int {
    (guide.index(of: id) ?? 0) + 1
  }

  /// True when every item of the step's checklist is ticked.
  public func checklistComplete(_ step: Step) -> Bool {
    step.items.indices.allSatisfy { progress.isTicked(step.id, item: $0) }
  }

  /// True when the last check in this session or on file passed.
  public var checkPassed: Bool {
    report?.ok ?? progress.lastCheck?.ok ?? false
  }

  /// Where the cursor lands when a step opens: the first unticked item,
  /// else the key fields on access-keys, else the top.
  func startCursor() -> Int {
    guard let step = currentStep, case .step = screen else { return 0 }
    if let first = step.items.indices.first(where: {
      !progress.isTicked(step.id, item: $0)
    }) {
      return first
    }
    if step.id == .accessKeys {
      let target: Row = entry.isReady ? .checkKeys : .keyID
      return rows.firstIndex(of: target) ?? 0
    }
    return 0
  }
}
