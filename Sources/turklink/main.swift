// TEMPORARY: a minimal entry point so the terminal side can be run and
// tested; the lead engineer's main.swift (argument parsing, commands)
// replaces it and calls `runWizard`.
import Foundation
import TurkLinkCore

let arguments = Array(CommandLine.arguments.dropFirst())
let environment = ProcessInfo.processInfo.environment
do {
  let guide = try GuideLoader.loadDefault()
  let store = TemporaryProgressStore(environment: environment)
  let effects = LiveEffects(saveProgress: store.save, environment: environment)
  var options = AppOptions()
  if let index = arguments.firstIndex(of: "step"), index + 1 < arguments.count {
    options.startStep = StepID(rawValue: arguments[index + 1])
    options.singleStep = true
  }
  let status = runWizard(
    options, guide: guide, progress: store.load(), effects: effects,
    plainRequested: arguments.contains("--plain"))
  exit(status)
} catch {
  FileHandle.standardError.write(Data("turklink: \(error)\n".utf8))
  exit(1)
}
