import Foundation
import TurkLinkCore
import TurkLinkTUI

// Times `render(state)` and `Frame.text()` for the wizard's main screens,
// headless. Each screen is reached the way a researcher reaches it: by
// feeding Events to `update`, never by setting state fields directly.
// Usage: turklink-bench [--renders N] [--width W] [--height H]

/// The wizard's progress, not Foundation's.
typealias Progress = TurkLinkCore.Progress

/// Command-line settings of one bench run.
struct BenchOptions {
  var renders = 2000
  var width = 100
  var height = 40

  /// Reads `--renders`, `--width`, `--height`; exits 2 on anything else.
  static func parse(_ arguments: [String]) -> BenchOptions {
    var options = BenchOptions()
    var rest = arguments[...]
    while let flag = rest.popFirst() {
      guard let text = rest.popFirst(), let value = Int(text), value > 0 else {
        fail("\(flag) needs a positive whole number")
      }
      switch flag {
      case "--renders": options.renders = value
      case "--width": options.width = value
      case "--height": options.height = value
      default: fail("unknown option \(flag)")
      }
    }
    return options
  }
}

/// Prints a usage problem and exits with status 2.
func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("turklink-bench: \(message)\n".utf8))
  exit(2)
}

/// A screen to time: its name and the state that shows it.
struct BenchCase {
  var name: String
  var state: AppState
}

/// Fake keys in the AWS documentation's style; never real.
enum FakeKeys {
  static let id = "AKIAIOSFODNN7EXAMPLE"
  static let secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
}

/// Sends `events` to `state` in order, dropping the effects.
func send(_ state: inout AppState, _ events: [Event]) {
  for event in events { _ = update(&state, event) }
}

/// Milliseconds since an arbitrary start, from the monotonic clock.
func nowMilliseconds() -> Double {
  Double(DispatchTime.now().uptimeNanoseconds) / 1_000_000
}

let options = BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
let guide: Guide
do {
  guide = try GuideLoader.loadDefault()
} catch {
  fail("cannot load the guide: \(error)")
}
let cases = BenchScreens(guide: guide, options: options).all()
BenchTimer(renders: options.renders).report(cases, options: options)
