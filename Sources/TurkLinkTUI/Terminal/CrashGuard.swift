import Foundation

/// The terminal settings from before curses started, for the crash path.
nonisolated(unsafe) private var settingsBeforeCurses = termios()
/// Bytes that undo what turklink turned on: paste mode, the alternate
/// screen, a hidden cursor. Built before the handlers are installed, so
/// the handler never runs a lazy initialiser.
private let undoSequence: [UInt8] = Array("\u{1b}[?2004l\u{1b}[?1049l\u{1b}[?25h\r\n".utf8)

/// Puts the terminal back when turklink crashes (a trap, abort or bad
/// memory access), using only async-signal-safe calls, then lets the
/// crash go on so the shell still sees it.
public enum CrashGuard {
  /// The signals a Swift runtime failure or a C crash raises.
  static let fatal: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]

  /// Records the current terminal settings; call before curses starts.
  public static func arm() {
    guard tcgetattr(STDIN_FILENO, &settingsBeforeCurses) == 0 else { return }
    _ = undoSequence.count
    for number in fatal {
      signal(number) { received in
        undoSequence.withUnsafeBufferPointer { bytes in
          _ = write(STDOUT_FILENO, bytes.baseAddress, bytes.count)
        }
        tcsetattr(STDIN_FILENO, TCSANOW, &settingsBeforeCurses)
        signal(received, SIG_DFL)
        raise(received)
      }
    }
  }

  /// Gives the crash signals their default actions back.
  public static func disarm() {
    for number in fatal { signal(number, SIG_DFL) }
  }
}
