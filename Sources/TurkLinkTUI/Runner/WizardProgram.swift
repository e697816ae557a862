/// What the `Runner` drives: a state that takes events, asks for effects
/// and renders frames. The wizard's `AppState` is one; tests use others.
public protocol WizardProgram {
  /// Applies one event and returns the effects it asks for.
  mutating func handle(_ event: Event) -> [Effect]
  /// The frame for the current state.
  func frame() -> Frame
  /// True once the program is finished.
  var shouldQuit: Bool { get }
  /// True while something animates (a spinner) and wants `.tick` events.
  var needsTicks: Bool { get }
}

/// Does the work behind effects: saving, checking keys, opening links,
/// copying. Called on the runner's thread; long work must go elsewhere
/// and report back through `post`, which is safe from any thread.
public protocol EffectPerformer: AnyObject {
  /// Starts `effect`; results arrive later as events passed to `post`.
  func perform(_ effect: Effect, post: @escaping @Sendable (Event) -> Void)
}
