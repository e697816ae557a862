import Foundation
import TurkLinkCore

/// A key pair offered in demo mode, so a researcher can rehearse good and
/// broken keys against the stand-in.
public struct DemoKey: Sendable, Equatable {
  /// What the pair shows, e.g. "working keys" or "policy missing".
  public var label: String
  /// The fake keys the stand-in knows.
  public var keys: AccessKeys
  /// One line on what the check will say.
  public var summary: String

  /// Creates a demo key.
  public init(label: String, keys: AccessKeys, summary: String) {
    self.label = label
    self.keys = keys
    self.summary = summary
  }
}

/// How the wizard was started: command-line choices and what the backend
/// found out about the terminal.
public struct AppOptions: Sendable {
  /// True under `--demo`: a stand-in server and fake keys.
  public var demo: Bool
  /// The key pairs `d` cycles through in demo mode.
  public var demoKeys: [DemoKey]
  /// The step to open first (`turklink step ID`), else the first unfinished.
  public var startStep: StepID?
  /// `turklink step ID`: leave once that step is finished.
  public var singleStep: Bool
  /// Keys to put in the fields at start (e.g. from `--from-csv`).
  public var prefill: AccessKeys?
  /// The credentials-file profile keys are saved under.
  public var profile: String
  /// The credentials file keys are saved to, for telling the researcher
  /// where they went (in demo mode the demo state's own file); nil when
  /// unknown.
  public var credentialsPath: String?
  /// Whether the terminal takes OSC 52 clipboard writes.
  public var clipboardAvailable: Bool
  /// False under NO_COLOR or a monochrome terminal; screens then lean on
  /// text marks, which they always draw anyway.
  public var colors: Bool
  /// The marks to draw; `.ascii` when the locale is not UTF-8.
  public var symbols: Symbols
  /// Lines shown once at start, e.g. a corrupt progress file set aside.
  public var warnings: [String]
  /// The time a finished check is recorded at; tests pass a fixed one so
  /// `update` stays a pure function of its inputs.
  public var clock: @Sendable () -> Date

  /// Creates options; every argument has the everyday default.
  public init(
    demo: Bool = false, demoKeys: [DemoKey] = [], startStep: StepID? = nil,
    singleStep: Bool = false, prefill: AccessKeys? = nil,
    profile: String = "mturk",
    clipboardAvailable: Bool = true, colors: Bool = true,
    symbols: Symbols = .unicode,
    warnings: [String] = [], credentialsPath: String? = nil,
    clock: @escaping @Sendable () -> Date = { Date() }
  ) {
    self.demo = demo
    self.demoKeys = demoKeys
    self.startStep = startStep
    self.singleStep = singleStep
    self.prefill = prefill
    self.profile = profile
    self.clipboardAvailable = clipboardAvailable
    self.colors = colors
    self.symbols = symbols
    self.warnings = warnings
    self.credentialsPath = credentialsPath
    self.clock = clock
  }

  /// The command that checks the saved keys again from a shell.
  public var checkCommand: String {
    demo ? "turklink check --demo" : "turklink check --profile \(profile)"
  }
}
