import TurkLinkCore

extension AppState {
  /// Moves the cursor within the step's rows, stopping at either end.
  mutating func moveCursor(by offset: Int) -> [Effect] {
    let count = rows.count
    guard count > 0 else { return [] }
    cursor = min(count - 1, max(0, cursor + offset))
    return []
  }

  /// Ticks or unticks the item under the cursor and saves.
  mutating func toggleItem() -> [Effect] {
    guard case .item(let index)? = currentRow, let id = currentStepID else {
      return []
    }
    progress.toggle(id, item: index)
    return [.saveProgress(progress)] + returnIfFixed()
  }

  /// Enter: on an unticked item tick it and move down; on a complete
  /// checklist go on to the next step.
  mutating func activateItem() -> [Effect] {
    guard case .item(let index)? = currentRow, let step = currentStep else {
      // A step without a checklist has nothing to tick: Enter moves on.
      return rows.isEmpty ? next() : []
    }
    if checklistComplete(step) { return next() }

    var effects: [Effect] = []
    if !progress.isTicked(step.id, item: index) {
      progress.toggle(step.id, item: index)
      effects.append(.saveProgress(progress))
    }
    cursor = min(rows.count - 1, cursor + 1)
    return effects + returnIfFixed()
  }

  /// After a diagnosis jump, goes back to the key check once the step's
  /// checklist is complete.
  mutating func returnIfFixed() -> [Effect] {
    guard let fixing, let step = currentStep, step.id == fixing,
      checklistComplete(step)
    else { return [] }

    self.fixing = nil
    open(.step(.accessKeys))
    cursor = rows.firstIndex(of: .checkKeys) ?? cursor
    message = Message(
      "Step \(number(of: step.id)) is done: check the keys again (press c).",
      tone: .accent)
    return []
  }

  /// Goes on to the next step, the balance screen after the last step, or
  /// back to the step a diagnosis jump came from.
  mutating func next() -> [Effect] {
    if let step = currentStep, step.id == fixing, checklistComplete(step) {
      return returnIfFixed()
    }
    if options.singleStep { return quit() }
    guard let id = currentStepID, let index = guide.index(of: id) else {
      return []
    }
    if index + 1 < guide.steps.count {
      open(.step(guide.steps[index + 1].id))
    } else {
      open(.balance)
    }
    return []
  }

  /// Goes back one step (the balance screen goes back to the last step).
  mutating func back() -> [Effect] {
    switch screen {
    case .balance:
      if let last = guide.steps.last { open(.step(last.id)) }
    case .results:
      open(.step(.accessKeys))
    case .step(let id):
      guard let index = guide.index(of: id), index > 0 else {
        return show("This is the first step.", tone: .muted)
      }
      open(.step(guide.steps[index - 1].id))
    }
    return []
  }

  /// Shows a screen with the cursor where work is left.
  mutating func open(_ target: Screen) {
    screen = target
    focus = .content
    scroll = 0
    cursor = startCursor()
  }

  /// Opens step `number` (1-based), as the digit keys do.
  mutating func jump(toNumber number: Int) -> [Effect] {
    guard guide.steps.indices.contains(number - 1) else { return [] }
    open(.step(guide.steps[number - 1].id))
    return []
  }

  /// Moves the arrow keys between the step list and the screen.
  mutating func switchFocus() -> [Effect] {
    focus = focus == .steps ? .content : .steps
    return []
  }

  /// Opens the step's first link in the browser.
  mutating func openLink() -> [Effect] {
    guard let link = currentStep?.links.first else {
      return show("This screen has no link.", tone: .muted)
    }
    message = Message("Opening \(link.label) in the browser...", tone: .muted)
    return [.openURL(link.url)]
  }
}
