import Foundation
import Synchronization
import TurkLinkCore
import TurkLinkTUI

/// The real `EffectPerformer`: saves progress and keys, checks keys over
/// the network, opens links and copies through the terminal.
final class LiveEffects: EffectPerformer {
  private let saveProgress: (TurkLinkCore.Progress) throws -> Void
  private let environment: [String: String]
  private var check: CheckJob?

  /// Writes a control sequence to the terminal (OSC 52); nil without one.
  var controlWriter: ((String) -> Void)?
  /// Whether clipboard sequences need wrapping for tmux.
  var insideTmux = false

  /// Creates the performer; `saveProgress` stores progress durably.
  init(saveProgress: @escaping (TurkLinkCore.Progress) throws -> Void, environment: [String: String]) {
    self.saveProgress = saveProgress
    self.environment = environment
  }

  /// Starts `effect`; slow work reports back through `post`.
  func perform(_ effect: Effect, post: @escaping @Sendable (Event) -> Void) {
    switch effect {
    case .saveProgress(let progress): save(progress, post: post)
    case .runCheck(let keys): startCheck(keys, post: post)
    case .cancelCheck: cancelCheck()
    case .saveKeys(let keys, let profile, let replace):
      saveKeys(keys, profile: profile, replace: replace, post: post)
    case .openURL(let url): URLOpener.open(url, environment: environment, post: post)
    case .copy(let text, let label): copy(text, label: label, post: post)
    case .quit: break
    }
  }

  private func save(_ progress: TurkLinkCore.Progress, post: @Sendable (Event) -> Void) {
    do {
      try saveProgress(progress)
    } catch {
      post(.failure("Could not save progress: \(Self.reason(error))"))
    }
  }

  /// Runs the check on another thread; a cancelled job's result is dropped.
  private func startCheck(_ keys: AccessKeys, post: @escaping @Sendable (Event) -> Void) {
    cancelCheck()
    let job = CheckJob()
    check = job
    DispatchQueue.global().async {
      let report = LiveEffects.runCheck(keys)
      if !job.isCancelled { post(.checkFinished(report)) }
    }
  }

  private func cancelCheck() {
    check?.cancel()
    check = nil
  }

  /// TEMPORARY until the `check` branch's KeyChecker is merged: answers
  /// every check with a network diagnosis instead of asking AWS.
  private static func runCheck(_ keys: AccessKeys) -> CheckReport {
    let diagnosis = Diagnosis(
      code: .network, message: "Key checking is not built into this version yet.",
      step: nil)
    return CheckReport(diagnoses: [diagnosis])
  }

  /// TEMPORARY until the `keys` branch's CredentialsFile is merged.
  private func saveKeys(
    _ keys: AccessKeys, profile: String, replace: Bool, post: @Sendable (Event) -> Void
  ) {
    post(.failure("Saving keys is not built into this version yet; nothing was written."))
  }

  /// Sends OSC 52; the terminal gives no answer, so the notice says so.
  private func copy(_ text: String, label: String, post: @Sendable (Event) -> Void) {
    guard let controlWriter else {
      post(.failure("No terminal clipboard here; select the \(label) and copy it by hand."))
      return
    }
    controlWriter(ControlSequences.clipboard(text, insideTmux: insideTmux))
    post(.notice("Sent the \(label) to the clipboard (if your terminal allows it)."))
  }

  /// A short, secret-free reason for an error.
  static func reason(_ error: Error) -> String {
    let nsError = error as NSError
    if let posix = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
      posix.domain == NSPOSIXErrorDomain, let text = strerror(Int32(posix.code))
    {
      return String(cString: text)
    }
    return nsError.localizedDescription
  }
}

/// A running key check that can be told its result is no longer wanted.
final class CheckJob: Sendable {
  private let cancelled = Mutex(false)

  /// True once `cancel` was called.
  var isCancelled: Bool { cancelled.withLock { $0 } }

  /// Drops the job's result when it arrives.
  func cancel() { cancelled.withLock { $0 = true } }
}
