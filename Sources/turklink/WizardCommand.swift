import TurkLinkCore

// TODO: replaced by the real wizard launch once the terminal backend lands
// on main; until then the wizard commands only say so.
enum WizardCommand {
  static func run(_ invocation: Invocation, context: Context) throws -> Int32 {
    throw CommandFailure(message: "the wizard is not wired into this build yet", exitCode: 1)
  }
}

/// A demo key offered by the wizard (moves to TurkLinkTUI with the wizard).
struct DemoKey {
  var label: String
  var keys: AccessKeys
  var summary: String
}
