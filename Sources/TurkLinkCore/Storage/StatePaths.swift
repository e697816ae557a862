/// Where turklink keeps its state: `$XDG_STATE_HOME/turklink`, or
/// `~/.local/state/turklink` when that is unset, and a separate folder
/// for `--demo` runs so a rehearsal never touches real progress.
public struct StatePaths: Sendable, Equatable {
  /// The folder for the real wizard's progress.
  public var directory: String
  /// The folder for `--demo` progress, inside `directory`.
  public var demoDirectory: String { directory + "/demo" }

  /// Uses `directory` as is.
  public init(directory: String) {
    self.directory = directory
  }

  /// Finds the folder from the environment, following the XDG base
  /// directory rules: a relative `XDG_STATE_HOME` is ignored.
  ///
  /// Throws `StorageError.noStateDirectory` when no usable variable is set.
  public init(environment: [String: String]) throws {
    if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
      self.init(directory: Self.trimmed(xdg) + "/turklink")
      return
    }
    guard let home = environment["HOME"], home.hasPrefix("/") else {
      throw StorageError.noStateDirectory
    }
    self.init(directory: Self.trimmed(home) + "/.local/state/turklink")
  }

  /// The folder for this run: `demoDirectory` in demo mode.
  public func directory(demo: Bool) -> String {
    demo ? demoDirectory : directory
  }

  /// A path without trailing slashes (but `/` stays `/`'s child base).
  private static func trimmed(_ path: String) -> String {
    var path = Substring(path)
    while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
    return path == "/" ? "" : String(path)
  }
}
