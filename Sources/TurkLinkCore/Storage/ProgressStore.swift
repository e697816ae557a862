import Foundation

/// Loads and saves `Progress` as `progress.json` in one folder.
///
/// The folder is created 0700 and the file written 0600, atomically. A
/// file that cannot be understood is renamed aside, never deleted and
/// never a crash: the wizard starts afresh and says where the old file went.
public struct ProgressStore: Sendable {
  /// The folder holding `progress.json`.
  public let directory: String

  /// A store in `directory` (for example `StatePaths.directory`).
  public init(directory: String) {
    self.directory = directory
  }

  /// The full path of the progress file.
  public var fileURL: URL { URL(fileURLWithPath: directory + "/progress.json") }

  /// The saved progress, or empty progress plus a warning to show when
  /// the file was unreadable or set aside. A missing file is no warning.
  public func load() -> (Progress, warning: String?) {
    let path = fileURL.path
    guard FileManager.default.fileExists(atPath: path) else {
      return (Progress(), nil)
    }

    let data: Data
    do {
      data = try Data(contentsOf: fileURL)
    } catch {
      return setAside(path, because: "could not be read")
    }

    do {
      return (try Self.decoder().decode(Progress.self, from: data), nil)
    } catch {
      return setAside(path, because: "could not be understood")
    }
  }

  /// Saves `progress`, creating the folder if needed.
  ///
  /// Writes hold a lock on `progress.json.lock`, so two wizards saving at
  /// once take turns (the last save wins) and the temp file a killed
  /// save left behind can be cleared safely. `hook` is a test hook passed
  /// to `AtomicFile.write`; pass nil.
  ///
  /// Throws `StorageError`.
  public func save(_ progress: Progress, hook: AtomicFile.Hook? = nil) throws {
    try AtomicFile.createDirectory(directory, mode: 0o700)
    let data = try Self.encoder().encode(progress)
    let path = fileURL.path

    let lock = try FileLock(path: path + ".lock")
    defer { lock.unlock() }
    AtomicFile.removeLeftovers(for: path)
    try AtomicFile.write(data, to: path, mode: 0o600, hook: hook)
  }

  /// Renames a bad file to `progress.json.corrupt-<timestamp>` and says so.
  private func setAside(_ path: String, because reason: String) -> (
    Progress, warning: String?
  ) {
    let aside = Self.freeName(path + ".corrupt-" + Self.timestamp())
    guard rename(path, aside) == 0 else {
      let why = String(cString: strerror(errno))
      return (
        Progress(),
        "Your saved progress (\(path)) \(reason) and could not be "
          + "moved aside (\(why)); starting afresh."
      )
    }
    return (
      Progress(),
      "Your saved progress \(reason); it was moved to \(aside) "
        + "and the wizard starts afresh."
    )
  }

  /// `path`, or `path-2`, `path-3`… if the name is taken.
  private static func freeName(_ path: String) -> String {
    var candidate = path
    var number = 2
    while FileManager.default.fileExists(atPath: candidate) {
      candidate = "\(path)-\(number)"
      number += 1
    }
    return candidate
  }

  /// The current UTC time as `20261204T153000Z`.
  private static func timestamp() -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
    return formatter.string(from: Date())
  }

  /// The JSON layout of the file: ISO-8601 dates, stable key order.
  static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .iso8601
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    return encoder
  }

  /// The decoder matching `encoder()`.
  static func decoder() -> JSONDecoder {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return decoder
  }
}
