import Foundation
import TurkLinkCore

extension PlainWizard {
  /// Reads the two keys, checks them and prints what the check found;
  /// offers to save keys that work.
  func checkKeys() -> Answer {
    guard let keys = settings.prefill ?? askKeys() else { return .quit }
    if keys.accessKeyID.isEmpty { return .next }

    say("Checking the keys with AWS...")
    guard let report = effects.check(keys) else {
      say("The check gave no answer; try again later.")
      return .next
    }
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
  }

  /// One diagnosis as text, naming the step that fixes it.
  private func line(_ diagnosis: Diagnosis) -> String {
    var text = "\(diagnosis.severity.rawValue.capitalized): \(diagnosis.message)"
    if let detail = diagnosis.detail { text += " (\(detail))" }
    if let step = diagnosis.step.flatMap(guide.step) { text += " Redo: \(step.title)." }
    return text
  }

  /// Stores the check's summary in the progress. The short key ID is
  /// taken only from a value shaped like a key ID: keys pre-filled from
  /// the environment may hold the secret in the ID.
  private func record(_ report: CheckReport, keys: AccessKeys) {
    let shaped = PlainText.isKeyIDShaped(keys.accessKeyID)
    progress.lastCheck = TurkLinkCore.Progress.CheckSummary(
      date: Date(), keyID: shaped ? keys.shortID : "(not a key ID)", ok: report.ok,
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
