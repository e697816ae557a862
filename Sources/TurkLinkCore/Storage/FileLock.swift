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

  /// Opens (creating it 0600 if needed) and locks `path`, waiting for
  /// any other holder.
  ///
  /// Throws `StorageError`.
  public init(path: String) throws {
    fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard fd >= 0 else {
      throw StorageError.fromErrno("open the lock file", path)
    }

    while flock(fd, LOCK_EX) != 0 {
      guard errno == EINTR else {
        let error = StorageError.fromErrno("lock", path)
        close(fd)
        throw error
      }
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
