import Foundation

/// Why a file under turklink's care could not be written or set up: the
/// one error type of the Storage layer.
public enum StorageError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A system call failed; `operation` names it in plain words.
  case system(operation: String, path: String, code: Int32)
  /// A failure injected by a test through an `AtomicFile.Hook`.
  case injected(AtomicFile.Stage)
  /// Neither `XDG_STATE_HOME` nor `HOME` gives a place for state.
  case noStateDirectory

  /// Builds a `.system` error from the current `errno`.
  static func fromErrno(_ operation: String, _ path: String) -> StorageError {
    .system(operation: operation, path: path, code: errno)
  }

  /// What went wrong and what to do, in plain words.
  public var message: String {
    switch self {
    case .system(let operation, let path, let code):
      "Could not \(operation) \(path): \(String(cString: strerror(code))). "
        + advice(code)
    case .injected(let stage):
      "A test stopped the save at stage \(stage.rawValue); nothing was changed."
    case .noStateDirectory:
      "Neither XDG_STATE_HOME nor HOME is set, so progress has nowhere to go: "
        + "set HOME."
    }
  }

  /// Same as `message`.
  public var description: String { message }

  /// What the researcher can do about a failed system call.
  private func advice(_ code: Int32) -> String {
    switch code {
    case EACCES, EPERM: "Check the permissions of the file and its folder."
    case ENOSPC, EDQUOT: "The disk is full: free some space and try again."
    case EROFS: "The disk is read-only: choose another location."
    case ENOENT, ENOTDIR: "Check that the folder exists and is a folder."
    case EWOULDBLOCK:
      "Another program (perhaps another turklink) is using it: close it and try again."
    default: "Try again; if it keeps failing, check the disk."
    }
  }
}
