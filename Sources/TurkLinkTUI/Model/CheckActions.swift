import Foundation
import TurkLinkCore

extension AppState {
  /// Starts the live check when both fields pass the format check.
  mutating func startCheck() -> [Effect] {
    if entry.isEmpty {
      return show(
        "No keys yet: enter them on step \(number(of: .accessKeys)) first.",
        tone: .warning)
    }
    if let advice = entry.swapAdvice {
      return show(advice, tone: .warning)
    }
    guard entry.isReady else {
      return show(
        "Fix the key fields marked \(symbols.problem) first.", tone: .error)
    }

    checkRunning = true
    spinner = 0
    save = .idle
    return [.runCheck(entry.keys)]
  }

  /// Stops the running check; its late answer is ignored.
  mutating func cancelCheck() -> [Effect] {
    checkRunning = false
    message = Message("Check cancelled.", tone: .muted)
    return [.cancelCheck]
  }

  /// Takes a check's answer: records a safe summary, marks access-keys done
  /// on a pass, and shows the results.
  mutating func finishCheck(_ finished: CheckReport) -> [Effect] {
    guard checkRunning else { return [] }
    checkRunning = false
    report = finished
    checkedKeys = entry.keys

    // access-keys is done only when MTurk production answered.
    let passed = finished.ok && finished.balances[.production] != nil
    progress.lastCheck = Progress.CheckSummary(
      date: options.clock(), keyID: entry.keys.shortID, ok: passed,
      codes: finished.diagnoses.map(\.code.rawValue))
    if passed, let step = guide.step(.accessKeys) {
      progress.tickAll(step)
    }
    if screen != .balance { open(.results) }
    return [.saveProgress(progress)]
  }

  /// The first diagnosis of the last report that names a step to redo.
  public var diagnosisToFix: Diagnosis? {
    report?.diagnoses.sorted { $0.severity > $1.severity }.first {
      $0.step != nil
    }
  }

  /// Opens the step the most important diagnosis names; once its checklist
  /// is complete the wizard comes back to the key check.
  mutating func goToDiagnosis() -> [Effect] {
    guard let diagnosis = diagnosisToFix, let target = diagnosis.step else {
      return []
    }
    open(.step(target))
    guard target == .accessKeys else {
      fixing = target
      return []
    }

    let field: Row = diagnosis.code == .wrongSecret ? .secret : .keyID
    cursor = rows.firstIndex(of: field) ?? cursor
    return []
  }

  /// Asks the runner to save the checked keys under the profile.
  mutating func saveKeys(replace: Bool = false) -> [Effect] {
    guard report?.ok == true, let keys = checkedKeys else {
      return show(
        "Only keys that passed the check can be saved.", tone: .warning)
    }
    save = .saving
    return [.saveKeys(keys, profile: options.profile, replace: replace)]
  }

  /// The profile already exists: ask before replacing it.
  mutating func askReplace(profile: String) -> [Effect] {
    save = .askReplace(profile: TextLayout.printable(profile))
    return []
  }

  /// The keys were saved.
  mutating func keysSaved(profile: String) -> [Effect] {
    let name = TextLayout.printable(profile)
    save = .saved(profile: name)
    guard let path = options.credentialsPath else {
      return show("Saved the keys to profile \"\(name)\".", tone: .success)
    }
    return show(
      "Saved the keys to profile \"\(name)\" in \(path).", tone: .success)
  }
}
