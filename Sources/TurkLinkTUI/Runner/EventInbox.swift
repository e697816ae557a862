import Synchronization

/// Events posted from effect work on other threads, taken by the runner
/// between keys.
public final class EventInbox: Sendable {
  private let events = Mutex<[Event]>([])

  /// Creates an empty inbox.
  public init() {}

  /// Adds an event; safe from any thread.
  public func post(_ event: Event) {
    events.withLock { $0.append(event) }
  }

  /// Removes and returns everything posted so far, oldest first.
  public func takeAll() -> [Event] {
    events.withLock { pending in
      defer { pending.removeAll() }
      return pending
    }
  }
}
