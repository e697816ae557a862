import Foundation
import TurkLinkCore

extension PlainWizard {
  /// Reads the key ID and the secret (or a demo pair's number, or both
  /// keys pasted at once); nil at end of input, an empty key ID when the
  /// researcher answers Enter (whose meaning `enter` tells).
  func askKeys(enter: String) -> AccessKeys? {
    listDemoKeys()
    var keptSecret: String?
    while true {
      guard let answer = readKeyID(keptSecret: keptSecret != nil, enter: enter) else { return nil }
      if answer.isEmpty { return AccessKeys(accessKeyID: "", secret: "") }
      if let demo = demoKey(answer) { return demo }

      switch KeyPaste.interpret(answer, into: .accessKeyID) {
      case .keys(let entries):
        return choose(entries)
      case .value(let id, nil):
        guard let secret = keptSecret else { return askSecret(id: id, enter: enter) }
        say("Access key ID: \(id); the secret is the value pasted before.")
        return AccessKeys(accessKeyID: id, secret: secret)
      case .value(let value, .looksLikeSecret?):
        say(hiddenNote)
        say("That looked like the secret access key: it is kept as the secret. "
          + "Paste the access key ID first.")
        keptSecret = value
      case .value(let value, let problem?):
        say(PlainText.isKeyIDShaped(value) ? "Access key ID: \(value)" : hiddenNote)
        say(PlainText.message(for: problem))
      }
    }
  }

  private var hiddenNote: String { "(hidden: that did not look like an access key ID)" }

  /// Reads the key ID with echo off: plain mode has no alternate screen,
  /// so a secret or CSV line pasted here by mistake would stay in the
  /// scrollback. A CSV header line is joined with the row after it.
  private func readKeyID(keptSecret: Bool, enter: String) -> String? {
    let what = settings.demoKeys.isEmpty ? "starts with AKIA" : "or a demo number"
    let kept = keptSecret ? "the secret is kept; " : ""
    io.write("Access key ID (\(what); \(kept)\(enter)): ")
    guard let answer = io.readSecret() else { return nil }

    guard PlainText.isCSVHeader(answer) else { return KeyCleaner.clean(answer) }
    guard let row = io.readSecret() else { return nil }
    return answer + "\n" + row
  }

  /// Reads the secret with echo off; a CSV line pasted here fills both
  /// keys, and a key ID pasted here is refused. An empty answer skips.
  private func askSecret(id: String, enter: String) -> AccessKeys? {
    say("Access key ID: \(id)")
    while true {
      io.write("Secret access key (not shown), \(enter): ")
      guard let answer = io.readSecret() else { return nil }
      switch KeyPaste.interpret(answer, into: .secret) {
      case .keys(let entries): return choose(entries)
      case .value(let secret, nil): return AccessKeys(accessKeyID: id, secret: secret)
      case .value(_, .empty?): return AccessKeys(accessKeyID: "", secret: "")
      case .value(_, let problem?): say(PlainText.message(for: problem))
      }
    }
  }

  /// The keys of the pasted row. A line read holds one row at most: the
  /// header is joined with the single row after it.
  private func choose(_ entries: [AccessKeyCSV.Entry]) -> AccessKeys? {
    guard let keys = entries.first?.keys else { return nil }
    say("Read both keys from the paste: access key ID \(keys.accessKeyID).")
    return keys
  }

  /// The demo pair an answer names by number, if any.
  private func demoKey(_ answer: String) -> AccessKeys? {
    guard let number = Int(answer), settings.demoKeys.indices.contains(number - 1) else {
      return nil
    }
    return settings.demoKeys[number - 1].keys
  }

  /// Demo mode's fake pairs, by number; their secrets stay unprinted.
  private func listDemoKeys() {
    guard !settings.demoKeys.isEmpty else { return }
    say("Demo keys (fake, checked against the built-in stand-in):")
    for (index, demo) in settings.demoKeys.enumerated() {
      say("  \(index + 1). \(demo.label): \(demo.summary)")
    }
  }
}
