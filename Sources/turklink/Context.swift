import Foundation
import TurkLinkCore

/// What every command that touches progress needs: the guide, where the
/// state lives (a separate folder in demo mode), and the progress store.
struct Context {
  let guide: Guide
  let store: ProgressStore
  let stateDirectory: String
  let demo: Bool

  /// Loads the guide and finds the state folder; a broken guide is a usage
  /// error (exit 2) that names the file and entry.
  init(invocation: Invocation, environment: [String: String]) throws {
    do {
      guide = try GuideLoader.loadDefault(environment: environment)
    } catch {
      throw CommandFailure.usage(error.description)
    }
    demo = invocation.demo
    do {
      stateDirectory = try StatePaths(environment: environment).directory(demo: demo)
    } catch {
      throw CommandFailure.usage("\(error)")
    }
    store = ProgressStore(directory: stateDirectory)
  }

  /// The progress file's path, for messages.
  var progressFile: String { store.fileURL.path }

  /// Loads progress; a corrupt file is set aside and its warning printed.
  func loadProgress() -> Progress {
    let (progress, warning) = store.load()
    if let warning { printError(warning) }
    return progress
  }
}

/// The wizard's progress; named here because Foundation has a `Progress` too.
typealias Progress = TurkLinkCore.Progress
