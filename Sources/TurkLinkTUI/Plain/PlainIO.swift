import Foundation
import Synchronization

/// Where plain mode reads answers and writes text; the standard one uses
/// stdin/stdout, tests use a scripted one.
public protocol PlainIO: AnyObject {
  /// Writes text as is (the wizard cleans it first).
  func write(_ text: String)
  /// Reads one answer line without its line ending; nil at end of input.
  func readLine() -> String?
  /// Reads a secret without echoing it when stdin is a terminal.
  func readSecret() -> String?
}

/// Plain mode on stdin and stdout.
public final class StandardPlainIO: PlainIO {
  /// Creates the standard streams' IO.
  public init() {}

  /// Writes to stdout and flushes, so a prompt shows before the answer.
  public func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Reads one line from stdin.
  public func readLine() -> String? {
    Swift.readLine(strippingNewline: true)
  }

  /// Turns echo off while reading when stdin is a terminal; a signal in
  /// the middle puts echo back before the process ends.
  public func readSecret() -> String? {
    guard isatty(STDIN_FILENO) == 1 else { return readLine() }
    var original = termios()
    guard tcgetattr(STDIN_FILENO, &original) == 0 else { return readLine() }

    var silent = original
    silent.c_lflag &= ~tcflag_t(ECHO)
    EchoGuard.arm(original)
    tcsetattr(STDIN_FILENO, TCSANOW, &silent)
    let line = readLine()
    tcsetattr(STDIN_FILENO, TCSANOW, &original)
    EchoGuard.disarm()
    write("\n")
    return line
  }
}

/// The terminal settings to put back if a signal arrives while echo is
/// off. Written only while no handler is armed, read only by the handler.
nonisolated(unsafe) private var savedSettings = termios()
private let echoOff = Atomic<Bool>(false)

/// Restores echo from a signal handler, then lets the signal do its usual work.
enum EchoGuard {
  static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

  static func arm(_ settings: termios) {
    savedSettings = settings
    echoOff.store(true, ordering: .sequentiallyConsistent)
    for number in signals {
      signal(number) { received in
        if echoOff.load(ordering: .sequentiallyConsistent) {
          tcsetattr(STDIN_FILENO, TCSANOW, &savedSettings)
        }
        signal(received, SIG_DFL)
        raise(received)
      }
    }
  }

  static func disarm() {
    echoOff.store(false, ordering: .sequentiallyConsistent)
    for number in signals { signal(number, SIG_DFL) }
  }
}
