// TEMPORARY: stands in for the `tui-model` branch's AppOptions, AppState,
// update and render until that branch is merged; deleted at the merge.
// It only lists the steps and ticks items, enough to exercise the terminal.
import TurkLinkCore
import TurkLinkTUI

/// TEMPORARY placeholder for the model's demo key type.
struct DemoKey: Equatable, Sendable {}

/// TEMPORARY placeholder for the model's options.
struct AppOptions {
  var demo = false
  var demoKeys: [DemoKey] = []
  var startStep: StepID?
  var singleStep = false
  var prefill: AccessKeys?
  var profile = "mturk"
  var clipboardAvailable = false
  var colors = true
  var warnings: [String] = []
}

/// TEMPORARY placeholder for the model's state.
struct AppState {
  var guide: Guide
  var progress: TurkLinkCore.Progress
  var options: AppOptions
  var width: Int
  var height: Int
  var step = 0
  var item = 0
  var shouldQuit = false
  var needsTicks: Bool { false }

  init(guide: Guide, progress: TurkLinkCore.Progress, options: AppOptions, width: Int, height: Int) {
    self.guide = guide
    self.progress = progress
    self.options = options
    self.width = width
    self.height = height
    let first = progress.firstUnfinished(in: guide)?.id ?? guide.steps[0].id
    step = guide.index(of: options.startStep ?? first) ?? 0
  }
}

/// TEMPORARY: moves, ticks, quits.
func update(_ state: inout AppState, _ event: Event) -> [Effect] {
  let items = state.guide.steps[state.step].items.count
  switch event {
  case .resize(let width, let height):
    state.width = width
    state.height = height
  case .key(.down), .key(.char("j")): state.item = min(items - 1, state.item + 1)
  case .key(.up), .key(.char("k")): state.item = max(0, state.item - 1)
  case .key(.enter): state.step = min(state.guide.steps.count - 1, state.step + 1)
    state.item = 0
  case .key(.escape), .key(.backspace): state.step = max(0, state.step - 1)
    state.item = 0
  case .key(.char(" ")):
    state.progress.toggle(state.guide.steps[state.step].id, item: state.item)
    return [.saveProgress(state.progress)]
  case .key(.char("q")): state.shouldQuit = true
    return [.quit]
  default: break
  }
  return []
}

/// TEMPORARY: a step list and the current checklist.
func render(_ state: AppState) -> Frame {
  var frame = Frame(width: state.width, height: state.height)
  guard state.width >= 80, state.height >= 24 else {
    frame.put("Please enlarge the terminal to at least 80×24.", row: 0, column: 0)
    return frame
  }
  frame.put(state.guide.title, row: 0, column: 1, tone: .accent, attributes: .bold)
  for (index, step) in state.guide.steps.enumerated() {
    let mark = state.progress.isDone(step) ? "✓" : index == state.step ? "▸" : "•"
    frame.put("\(mark) \(step.title)", row: 2 + index, column: 1, limit: 30)
  }
  let step = state.guide.steps[state.step]
  frame.put(step.title, row: 2, column: 33, tone: .accent, attributes: .bold)
  for (index, item) in step.items.enumerated() {
    let box = state.progress.isTicked(step.id, item: index) ? "[x]" : "[ ]"
    let marker = index == state.item ? ">" : " "
    frame.put("\(marker)\(box) \(item)", row: 4 + index, column: 33)
  }
  frame.put("↑↓ move  Space tick  Enter next  q quit", row: state.height - 1, column: 1,
    tone: .muted)
  return frame
}
