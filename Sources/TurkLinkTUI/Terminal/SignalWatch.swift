import Foundation
import Synchronization

/// The last terminating signal received, 0 for none. A global atomic is
/// the one thing a signal handler may safely touch.
private let receivedSignal = Atomic<Int32>(0)

/// Notes SIGINT, SIGTERM, SIGHUP and SIGQUIT instead of dying at once, so
/// the runner can restore the terminal before it exits.
///
/// The handler only stores the signal number; the runner polls it between
/// keys (at least every 100 ms), never drawing from the handler.
public enum SignalWatch {
  /// The signals that end the wizard.
  public static let watched: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

  /// Installs the handlers; call after curses started, which installs
  /// handlers of its own for some of these.
  public static func install() {
    for signal in watched {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { number in
        receivedSignal.store(number, ordering: .relaxed)
      }
      sigemptyset(&action.sa_mask)
      sigaction(signal, &action, nil)
    }
  }

  /// Puts the default actions back (after the terminal was restored).
  public static func uninstall() {
    for signal in watched { Foundation.signal(signal, SIG_DFL) }
  }

  /// The signal received so far, if any.
  public static var pending: Int32? {
    let number = receivedSignal.load(ordering: .relaxed)
    return number == 0 ? nil : number
  }

  /// The shell's exit status for a process ended by `signal` (130 for SIGINT).
  public static func exitStatus(for signal: Int32) -> Int32 { 128 + signal }
}
