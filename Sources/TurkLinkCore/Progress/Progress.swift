import Foundation

/// What the researcher has done so far: ticked sub-steps and the last key
/// check. Saved after every change; holds no secret.
public struct Progress: Codable, Equatable, Sendable {
  /// A summary of the last key check, safe to store.
  public struct CheckSummary: Codable, Equatable, Sendable {
    /// When the check ran.
    public var date: Date
    /// The access key ID shortened to its last four characters (`…MPLE`).
    public var keyID: String
    /// Whether the keys worked for MTurk production.
    public var ok: Bool
    /// The diagnosis codes the check produced.
    public var codes: [String]

    /// Creates a summary.
    public init(date: Date, keyID: String, ok: Bool, codes: [String]) {
      self.date = date
      self.keyID = keyID
      self.ok = ok
      self.codes = codes
    }
  }

  /// The file format version, raised when the layout changes.
  public var version: Int = 1
  /// Ticked item indices by step id.
  public var ticked: [String: [Int]] = [:]
  /// The last key check, if any.
  public var lastCheck: CheckSummary?

  /// Creates empty progress.
  public init() {}

  /// Whether item `index` of `step` is ticked.
  public func isTicked(_ step: StepID, item index: Int) -> Bool {
    ticked[step.rawValue]?.contains(index) ?? false
  }

  /// Ticks or unticks item `index` of `step`.
  public mutating func toggle(_ step: StepID, item index: Int) {
    var items = Set(ticked[step.rawValue] ?? [])
    if items.contains(index) { items.remove(index) } else { items.insert(index) }
    ticked[step.rawValue] = items.sorted()
  }

  /// Ticks every item of `step`.
  public mutating func tickAll(_ step: Step) {
    ticked[step.id.rawValue] = Array(step.items.indices)
  }

  /// Forgets everything about `step` (its ticks, and the check for `access-keys`).
  public mutating func reset(_ step: StepID) {
    ticked[step.rawValue] = nil
    if step == .accessKeys { lastCheck = nil }
  }

  /// A step is done when all its items are ticked; `access-keys` also
  /// needs a passing check.
  public func isDone(_ step: Step) -> Bool {
    let count = Set(ticked[step.id.rawValue] ?? []).filter { step.items.indices.contains($0) }.count
    guard count == step.items.count else { return false }
    return step.id != .accessKeys || lastCheck?.ok == true
  }

  /// The first step that is not done, or nil when the guide is finished.
  public func firstUnfinished(in guide: Guide) -> Step? {
    guide.steps.first { !isDone($0) }
  }
}
