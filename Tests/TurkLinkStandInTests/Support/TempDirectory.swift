import Foundation

/// A private temporary directory (0700) removed when the test ends.
final class TempDirectory {
  /// The directory.
  let url: URL

  /// Creates a fresh directory under the system temp dir.
  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("standin-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: url, withIntermediateDirectories: false,
      attributes: [.posixPermissions: 0o700])
  }

  deinit {
    try? FileManager.default.removeItem(at: url)
  }

  /// A path inside the directory.
  func path(_ name: String) -> String {
    url.appendingPathComponent(name).path
  }

  /// Writes `text` to `name` with mode 0600 and returns its path.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    let target = path(name)
    guard
      FileManager.default.createFile(
        atPath: target, contents: Data(text.utf8),
        attributes: [.posixPermissions: 0o600])
    else { throw CocoaError(.fileWriteUnknown) }
    return target
  }
}
