import Foundation
import TurkLinkCore
import TurkLinkTUI

/// The real `EffectPerformer`: saves progress and keys, checks keys over
/// the network, opens links and copies through the terminal.
final class LiveEffects: EffectPerformer {
  private let store: ProgressStore
  private let makeChecker: () -> KeyChecker
  private var madeChecker: KeyChecker?
  private let credentialsPath: () throws -> String
  private let environment: [String: String]
  private var check: Task<Void, Never>?

  /// Writes a control sequence to the terminal (OSC 52); nil without one.
  var controlWriter: ((String) -> Void)?
  /// Whether clipboard sequences need wrapping for tmux.
  var insideTmux = false

  /// Creates the performer; `credentialsPath` finds the shared
  /// credentials file when keys are saved. `checker` is made at the first
  /// check, not here: URLSession's set-up slowed the first frame and
  /// created folders under HOME even when no check ran.
  init(
    store: ProgressStore, checker: @escaping @autoclosure () -> KeyChecker,
    credentialsPath: @escaping () throws -> String, environment: [String: String]
  ) {
    self.store = store
    self.makeChecker = checker
    self.credentialsPath = credentialsPath
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
    case .readKeysFile(let path): readKeysFile(path, post: post)
    case .quit: break
    }
  }

  private func save(_ progress: Progress, post: @Sendable (Event) -> Void) {
    do {
      try store.save(progress)
    } catch let error as StorageError {
      post(.failure("Progress not saved: \(error.message)"))
    } catch {
      post(.failure("Progress not saved: \(error)"))
    }
  }

  /// Runs the check in a task; a cancelled check posts nothing.
  private func startCheck(_ keys: AccessKeys, post: @escaping @Sendable (Event) -> Void) {
    cancelCheck()
    let checker = madeChecker ?? makeChecker()
    madeChecker = checker
    check = Task.detached {
      let report = await checker.check(keys)
      if !Task.isCancelled { post(.checkFinished(report)) }
    }
  }

  private func cancelCheck() {
    check?.cancel()
    check = nil
  }

  /// Saves under the lock of the credentials file; an existing profile
  /// is reported so the wizard can ask before replacing it.
  private func saveKeys(
    _ keys: AccessKeys, profile: String, replace: Bool, post: @Sendable (Event) -> Void
  ) {
    do {
      let path = try credentialsPath()
      try CredentialsFile.save(profile: profile, keys: keys, to: path, replace: replace)
      post(.keysSaved(profile: profile))
    } catch KeyError.profileExists(let existing, _) {
      post(.profileExists(profile: existing))
    } catch let error as KeyError {
      post(.failure("Keys not saved: \(error.message)"))
    } catch {
      post(.failure("Keys not saved: \(error)"))
    }
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

  /// Reads the key rows off the main loop (a path may name a slow disk);
  /// only the rows go back, and errors say nothing of the file's text.
  private func readKeysFile(
    _ path: String, post: @escaping @Sendable (Event) -> Void
  ) {
    let full = KeysFile.expanded(path, home: environment["HOME"])
    Task.detached {
      post(LiveEffects.keysFileEvent(atPath: full))
    }
  }

  /// The event answering `readKeysFile` for the file at `path`.
  static func keysFileEvent(atPath path: String) -> Event {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
    else { return .failure("No file at \(path).") }
    if isFolder.boolValue {
      return .failure("\(path) is a folder, not the .csv.")
    }
    do {
      return .keysFileRead(try AccessKeyCSV.entries(atPath: path))
    } catch let error as KeyError {
      return .failure(error.message)
    } catch {
      return .failure("\(path) could not be read.")
    }
  }
}
