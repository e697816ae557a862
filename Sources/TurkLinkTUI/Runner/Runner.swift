/// How a wizard run ended.
public enum RunOutcome: Equatable, Sendable {
  /// The program quit on its own (`q`, the last step finished).
  case quit
  /// A signal (or Ctrl-C, as SIGINT) ended it; exit with 128 + the number.
  case signal(Int32)
}

/// The event loop: draw the frame, wait for a key, a tick or a posted
/// event, update the program, hand its effects to the performer.
public final class Runner {
  private let terminal: TerminalDevice
  private let performer: EffectPerformer
  private let pendingSignal: () -> Int32?
  private let clock = ContinuousClock()

  /// Events posted by effect work; exposed so callers can post too.
  public let inbox = EventInbox()
  /// The longest wait for input before signals are looked at again.
  public var pollMilliseconds = 100
  /// The time between `.tick` events while the program wants them.
  public var tickMilliseconds = 100

  /// Creates a runner; `pendingSignal` says whether a signal arrived.
  public init(
    terminal: TerminalDevice, performer: EffectPerformer,
    pendingSignal: @escaping () -> Int32? = { SignalWatch.pending }
  ) {
    self.terminal = terminal
    self.performer = performer
    self.pendingSignal = pendingSignal
  }

  /// Runs `program` until it quits or a signal arrives.
  public func run<Program: WizardProgram>(_ program: inout Program) -> RunOutcome {
    var drawn: Frame?
    var lastTick = clock.now
    while true {
      if let signal = pendingSignal() { return .signal(signal) }
      drawn = redraw(program, over: drawn)

      var events = inbox.takeAll()
      let wait = events.isEmpty ? waitMilliseconds(program, since: lastTick) : 0
      if let event = terminal.nextEvent(timeoutMilliseconds: wait) { events.append(event) }
      if program.needsTicks && elapsed(since: lastTick) >= tickMilliseconds {
        events.append(.tick)
        lastTick = clock.now
      }
      for event in events {
        if let outcome = apply(event, to: &program) { return outcome }
      }
    }
  }

  /// Draws the program's frame unless it is the one already on screen.
  private func redraw<Program: WizardProgram>(_ program: Program, over drawn: Frame?) -> Frame {
    let frame = program.frame()
    if frame != drawn { terminal.draw(frame) }
    return frame
  }

  /// How long to wait for input: until the next tick when ticking.
  private func waitMilliseconds<Program: WizardProgram>(
    _ program: Program, since lastTick: ContinuousClock.Instant
  ) -> Int {
    guard program.needsTicks else { return pollMilliseconds }
    return max(0, min(pollMilliseconds, tickMilliseconds - elapsed(since: lastTick)))
  }

  private func elapsed(since instant: ContinuousClock.Instant) -> Int {
    let duration = clock.now - instant
    return Int(duration.components.seconds * 1000)
      + Int(duration.components.attoseconds / 1_000_000_000_000_000)
  }

  /// Updates the program with one event and starts its effects; returns
  /// an outcome when the run is over. Ctrl-C in raw mode counts as SIGINT;
  /// Ctrl-L repaints the screen.
  private func apply<Program: WizardProgram>(
    _ event: Event, to program: inout Program
  ) -> RunOutcome? {
    if event == .key(.ctrl("c")) {
      performer.perform(.cancelCheck, post: inbox.post)
      return .signal(SIGINT_NUMBER)
    }

    if event == .key(.ctrl("l")) {
      terminal.invalidate()
      terminal.draw(program.frame())
      return nil
    }

    var quit = false
    for effect in program.handle(event) {
      if effect == .quit { quit = true } else { performer.perform(effect, post: inbox.post) }
    }
    return quit || program.shouldQuit ? .quit : nil
  }
}

/// SIGINT's number, which Ctrl-C stands for in raw mode.
let SIGINT_NUMBER: Int32 = 2
