import Foundation
import TurkLinkTUI

/// Times renders of each case and prints a Markdown table.
struct BenchTimer {
  let renders: Int

  /// Milliseconds per frame for `render` alone and for `render` + `text()`.
  struct Result {
    var name: String
    var renderMs: Double
    var textMs: Double
  }

  /// Times every case and prints the table rows.
  func report(_ cases: [BenchCase], options: BenchOptions) {
    print("frame \(options.width)x\(options.height), \(renders) renders a screen")
    print("")
    print("| screen | render ms/frame | frames/s | render + text() ms | ≤ 1 ms |")
    print("|---|---:|---:|---:|---|")
    for benchCase in cases {
      let result = time(benchCase)
      let fps = Int((1000 / result.renderMs).rounded())
      let verdict = result.renderMs <= 1 ? "met" : "**not met**"
      print(
        "| \(result.name) | \(format(result.renderMs)) | \(fps) | "
          + "\(format(result.textMs)) | \(verdict) |")
    }
  }

  /// Warms up, then takes the best of three batches, so one slice of time
  /// stolen by another process on the shared machine does not count.
  func time(_ benchCase: BenchCase) -> Result {
    var sink = 0
    sink &+= batch(benchCase.state, count: max(1, renders / 10), text: true)
    var renderOnly = Double.infinity
    var withText = Double.infinity
    for _ in 0..<3 {
      let start = nowMilliseconds()
      sink &+= batch(benchCase.state, count: renders, text: false)
      let middle = nowMilliseconds()
      sink &+= batch(benchCase.state, count: renders, text: true)
      let end = nowMilliseconds()
      renderOnly = min(renderOnly, (middle - start) / Double(renders))
      withText = min(withText, (end - middle) / Double(renders))
    }
    if sink == 42 { print("") }  // Keeps the work from being optimised away.
    return Result(name: benchCase.name, renderMs: renderOnly, textMs: withText)
  }

  private func batch(_ state: AppState, count: Int, text: Bool) -> Int {
    var sink = 0
    for _ in 0..<count {
      let frame = render(state)
      sink &+= text ? frame.text().utf8.count : frame.cells.count
    }
    return sink
  }

  private func format(_ milliseconds: Double) -> String {
    String(format: "%.3f", milliseconds)
  }
}
