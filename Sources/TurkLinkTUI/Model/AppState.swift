import TurkLinkCore

/// Which screen fills the right side.
public enum Screen: Equatable, Sendable {
  /// A guide step: its checklist, links and (for some) fields and actions.
  case step(StepID)
  /// The outcome of the last key check, on the access-keys step.
  case results
  /// The final balance screen.
  case balance
}

/// Where the arrow keys act.
public enum Focus: Equatable, Sendable {
  /// The step list on the left.
  case steps
  /// The current screen's checklist, fields and actions.
  case content
}

/// A line for the message row above the status bar.
public struct Message: Equatable, Sendable {
  /// The text, already safe to show.
  public var text: String
  /// Its meaning (success, warning, error…).
  public var tone: Tone

  /// Creates a message.
  public init(_ text: String, tone: Tone = .normal) {
    self.text = text
    self.tone = tone
  }
}

/// Where saving the checked keys stands.
public enum SavePhase: Equatable, Sendable {
  /// Not asked yet.
  case idle
  /// `saveKeys` is out; waiting for the backend.
  case saving
  /// The profile exists; the researcher is asked whether to replace it.
  case askReplace(profile: String)
  /// Saved under this profile.
  case saved(profile: String)
}

/// A line shown under one key field, e.g. why a paste was refused;
/// cleared by the next key or paste.
public struct FieldNote: Equatable, Sendable {
  /// The field it belongs to.
  public var row: Row
  /// The text, already safe to show.
  public var text: String

  /// Creates a note.
  public init(row: Row, text: String) {
    self.row = row
    self.text = text
  }
}

/// Everything the wizard shows and remembers between events.
public struct AppState: Sendable {
  /// The guide's steps.
  public var guide: Guide
  /// Ticks and the last check; saved after every change.
  public var progress: Progress
  /// How the wizard was started.
  public var options: AppOptions
  /// Terminal columns.
  public var width: Int
  /// Terminal rows.
  public var height: Int
  /// Set when the wizard should end; the runner leaves after this event.
  public var shouldQuit = false
  /// What the right side shows.
  public var screen: Screen
  /// Where the arrow keys act.
  public var focus: Focus = .content
  /// The highlighted row of the screen's checklist, fields and actions.
  public var cursor = 0
  /// How far a screen without a cursor (results, balance) is scrolled.
  public var scroll = 0
  /// True while the help overlay is open.
  public var showHelp = false
  /// The key fields.
  public var entry = KeyEntry()
  /// True while a live check runs (a spinner turns).
  public var checkRunning = false
  /// The spinner's frame, advanced by ticks.
  public var spinner = 0
  /// The last finished check in this session.
  public var report: CheckReport?
  /// The keys `report` is about (for saving and copying).
  public var checkedKeys: AccessKeys?
  /// The step a diagnosis sent the researcher to; once its checklist is
  /// complete the wizard goes back to the key check.
  public var fixing: StepID?
  /// The line above the status bar; cleared by the next key.
  public var message: Message?
  /// A note under a key field (a refused paste, a full field).
  public var fieldNote: FieldNote?
  /// Start-up warnings not yet dismissed.
  public var warnings: [String]
  /// Saving the keys to the credentials file.
  public var save = SavePhase.idle
  /// The demo key pair last put in the fields.
  public var demoIndex: Int?
  /// The list of key rows to pick from, while one is open.
  public var chooser: KeyChooser?
  /// The CSV path asked for with `readKeysFile`, until its answer comes.
  public var keysFileReading: String?

  /// Starts the wizard at `options.startStep`, or the first unfinished step.
  public init(
    guide: Guide, progress: Progress, options: AppOptions, width: Int,
    height: Int
  ) {
    self.guide = guide
    self.progress = progress
    self.options = options
    self.width = width
    self.height = height
    warnings = options.warnings
    screen = .step(
      AppState.startStep(guide: guide, progress: progress, options: options))
    if let keys = options.prefill { entry.fill(keys) }
    cursor = startCursor()
  }

  /// Where the wizard goes once the step being fixed is done.
  public var returnTo: StepID? { fixing == nil ? nil : .accessKeys }

  /// True while something animates and the runner should send `.tick`.
  public var needsTicks: Bool { checkRunning }

  /// The marks to draw.
  public var symbols: Symbols { options.symbols }

  private static func startStep(
    guide: Guide, progress: Progress, options: AppOptions
  )
    -> StepID
  {
    if let id = options.startStep, guide.step(id) != nil { return id }
    if let step = progress.firstUnfinished(in: guide) { return step.id }
    return guide.steps.last?.id ?? .cloudresearchEntry
  }
}

extension AppState: CustomReflectable {
  /// Only what is safe to print: `dump(state)` must not reach the keys in
  /// the fields, the checked keys or the demo and prefilled keys.
  public var customMirror: Mirror {
    Mirror(
      self,
      children: [
        "screen": screen, "focus": focus, "cursor": cursor, "scroll": scroll,
        "size": "\(width)x\(height)", "showHelp": showHelp,
        "checkRunning": checkRunning, "reportOK": report?.ok as Any,
        "save": save, "chooserOpen": chooser != nil,
        "fieldNote": fieldNote as Any, "fixing": fixing as Any, "message": message as Any,
        "shouldQuit": shouldQuit,
      ])
  }
}
