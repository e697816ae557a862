import Foundation
import XCTest

/// After a demo run that checks, reveals and saves the keys, the secret is
/// in the demo credentials file and nowhere else: not in any other file
/// under HOME, not in the wrapper's records, not in the pane's scrollback.
final class SecretHygieneTests: XCTestCase {
  private var session: TmuxSession?

  override func setUpWithError() throws {
    try XCTSkipIf(
      TmuxSession.tmuxPath == nil,
      "tmux is not installed; end-to-end tests skipped")
  }

  override func tearDown() { session?.close() }

  func testTheSecretIsOnlyInTheDemoCredentialsFile() throws {
    let account = Demo.healthy
    let base = try TmuxSession.makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: base) }
    let home = base.appendingPathComponent("home")
    // Every XDG folder inside the searched tree, so a stray write is seen.
    let xdg = [
      "XDG_CACHE_HOME": "cache", "XDG_CONFIG_HOME": "config",
      "XDG_DATA_HOME": "data",
    ]
    .mapValues { base.appendingPathComponent($0).path }
    let current = try TmuxSession(
      arguments: ["--demo", "step", "access-keys"], home: home,
      extraEnvironment: xdg)
    session = current
    try current.waitFor(text: "Secret access key")
    try current.paste(Demo.csv(account))
    try current.waitFor(text: "Filled both fields")

    // Show the secret on purpose: the alternate screen must still keep it
    // out of the scrollback.
    try current.keys("C-r")
    try current.waitFor(text: account.secret)
    try current.type("c")
    try current.waitFor(text: "The keys work with MTurk", timeout: 15)
    try current.type("s")
    try current.waitFor(text: "Saved to profile")
    try current.type("q")
    try current.assertExited(with: 0, "quit after saving")
    try current.waitFor(text: "TURKLINK-EXITED")

    let history =
      try current.captureHistory() + current.captureHistory(escapes: true)
    XCTAssertFalse(
      history.contains(account.secret), "the secret is in the scrollback")
    let credentials = Demo.directory(in: current.home).appendingPathComponent(
      "credentials")
    let searched = try files(under: current.directory) + files(under: base)
    let holders = try searched.filter { try holds(account.secret, $0) }
    XCTAssertEqual(
      holders.map(\.path), [credentials.resolvingSymlinksInPath().path])
    try assertShortKeyIDOnly(
      in: Demo.progressFile(in: current.home), account: account.accessKeyID)
  }

  /// The progress file names the key by its last four characters only.
  private func assertShortKeyIDOnly(in file: URL, account keyID: String) throws
  {
    let data = try Data(contentsOf: file)
    let text = String(decoding: data, as: UTF8.self)
    XCTAssertFalse(
      text.contains(keyID), "the whole key ID is in the progress file")
    XCTAssertFalse(
      text.contains(String(keyID.dropFirst(4))), "most of the key ID is saved")
    let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
    let last = json?["lastCheck"] as? [String: Any]
    XCTAssertEqual(last?["keyID"] as? String, "…" + keyID.suffix(4))
  }

  /// Every regular file below `root`, symlinks resolved.
  private func files(under root: URL) throws -> [URL] {
    let enumerator = FileManager.default.enumerator(
      at: root, includingPropertiesForKeys: [.isRegularFileKey])
    var found: [URL] = []
    while let url = enumerator?.nextObject() as? URL {
      if try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile
        == true
      {
        found.append(url.resolvingSymlinksInPath())
      }
    }
    XCTAssertFalse(found.isEmpty, "no files under \(root.path)")
    return found
  }

  /// True when `file` holds `secret` as written, percent-encoded or in
  /// base64 (the forms a leak would most likely take).
  private func holds(_ secret: String, _ file: URL) throws -> Bool {
    let data = try Data(contentsOf: file)
    let encoded =
      secret.addingPercentEncoding(withAllowedCharacters: .alphanumerics)
      ?? secret
    let forms = [secret, encoded, Data(secret.utf8).base64EncodedString()]
    return forms.contains { data.range(of: Data($0.utf8)) != nil }
  }
}
