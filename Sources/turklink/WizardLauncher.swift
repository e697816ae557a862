import Foundation
import TurkLinkCore
import TurkLinkTUI

/// Runs the wizard and returns the process exit status: 0 after quitting,
/// 128 + the signal number when a signal (or Ctrl-C) ended it.
func runWizard(
  _ options: AppOptions, guide: Guide, progress: TurkLinkCore.Progress, effects: LiveEffects,
  plainRequested: Bool,
  environment: [String: String] = ProcessInfo.processInfo.environment
) -> Int32 {
  let codeset = CursesTerminal.prepareLocale()
  let traits = TerminalTraits.detect(environment: environment, codeset: codeset)
  let mode = chooseMode(
    plainRequested: plainRequested, environment: environment,
    stdinIsTTY: isatty(STDIN_FILENO) == 1, stdoutIsTTY: isatty(STDOUT_FILENO) == 1)

  guard case .curses(let term) = mode else {
    if case .plain(let reason?) = mode { announcePlain(reason) }
    return runPlain(options, guide: guide, progress: progress, effects: effects)
  }
  SignalWatch.install()
  CrashGuard.arm()
  do {
    let terminal = try CursesTerminal(traits: traits, term: term)
    return runCurses(options, guide: guide, progress: progress, effects: effects,
      terminal: terminal)
  } catch {
    CrashGuard.disarm()
    SignalWatch.uninstall()
    announcePlain(error.description)
    return runPlain(options, guide: guide, progress: progress, effects: effects)
  }
}

/// The one line that says why curses is not used.
private func announcePlain(_ reason: String) {
  announce("\(reason); using plain mode")
}

/// One line on standard error, before or instead of curses.
private func announce(_ line: String) {
  FileHandle.standardError.write(Data("turklink: \(line)\n".utf8))
}

/// Runs the curses wizard on an open terminal and restores it on every
/// way out (quit, Ctrl-C, signals).
private func runCurses(
  _ options: AppOptions, guide: Guide, progress: TurkLinkCore.Progress, effects: LiveEffects,
  terminal: CursesTerminal
) -> Int32 {
  var options = options
  options.colors = terminal.hasColor
  options.clipboardAvailable = true
  if !terminal.traits.utf8 {
    options.symbols = .ascii
    options.warnings.append("The locale is not UTF-8, so marks are shown as ASCII.")
  }
  effects.controlWriter = { [unowned terminal] in terminal.writeControl($0) }
  effects.insideTmux = terminal.traits.insideTmux

  let size = terminal.size
  var state = AppState(
    guide: guide, progress: progress, options: options, width: size.width, height: size.height)
  let outcome = Runner(terminal: terminal, performer: effects).run(&state)

  effects.perform(.cancelCheck) { _ in }
  effects.controlWriter = nil
  terminal.restore()
  CrashGuard.disarm()
  SignalWatch.uninstall()
  switch outcome {
  case .quit: return 0
  case .signal(let number): return SignalWatch.exitStatus(for: number)
  }
}

/// Runs the plain wizard on stdin/stdout.
private func runPlain(
  _ options: AppOptions, guide: Guide, progress: TurkLinkCore.Progress, effects: LiveEffects
) -> Int32 {
  for warning in options.warnings { announce(warning) }
  let settings = PlainSettings(
    startStep: options.startStep, singleStep: options.singleStep, profile: options.profile,
    prefill: options.prefill, demoKeys: options.demoKeys)
  let wizard = PlainWizard(
    guide: guide, progress: progress, settings: settings, io: StandardPlainIO(),
    performer: effects)
  return wizard.run()
}
