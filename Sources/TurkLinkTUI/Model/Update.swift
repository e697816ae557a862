import TurkLinkCore

/// Applies one event to the wizard's state and returns the work the runner
/// must do; pure apart from reading the clock for the check summary.
public func update(_ state: inout AppState, _ event: Event) -> [Effect] {
  switch event {
  case .key(let key): return handleKey(&state, key)
  case .paste(let text): return state.paste(text)
  case .resize(let width, let height):
    return state.resize(width: width, height: height)
  case .tick: return state.advanceSpinner()
  case .checkFinished(let report): return state.finishCheck(report)
  case .notice(let text): return state.show(text, tone: .success)
  case .failure(let text): return state.showFailure(text)
  case .profileExists(let profile): return state.askReplace(profile: profile)
  case .keysSaved(let profile): return state.keysSaved(profile: profile)
  case .keysFileRead(let entries): return state.keysFileRead(entries)
  }
}

/// Routes a key to the overlay, the running check, the replace question,
/// the step list, or the screen on the right, in that order.
func handleKey(_ state: inout AppState, _ key: Key) -> [Effect] {
  state.message = nil
  state.fieldNote = nil
  state.warnings = []
  if state.showHelp { return state.closeHelp() }
  if key == .ctrl("c") { return state.quit() }
  if state.checkRunning { return CheckingKeys.handle(&state, key) }
  if case .askReplace = state.save {
    return ResultsScreen.answerReplace(&state, key)
  }
  if state.chooser != nil { return state.chooseKeys(key) }
  if let effects = state.typeIntoIDField(key) { return effects }
  if state.focus == .steps { return StepList.handle(&state, key) }

  switch state.screen {
  case .step(.accessKeys): return AccessKeysScreen.handle(&state, key)
  case .step(.cloudresearchEntry): return EntryScreen.handle(&state, key)
  case .step: return StepScreen.handle(&state, key)
  case .results: return ResultsScreen.handle(&state, key)
  case .balance: return BalanceScreen.handle(&state, key)
  }
}

extension AppState {
  /// Takes the terminal's new size; the next render adapts.
  mutating func resize(width: Int, height: Int) -> [Effect] {
    self.width = max(0, width)
    self.height = max(0, height)
    return []
  }

  /// Turns the spinner while a check runs.
  mutating func advanceSpinner() -> [Effect] {
    if checkRunning { spinner += 1 }
    return []
  }

  /// Puts a line on the message row, made printable first.
  mutating func show(_ text: String, tone: Tone) -> [Effect] {
    message = Message(TextLayout.printable(text), tone: tone)
    return []
  }

  /// Shows a failed effect; a save in flight is over, and a key file
  /// that could not be read is explained beside the ID field.
  mutating func showFailure(_ text: String) -> [Effect] {
    if save == .saving { save = .idle }
    if keysFileReading != nil { return keysFileFailed(text) }
    return show(text, tone: .error)
  }

  /// Opens the help overlay.
  mutating func openHelp() -> [Effect] {
    showHelp = true
    return []
  }

  /// Closes the help overlay; the key that closed it does nothing else.
  mutating func closeHelp() -> [Effect] {
    showHelp = false
    return []
  }

  /// Ends the wizard; progress is already saved, a running check stops.
  mutating func quit() -> [Effect] {
    shouldQuit = true
    let cancel: [Effect] = checkRunning ? [.cancelCheck] : []
    checkRunning = false
    return cancel + [.quit]
  }
}
