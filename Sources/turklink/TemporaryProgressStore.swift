// TEMPORARY: stands in for the `keys` branch's ProgressStore until it is
// merged. Same place on disk ($XDG_STATE_HOME/turklink), no corrupt-file
// handling beyond starting afresh.
import Foundation
import TurkLinkCore

/// TEMPORARY progress file reader and writer.
struct TemporaryProgressStore {
  /// The progress file.
  let url: URL

  /// The store for this environment's state directory.
  init(environment: [String: String]) {
    let home = environment["HOME"] ?? NSHomeDirectory()
    let base = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? home + "/.local/state"
    url = URL(fileURLWithPath: base + "/turklink/progress.json")
  }

  /// The saved progress, or empty progress when there is none.
  func load() -> TurkLinkCore.Progress {
    guard let data = try? Data(contentsOf: url) else { return TurkLinkCore.Progress() }
    return (try? JSONDecoder().decode(TurkLinkCore.Progress.self, from: data)) ?? TurkLinkCore.Progress()
  }

  /// Writes progress atomically in a 0700 directory.
  func save(_ progress: TurkLinkCore.Progress) throws {
    let directory = url.deletingLastPathComponent()
    try FileManager.default.createDirectory(
      at: directory, withIntermediateDirectories: true,
      attributes: [.posixPermissions: 0o700])
    try JSONEncoder().encode(progress).write(to: url, options: .atomic)
  }
}
