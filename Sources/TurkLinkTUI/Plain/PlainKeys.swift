import Foundation
import TurkLinkCore

extension PlainWizard {
  /// Reads the two keys, checks them and prints what the check found;
  /// offers to save keys that work. `again` is the researcher's r: the
  /// keys are asked anew, and Enter checks the same keys again.
  func checkKeys(again: Bool = false) -> Answer {
    let same = again ? checkedKeys : nil
    let enter = same == nil ? "Enter to skip the check" : "Enter to check the same keys again"
    let entered = again ? askKeys(enter: enter) : settings.prefill ?? askKeys(enter: enter)
    guard var keys = entered else { return .quit }
    if keys.accessKeyID.isEmpty, let same { keys = same }
    if keys.accessKeyID.isEmpty { return .next }

    checkedKeys = keys
    say("Checking the keys with AWS...")
    guard let report = effects.check(keys) else {
      lastReport = nil
      say("The check gave no answer; answer r to try again.")
      return .next
    }
    lastReport = report
    show(report)
    record(report, keys: keys)
    if report.ok { return offerSave(keys) }
    return .next
  }

  /// Prints identity, balances and diagnoses.
  private func show(_ report: CheckReport) {
    if let identity = report.identity { say("AWS says these keys belong to \(identity.arn).") }
    for market in Marketplace.allCases {
      guard let balance = report.balances[market] else { continue }
      let hold = balance.onHold.map { ", on hold $\($0)" } ?? ""
      say("Balance (\(market.rawValue)): $\(balance.available)\(hold)")
    }
    for diagnosis in report.diagnoses { say(line(diagnosis)) }
    say(report.ok ? "The keys work." : "The keys do not work yet.")
    if !report.ok { say(whatToRedo(report)) }
  }

  /// One diagnosis as text, naming the step that fixes it.
  private func line(_ diagnosis: Diagnosis) -> String {
    var text = "\(diagnosis.severity.rawValue.capitalized): \(diagnosis.message)"
    if let detail = diagnosis.detail { text += " (\(detail))" }
    if let step = diagnosis.step, let title = guide.step(step)?.title {
      text += " Redo step \(number(of: step)): \(title)."
    }
    return PlainText.forPlainMode(text, link: nil)
  }

  /// What to do after a failed check, from its most important diagnosis
  /// (the wizard's "go to step" key).
  private func whatToRedo(_ report: CheckReport) -> String {
    guard let step = report.primary?.step, let title = guide.step(step)?.title else {
      return "Answer r to check again."
    }
    if step == .accessKeys { return "Answer r to enter the keys again." }
    return "To fix it, redo step \(number(of: step)) (\(title)) in the AWS console, "
      + "then answer r to check again."
  }

  /// The 1-based number of a step in the guide.
  private func number(of step: StepID) -> Int {
    (guide.index(of: step) ?? 0) + 1
  }

  /// Stores the check's summary in the progress. `shortID` keeps nothing
  /// of a value that is not shaped like a key ID: keys pre-filled from the
  /// environment may hold the secret in the ID.
  private func record(_ report: CheckReport, keys: AccessKeys) {
    progress.lastCheck = TurkLinkCore.Progress.CheckSummary(
      date: Date(), keyID: keys.shortID, ok: report.ok,
      codes: report.diagnoses.map(\.code.rawValue))
    save()
  }

  /// Asks before saving working keys to the credentials file, and again
  /// before replacing a profile that exists.
  private func offerSave(_ keys: AccessKeys) -> Answer {
    let prompt = "Save the keys to the AWS credentials file as profile "
      + "'\(settings.profile)'? [y/N] "
    guard let answer = ask(prompt) else { return .quit }
    guard answer.lowercased().hasPrefix("y") else { return .next }
    return saveKeys(keys, replace: false)
  }

  private func saveKeys(_ keys: AccessKeys, replace: Bool) -> Answer {
    let effect = Effect.saveKeys(keys, profile: settings.profile, replace: replace)
    for event in effects.run(effect, until: { _ in true }) {
      switch event {
      case .keysSaved(let profile): say("Saved the keys as profile '\(profile)'.")
      case .notice(let text), .failure(let text): say(text)
      case .profileExists(let profile):
        guard let answer = ask("Profile '\(profile)' exists. Replace it? [y/N] ") else {
          return .quit
        }
        if answer.lowercased().hasPrefix("y") { return saveKeys(keys, replace: true) }
        say("Kept the existing profile; the keys were not saved.")
      default: break
      }
    }
    return .next
  }
}
