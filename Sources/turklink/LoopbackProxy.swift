import Foundation

/// Keeps proxies away from loopback requests.
///
/// libcurl, under URLSession, reads `http_proxy`, `HTTPS_PROXY` and
/// `ALL_PROXY` for every transfer. Without an exemption a proxy would
/// receive the signed requests meant for a stand-in on this computer,
/// `--demo` included.
enum LoopbackProxy {
  /// Adds the loopback names to `no_proxy` and `NO_PROXY`; call it before
  /// any thread starts, as `setenv` is not thread-safe.
  static func exempt() {
    let loopback = ["127.0.0.1", "localhost", "::1"]
    for name in ["no_proxy", "NO_PROXY"] {
      let current = getenv(name).map { String(cString: $0) } ?? ""
      var entries = current.split(separator: ",")
        .map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty }
      for host in loopback where !entries.contains(host) {
        entries.append(host)
      }
      setenv(name, entries.joined(separator: ","), 1)
    }
  }
}
