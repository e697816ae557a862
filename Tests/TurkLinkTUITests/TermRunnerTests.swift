import Foundation
import XCTest

@testable import TurkLinkTUI

/// A terminal that replays scripted input and records what was drawn.
private final class ScriptedTerminal: TerminalDevice {
  var input: [Event?]
  var drawn: [Frame] = []
  var waits: [Int] = []
  var onRead: (() -> Void)?
  var invalidated = 0

  init(_ input: [Event?]) { self.input = input }

  var size: (width: Int, height: Int) { (10, 2) }
  func draw(_ frame: Frame) { drawn.append(frame) }
  func writeControl(_ sequence: String) {}
  func restore() {}
  func invalidate() { invalidated += 1 }

  func nextEvent(timeoutMilliseconds: Int) -> Event? {
    waits.append(timeoutMilliseconds)
    onRead?()
    return input.isEmpty ? .key(.char("q")) : input.removeFirst()
  }
}

/// A program that records events, quits on `q` and asks for effects.
private struct Recorder: WizardProgram {
  var events: [Event] = []
  var shouldQuit = false
  var needsTicks = false
  var effectsFor: [(event: Event, effects: [Effect])] = []

  mutating func handle(_ event: Event) -> [Effect] {
    events.append(event)
    if event == .key(.char("q")) { return [.quit] }
    return effectsFor.first { $0.event == event }?.effects ?? []
  }

  func frame() -> Frame {
    var frame = Frame(width: 10, height: 2)
    frame.put("\(events.filter { $0 != .tick }.count)", row: 0, column: 0)
    return frame
  }
}

/// A performer that records effects and answers a check at once.
private final class Performer: EffectPerformer {
  var performed: [Effect] = []

  func perform(_ effect: Effect, post: @escaping @Sendable (Event) -> Void) {
    performed.append(effect)
    if case .runCheck = effect { post(.checkFinished(Reports.passing)) }
  }
}

final class TermRunnerTests: XCTestCase {
  func testQuitEffectEndsTheRun() {
    let terminal = ScriptedTerminal([.key(.down), nil, .key(.char("q")), .key(.up)])
    var program = Recorder()
    let outcome = Runner(terminal: terminal, performer: Performer(), pendingSignal: { nil })
      .run(&program)

    XCTAssertEqual(outcome, .quit)
    XCTAssertEqual(program.events, [.key(.down), .key(.char("q"))])
  }

  func testCtrlCEndsAsSIGINTAndStopsTheCheck() {
    let terminal = ScriptedTerminal([.key(.ctrl("c"))])
    let performer = Performer()
    var program = Recorder()
    let outcome = Runner(terminal: terminal, performer: performer, pendingSignal: { nil })
      .run(&program)

    XCTAssertEqual(outcome, .signal(SIGINT))
    XCTAssertEqual(performer.performed, [.cancelCheck])
    XCTAssertEqual(program.events, [])
  }

  func testASignalEndsTheRunBeforeMoreInput() {
    let terminal = ScriptedTerminal([.key(.down), .key(.down)])
    var program = Recorder()
    var reads = 0
    terminal.onRead = { reads += 1 }
    let outcome = Runner(
      terminal: terminal, performer: Performer(), pendingSignal: { reads >= 1 ? SIGTERM : nil }
    ).run(&program)

    XCTAssertEqual(outcome, .signal(SIGTERM))
    XCTAssertEqual(program.events, [.key(.down)])
  }

  func testPostedResultReachesTheProgram() {
    let terminal = ScriptedTerminal([.key(.char("c")), nil, .key(.char("q"))])
    let performer = Performer()
    var program = Recorder()
    program.effectsFor = [(.key(.char("c")), [.runCheck(Fake.keys)])]
    _ = Runner(terminal: terminal, performer: performer, pendingSignal: { nil }).run(&program)

    XCTAssertEqual(performer.performed, [.runCheck(Fake.keys)])
    XCTAssertEqual(
      program.events, [.key(.char("c")), .checkFinished(Reports.passing), .key(.char("q"))])
  }

  func testFramesAreDrawnOnlyWhenTheyChange() {
    let terminal = ScriptedTerminal([nil, nil, .key(.down), nil, .key(.char("q"))])
    var program = Recorder()
    _ = Runner(terminal: terminal, performer: Performer(), pendingSignal: { nil }).run(&program)

    XCTAssertEqual(terminal.drawn.map { $0[0, 0].text }, ["0", "1"])
  }

  func testTicksArriveOnlyWhileWanted() {
    let terminal = ScriptedTerminal([nil, nil, nil, .key(.char("q"))])
    var program = Recorder()
    program.needsTicks = true
    let runner = Runner(terminal: terminal, performer: Performer(), pendingSignal: { nil })
    runner.tickMilliseconds = 0
    _ = runner.run(&program)
    XCTAssertEqual(program.events.filter { $0 == .tick }.count, 3)

    let quiet = ScriptedTerminal([nil, nil, .key(.char("q"))])
    var idle = Recorder()
    _ = Runner(terminal: quiet, performer: Performer(), pendingSignal: { nil }).run(&idle)
    XCTAssertEqual(idle.events, [.key(.char("q"))])
    XCTAssertEqual(quiet.waits, [100, 100, 100])
  }

  func testCtrlLRepaintsWithoutReachingTheProgram() {
    let terminal = ScriptedTerminal([.key(.ctrl("l")), .key(.char("q"))])
    var program = Recorder()
    _ = Runner(terminal: terminal, performer: Performer(), pendingSignal: { nil }).run(&program)

    XCTAssertEqual(terminal.invalidated, 1)
    XCTAssertEqual(terminal.drawn.count, 2)
    XCTAssertEqual(program.events, [.key(.char("q"))])
  }
}
