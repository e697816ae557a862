import Foundation
import TurkLinkCore

extension PlainWizard {
  /// Reads the key ID and the secret (or a demo pair's number); nil at
  /// end of input, an empty key ID when the researcher skips the check.
  func askKeys() -> AccessKeys? {
    listDemoKeys()
    let prompt = settings.demoKeys.isEmpty
      ? "Access key ID (starts with AKIA, Enter to skip the check): "
      : "Access key ID, or a demo number (Enter to skip the check): "
    guard let id = readKeyID(prompt) else { return nil }
    if id.isEmpty { return AccessKeys(accessKeyID: "", secret: "") }
    if let demo = demoKey(id) { return demo }

    io.write("Secret access key (not shown): ")
    guard let secret = io.readSecret() else { return nil }
    return AccessKeys(accessKeyID: id, secret: PlainText.trimmedKey(secret))
  }

  /// Reads the key ID with echo off: plain mode has no alternate screen,
  /// so a secret or CSV line pasted here by mistake would stay in the
  /// scrollback. Prints back only a value shaped like a key ID.
  private func readKeyID(_ prompt: String) -> String? {
    io.write(PlainText.clean(prompt))
    guard let answer = io.readSecret() else { return nil }

    let value = PlainText.trimmedKey(answer)
    if value.isEmpty || demoKey(value) != nil { return value }
    say(
      PlainText.isKeyIDShaped(value)
        ? "Access key ID: \(value)"
        : "(hidden: that did not look like an access key ID)")
    return value
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
