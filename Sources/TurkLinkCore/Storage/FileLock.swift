import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// An exclusive `flock` on a lock file, held until `unlock`.
///
/// `flock` locks belong to an open file description, so two handles
/// opened separately exclude each other even inside one process; and the
/// kernel drops the lock when the holder dies, so a crash never leaves
/// the file locked.
public final class FileLock {
  private var fd: Int32

  /// Opens (creating it 0600 if needed) and locks `path`, waiting up to
  /// `timeout` seconds for any other holder.
  ///
  /// The wait polls instead of blocking, so a wizard whose file is held
  /// by a stuck process still answers Ctrl-C and signals, and gives up
  /// with a "busy" error instead of hanging. Throws `StorageError`.
  public init(path: String, timeout: TimeInterval = 5) throws {
    fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard fd >= 0 else {
      throw StorageError.fromErrno("open the lock file", path)
    }

    let deadline = Date().addingTimeInterval(timeout)
    while flock(fd, LOCK_EX | LOCK_NB) != 0 {
      let code = errno
      guard code == EWOULDBLOCK || code == EINTR, Date() < deadline else {
        let error = StorageError.system(operation: "lock", path: path, code: code)
        close(fd)
        throw error
      }
      usleep(20_000)
    }
  }

  /// Releases the lock; safe to call twice.
  public func unlock() {
    guard fd >= 0 else { return }
    close(fd)
    fd = -1
  }

  deinit { unlock() }
}
