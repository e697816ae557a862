import TurkLinkCore

/// A key the researcher pressed, already decoded from the terminal.
public enum Key: Equatable, Sendable {
  /// A printable character (including Space).
  case char(Character)
  /// A control chord, e.g. `.ctrl("c")`.
  case ctrl(Character)
  case up, down, left, right
  case enter, tab, backTab, escape, backspace, delete
  case home, end, pageUp, pageDown
}

/// Everything that can change the wizard's state.
public enum Event: Equatable, Sendable {
  /// A key press.
  case key(Key)
  /// A bracketed paste, delivered whole (its trailing newline included).
  case paste(String)
  /// The terminal is now this size.
  case resize(width: Int, height: Int)
  /// A timer tick (about 10 per second) while something is in progress.
  case tick
  /// A key check finished.
  case checkFinished(CheckReport)
  /// An effect finished with a line worth showing (saved, copied, opened…).
  case notice(String)
  /// An effect failed; the text is already safe to show.
  case failure(String)
  /// `saveKeys` without `replace` found the profile already in the
  /// credentials file; the wizard asks before replacing it.
  case profileExists(profile: String)
  /// `saveKeys` wrote the keys under this profile.
  case keysSaved(profile: String)
  /// `readKeysFile` read these key rows (at least one) from the file.
  case keysFileRead([AccessKeyCSV.Entry])
}

/// Work `update` asks the runner to do outside the pure model.
public enum Effect: Equatable, Sendable {
  /// Save the progress (after every change).
  case saveProgress(Progress)
  /// Check these keys against STS and MTurk; answer with `.checkFinished`.
  case runCheck(AccessKeys)
  /// Stop a running check.
  case cancelCheck
  /// Save the keys to the shared credentials file under `profile`.
  case saveKeys(AccessKeys, profile: String, replace: Bool)
  /// Open an address in the browser.
  case openURL(String)
  /// Put text on the clipboard (OSC 52); `label` names it in messages.
  case copy(String, label: String)
  /// Read the key rows of the downloaded CSV at this path (a leading
  /// `~/` is the home folder); answer with `.keysFileRead` or `.failure`.
  case readKeysFile(String)
  /// Leave the wizard.
  case quit
}

extension Event: CustomStringConvertible {
  /// The event with pasted text reduced to its length, since a paste is
  /// often a secret; safe for a debug log.
  public var description: String {
    switch self {
    case .paste(let text): "paste(\(text.count) characters)"
    case .key(.char), .key(.ctrl): "key(character)"
    case .key(let key): "key(\(key))"
    case .resize(let width, let height): "resize(\(width)x\(height))"
    case .tick: "tick"
    case .checkFinished(let report): "checkFinished(ok: \(report.ok))"
    case .notice: "notice"
    case .failure: "failure"
    case .profileExists(let profile): "profileExists(\(profile))"
    case .keysSaved(let profile): "keysSaved(\(profile))"
    case .keysFileRead(let entries): "keysFileRead(\(entries.count) rows)"
    }
  }
}

extension Effect: CustomStringConvertible {
  /// The effect without any secret (copied text is reduced to its label);
  /// safe for a debug log.
  public var description: String {
    switch self {
    case .saveProgress: "saveProgress"
    case .runCheck(let keys): "runCheck(\(keys.shortID))"
    case .cancelCheck: "cancelCheck"
    case .saveKeys(let keys, let profile, let replace):
      "saveKeys(\(keys.shortID), profile: \(profile), replace: \(replace))"
    case .openURL(let url): "openURL(\(url))"
    case .copy(_, let label): "copy(\(label))"
    case .readKeysFile(let path): "readKeysFile(\(path))"
    case .quit: "quit"
    }
  }
}
