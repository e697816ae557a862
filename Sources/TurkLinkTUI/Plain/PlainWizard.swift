import Foundation
import TurkLinkCore

/// What plain mode was asked to do.
public struct PlainSettings: Equatable, Sendable {
  /// The step to start at; nil for the first unfinished one.
  public var startStep: StepID?
  /// Only that one step (`turklink step ID`).
  public var singleStep: Bool
  /// The credentials-file profile the keys are saved under.
  public var profile: String
  /// Keys to check without asking (from `--from-csv`).
  public var prefill: AccessKeys?
  /// Fake key pairs offered by number under `--demo`.
  public var demoKeys: [DemoKey]

  /// Creates settings.
  public init(
    startStep: StepID?, singleStep: Bool, profile: String, prefill: AccessKeys?,
    demoKeys: [DemoKey] = []
  ) {
    self.startStep = startStep
    self.singleStep = singleStep
    self.profile = profile
    self.prefill = prefill
    self.demoKeys = demoKeys
  }
}

/// The wizard as line-by-line prompts, for dumb terminals, screen readers
/// and pipes: no curses and no escape sequences. End of input quits, and
/// progress is saved after every change.
public final class PlainWizard {
  let guide: Guide
  var progress: TurkLinkCore.Progress
  let settings: PlainSettings
  let io: PlainIO
  let effects: PlainEffects
  /// The keys of the last check, which r checks again on Enter.
  var checkedKeys: AccessKeys?
  /// What the last check found; a passing one ends the run on its balance.
  var lastReport: CheckReport?

  /// What the researcher chose for a step.
  enum Answer { case next, quit }

  /// Creates the wizard; `performer` saves and checks as in curses mode.
  public init(
    guide: Guide, progress: TurkLinkCore.Progress, settings: PlainSettings, io: PlainIO,
    performer: EffectPerformer
  ) {
    self.guide = guide
    self.progress = progress
    self.settings = settings
    self.io = io
    effects = PlainEffects(performer: performer)
  }

  /// Walks the steps; returns the exit status (0: quit or finished).
  public func run() -> Int32 {
    say("\(guide.title) (plain mode). Answer y (done), s (skip) or q (quit).")
    say("Progress is saved after every step.\n")
    let steps = stepsToVisit()
    if steps.isEmpty { say("Every step is done.") }
    for step in steps where visit(step) == .quit {
      say("Stopped; your progress is saved. Run turklink again to go on.")
      sayBalanceIfChecked()
      return 0
    }
    say(steps.isEmpty ? "" : "That was the last step.")
    sayBalanceIfChecked()
    return 0
  }

  /// The balance summary, when the last check in this run passed.
  private func sayBalanceIfChecked() {
    guard let report = lastReport, report.ok else { return }
    sayBalance(report)
  }

  /// The start step and the unfinished steps after it (or just the start
  /// step when only one was asked for).
  func stepsToVisit() -> [Step] {
    let first = settings.startStep.flatMap(guide.step) ?? progress.firstUnfinished(in: guide)
    guard let first, let start = guide.index(of: first.id) else { return [] }
    if settings.singleStep { return [first] }
    return [first] + guide.steps[(start + 1)...].filter { !progress.isDone($0) }
  }

  /// Shows one step and asks what to do with it.
  private func visit(_ step: Step) -> Answer {
    describe(step)
    let keys = step.id == .accessKeys
    if keys, checkKeys() == .quit { return .quit }
    let retry = keys ? ", r = enter the keys again / check again" : ""
    while true {
      guard let answer = ask("Done with this step? [y/s/q\(retry)] ") else { return .quit }
      switch answer.lowercased() {
      case "y", "yes": markDone(step)
        return .next
      case "s", "skip": return .next
      case "q", "quit": return .quit
      case "r" where keys: if checkKeys(again: true) == .quit { return .quit }
      default: say("Please answer y (done), s (skip) or q (quit)\(keys ? " or r (again)" : "").")
      }
    }
  }

  /// Prints the step's title, summary, links, checklist and notes.
  private func describe(_ step: Step) {
    let number = (guide.index(of: step.id) ?? 0) + 1
    let state = progress.isDone(step) ? " (done)" : ""
    say("Step \(number) of \(guide.steps.count): \(step.title)\(state)")
    let link = step.links.first?.url
    say(PlainText.forPlainMode(step.summary, link: link))
    for link in step.links { say("Link: \(link.label): \(link.url)") }
    for (index, item) in step.items.enumerated() {
      let mark = progress.isTicked(step.id, item: index) ? "[x]" : "[ ]"
      say("  \(mark) \(index + 1). \(PlainText.forPlainMode(item, link: link))")
    }
    for note in step.notes { say("Note: \(PlainText.forPlainMode(note, link: link))") }
  }

  private func markDone(_ step: Step) {
    progress.tickAll(step)
    save()
    if !progress.isDone(step) {
      say("Ticked; the step counts as done once the keys pass the check.")
    }
  }

  /// Saves progress, telling the researcher when that failed.
  func save() {
    for case .failure(let text) in effects.run(.saveProgress(progress)) { say(text) }
  }

  /// Prints a line, cleaned of control characters.
  func say(_ text: String) {
    io.write(PlainText.clean(text) + "\n")
  }

  /// Prints a prompt and reads the answer, trimmed; nil at end of input.
  func ask(_ prompt: String) -> String? {
    io.write(PlainText.clean(prompt))
    return io.readLine()?.trimmingCharacters(in: .whitespaces)
  }
}
