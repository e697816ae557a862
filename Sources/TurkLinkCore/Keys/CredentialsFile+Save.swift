import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension CredentialsFile {
  /// What `save` did to the Profile.
  public enum SaveOutcome: String, Sendable, Equatable {
    /// The Profile was new and was appended.
    case added
    /// The Profile existed and its keys were replaced.
    case replaced
  }

  /// Saves `keys` under `profile` in the credentials file at `path`.
  ///
  /// The folder is created 0700 when missing. The read-modify-write runs
  /// under an exclusive `flock` on `<path>.lock` (left in place, since
  /// removing lock files races), so two processes saving different
  /// Profiles at once both keep theirs. The file is replaced atomically
  /// and left 0600; a symbolic link at `path` is followed and kept.
  /// `hook` is a test hook passed to `AtomicFile.write`; pass nil.
  ///
  /// Throws `KeyError.profileExists` when the Profile exists and
  /// `replace` is false, other `KeyError`s for bad input, and
  /// `KeyError.storage` when the disk refuses.
  @discardableResult
  public static func save(
    profile: String, keys: AccessKeys, to path: String, replace: Bool,
    hook: AtomicFile.Hook? = nil
  ) throws -> SaveOutcome {
    try validate(profile: profile, keys: keys)
    let target = resolvedPath(path)
    try storage {
      try AtomicFile.createDirectory(folder(of: target), mode: 0o700)
    }

    let lock = try storage { try FileLock(path: target + ".lock") }
    defer { lock.unlock() }

    AtomicFile.removeLeftovers(for: target)
    let file = CredentialsFile(data: try currentBytes(target))
    let exists = file.profileExists(profile)
    if exists, !replace {
      throw KeyError.profileExists(profile: profile, path: path)
    }

    let data = try file.upserting(profile: profile, keys: keys)
    try storage {
      try AtomicFile.write(data, to: target, mode: 0o600, hook: hook)
    }
    return exists ? .replaced : .added
  }

  /// Whether `profile` exists in the file at `path` (false when missing).
  public static func profileExists(_ profile: String, at path: String) throws
    -> Bool
  {
    CredentialsFile(data: try currentBytes(resolvedPath(path))).profileExists(
      profile)
  }

  /// The file's bytes, or none when it does not exist yet.
  static func currentBytes(_ path: String) throws -> Data {
    guard FileManager.default.fileExists(atPath: path) else { return Data() }
    do {
      return try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw KeyError.unreadable(path: path, reason: KeySource.reason(error))
    }
  }

  /// The real file behind `path` when it is a symbolic link, so saving
  /// updates the linked file instead of replacing the link.
  private static func resolvedPath(_ path: String) -> String {
    guard let real = realpath(path, nil) else { return path }
    defer { free(real) }
    return String(cString: real)
  }

  /// The folder part of `path` (`.` for a bare name).
  private static func folder(of path: String) -> String {
    let folder = (path as NSString).deletingLastPathComponent
    return folder.isEmpty ? "." : folder
  }

  /// Runs `body`, wrapping a `StorageError` into this layer's error.
  private static func storage<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as StorageError {
      throw KeyError.storage(error)
    }
  }
}
