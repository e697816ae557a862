import Foundation
import Synchronization
import TurkLinkCore

/// Runs effects for plain mode and waits for their answers, since plain
/// mode has no event loop of its own.
final class PlainEffects {
  private let performer: EffectPerformer

  /// Wraps the performer the curses wizard would use.
  init(performer: EffectPerformer) {
    self.performer = performer
  }

  /// Starts `effect`; waits up to `seconds` for an event `until` accepts
  /// when given, and returns everything posted meanwhile.
  func run(
    _ effect: Effect, until: (@Sendable (Event) -> Bool)? = nil, seconds: Double = 120
  ) -> [Event] {
    let box = PostBox(until: until)
    performer.perform(effect, post: box.post)
    if until != nil { box.wait(seconds: seconds) }
    return box.events
  }

  /// Checks keys and returns the report, or nil when none came in time.
  func check(_ keys: AccessKeys) -> CheckReport? {
    let events = run(.runCheck(keys)) { event in
      if case .checkFinished = event { return true }
      if case .failure = event { return true }
      return false
    }
    for case .checkFinished(let report) in events { return report }
    return nil
  }
}

/// Collects posted events from any thread and wakes the waiter.
private final class PostBox: Sendable {
  private let collected = Mutex<[Event]>([])
  private let done = DispatchSemaphore(value: 0)
  private let until: (@Sendable (Event) -> Bool)?

  init(until: (@Sendable (Event) -> Bool)?) {
    self.until = until
  }

  var events: [Event] { collected.withLock { $0 } }

  func post(_ event: Event) {
    collected.withLock { $0.append(event) }
    if until?(event) == true { done.signal() }
  }

  func wait(seconds: Double) {
    _ = done.wait(timeout: .now() + seconds)
  }
}
