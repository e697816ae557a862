/// Where the wizard runs: curses on a real terminal, or plain prompts.
public enum WizardMode: Equatable {
  /// The ncurses wizard on `$TERM`.
  case curses(term: String)
  /// Line-by-line prompts; `reason` is told to the researcher, nil when
  /// they asked for plain mode themselves.
  case plain(reason: String?)
}

/// Picks the mode before touching the terminal: plain when asked, when
/// there is no terminal on both ends, or when `$TERM` cannot do curses.
public func chooseMode(
  plainRequested: Bool, environment: [String: String], stdinIsTTY: Bool, stdoutIsTTY: Bool
) -> WizardMode {
  if plainRequested { return .plain(reason: nil) }
  if !stdinIsTTY { return .plain(reason: "no terminal (stdin is not a tty)") }
  if !stdoutIsTTY { return .plain(reason: "no terminal (stdout is not a tty)") }
  guard let term = environment["TERM"], !term.isEmpty else {
    return .plain(reason: "no terminal type (TERM is not set)")
  }
  if term == "dumb" { return .plain(reason: "the terminal is dumb (TERM=dumb)") }
  return .curses(term: term)
}
