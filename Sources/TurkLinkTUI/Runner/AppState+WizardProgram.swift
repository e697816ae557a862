/// The wizard's state is what the `Runner` drives.
extension AppState: WizardProgram {
  /// Hands the event to `update`.
  public mutating func handle(_ event: Event) -> [Effect] { update(&self, event) }

  /// The frame `render` draws.
  public func frame() -> Frame { render(self) }
}
