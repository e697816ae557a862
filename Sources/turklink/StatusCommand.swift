import Foundation
import TurkLinkCore

/// `turklink status`: the checklist as plain text, fit for a pipe.
enum StatusCommand {
  /// Writes the progress report for `guide` to standard output.
  static func run(guide: Guide, progress: Progress, file: String) -> Int32 {
    print(text(guide: guide, progress: progress, file: file), terminator: "")
    return 0
  }

  /// The report: one line per step, the last check, where the file is.
  static func text(guide: Guide, progress: Progress, file: String) -> String {
    let next = progress.firstUnfinished(in: guide)?.id
    let titleWidth = guide.steps.map(\.title.count).max() ?? 0
    var lines = ["turklink — \(guide.title)", ""]

    for (index, step) in guide.steps.enumerated() {
      let ticked = step.items.indices.filter { progress.isTicked(step.id, item: $0) }.count
      let mark = progress.isDone(step) ? "done" : step.id == next ? "next" : "    "
      let title = step.title.padding(toLength: titleWidth, withPad: " ", startingAt: 0)
      lines.append("  [\(mark)] \(index + 1). \(title)  \(ticked)/\(step.items.count)")
    }

    lines.append("")
    lines.append(checkLine(progress.lastCheck))
    if next == nil { lines.append("All steps are done.") }
    lines.append("Progress file: \(file)")
    return lines.joined(separator: "\n") + "\n"
  }

  private static func checkLine(_ check: Progress.CheckSummary?) -> String {
    guard let check else { return "Keys: not checked yet (step 6, access-keys)." }
    let outcome = check.ok ? "passed" : "failed (\(check.codes.joined(separator: ", ")))"
    let when = ISO8601DateFormatter().string(from: check.date)
    return "Last key check: \(outcome) for key \(check.keyID) at \(when)."
  }
}
