import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a file so that readers and crashes only ever see the old
/// contents or the new ones, never a torn mix: the data goes to a temp
/// file in the same folder, is flushed to disk, renamed over the target,
/// and the folder is flushed so the rename itself survives a power cut.
public enum AtomicFile {
  /// The points of a write where a test `Hook` runs.
  public enum Stage: String, Sendable, Equatable {
    /// The temp file is complete and flushed; the target is untouched.
    case tempWritten = "temp-written"
    /// The rename is done; the folder is not yet flushed.
    case renamed
  }

  /// A test hook run at each `Stage`; throwing from it stops the write
  /// there (the temp file is removed), sleeping in it lets a test kill
  /// the process mid-save. Production callers pass nil.
  public typealias Hook = (Stage) throws -> Void

  /// Replaces the file at `path` with `data`, leaving it with exactly
  /// `mode` whatever the umask; the folder must exist.
  ///
  /// Throws `StorageError`, or whatever `hook` throws.
  public static func write(
    _ data: Data, to path: String, mode: mode_t = 0o600, hook: Hook? = nil
  ) throws {
    let temp = tempPath(for: path)
    do {
      try writeFlushed(data, to: temp, mode: mode)
      try hook?(.tempWritten)
      guard rename(temp, path) == 0 else {
        throw StorageError.fromErrno("replace", path)
      }
    } catch {
      unlink(temp)
      throw error
    }

    try hook?(.renamed)
    try flushDirectory(of: path)
  }

  /// Creates `path` and any missing parents, each with `mode`; a folder
  /// that exists already is left as it is.
  public static func createDirectory(_ path: String, mode: mode_t = 0o700)
    throws
  {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw StorageError.system(
          operation: "create folder", path: path, code: ENOTDIR)
      }
      return
    }

    let parent = (path as NSString).deletingLastPathComponent
    if !parent.isEmpty, parent != path {
      try createDirectory(parent, mode: mode)
    }
    guard mkdir(path, mode) == 0 || errno == EEXIST else {
      throw StorageError.fromErrno("create folder", path)
    }
    chmod(path, mode)
  }

  /// The start of the names of temp files made for `path`.
  static func tempPrefix(for path: String) -> String {
    "." + (path as NSString).lastPathComponent + ".tmp-"
  }

  /// Removes temp files left for `path` by a process killed mid-write.
  ///
  /// Only safe while holding a lock that every writer of `path` takes,
  /// since another writer's live temp file looks just the same.
  static func removeLeftovers(for path: String) {
    let folder = (path as NSString).deletingLastPathComponent
    let prefix = tempPrefix(for: path)
    let names =
      (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    for name in names where name.hasPrefix(prefix) {
      unlink((folder as NSString).appendingPathComponent(name))
    }
  }

  /// A fresh temp path beside `path`, unique to this process and call.
  private static func tempPath(for path: String) -> String {
    let folder = (path as NSString).deletingLastPathComponent
    let unique =
      "\(getpid())-" + String(UInt64.random(in: 0...UInt64.max), radix: 16)
    return (folder as NSString).appendingPathComponent(
      tempPrefix(for: path) + unique)
  }

  /// Creates `temp`, writes all of `data`, sets `mode` and flushes.
  private static func writeFlushed(_ data: Data, to temp: String, mode: mode_t)
    throws
  {
    let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
    guard fd >= 0 else {
      throw StorageError.fromErrno("create a temp file in", temp)
    }
    defer { close(fd) }

    try writeAll(data, to: fd, path: temp)
    guard fchmod(fd, mode) == 0 else {
      throw StorageError.fromErrno("set permissions of", temp)
    }
    guard fsync(fd) == 0 else { throw StorageError.fromErrno("flush", temp) }
  }

  /// Writes every byte, resuming after interrupts and short writes.
  private static func writeAll(_ data: Data, to fd: Int32, path: String) throws
  {
    try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(
          fd, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0, errno == EINTR { continue }
        guard written > 0 else { throw StorageError.fromErrno("write", path) }
        offset += written
      }
    }
  }

  /// Flushes the folder holding `path`, making a finished rename durable.
  private static func flushDirectory(of path: String) throws {
    let folder = (path as NSString).deletingLastPathComponent
    let fd = open(
      folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { throw StorageError.fromErrno("open folder", folder) }
    defer { close(fd) }
    guard fsync(fd) == 0 else {
      throw StorageError.fromErrno("flush folder", folder)
    }
  }
}
