import Foundation

/// Opens a link in the researcher's browser with `xdg-open` (Linux) or
/// `open` (macOS), started directly (no shell) with stdin, stdout and
/// stderr on /dev/null so it cannot write over the wizard.
public enum URLOpener {
  /// Why a link could not be opened; the message includes the address so
  /// the researcher can copy it by hand.
  public static func failureText(_ url: String) -> String {
    "Could not open a browser here; copy the address instead: \(url)"
  }

  /// Starts the opener for `url`; reports failure through `post`.
  public static func open(
    _ url: String, environment: [String: String],
    post: @escaping @Sendable (Event) -> Void
  ) {
    guard isOpenable(url), let tool = opener(environment) else {
      post(.failure(failureText(url)))
      return
    }
    guard let pid = spawn(tool, [url], environment: environment) else {
      post(.failure(failureText(url)))
      return
    }
    DispatchQueue.global().async {
      var status: Int32 = 0
      let reaped = waitpid(pid, &status, 0) == pid
      if !reaped || status != 0 { post(.failure(failureText(url))) }
    }
  }

  /// Only web addresses without control characters or spaces are handed on.
  static func isOpenable(_ url: String) -> Bool {
    let lower = url.lowercased()
    guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return false }
    return !url.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7f }
  }

  /// The opener to use, or nil on a Linux machine without a display,
  /// where `xdg-open` would start a text browser on our terminal.
  static func opener(_ environment: [String: String]) -> String? {
    #if os(macOS)
      return "open"
    #else
      let display = environment["DISPLAY"] ?? environment["WAYLAND_DISPLAY"] ?? ""
      return display.isEmpty ? nil : "xdg-open"
    #endif
  }

  /// posix_spawnp with the standard streams on /dev/null; nil on failure.
  static func spawn(_ tool: String, _ arguments: [String], environment: [String: String])
    -> pid_t?
  {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for descriptor: Int32 in 0...2 {
      let mode = descriptor == 0 ? O_RDONLY : O_WRONLY
      posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", mode, 0)
    }

    let argv = ([tool] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var pid = pid_t()
    let result = posix_spawnp(&pid, tool, &actions, nil, argv, envp)
    return result == 0 ? pid : nil
  }
}
