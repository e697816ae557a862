import Foundation
import TurkLinkCore
import XCTest

@testable import TurkLinkTUI

/// Answers from a script and everything written, for plain mode.
final class ScriptedIO: PlainIO {
  var lines: [String]
  var secrets: [String]
  var output = ""

  init(lines: [String], secrets: [String] = []) {
    self.lines = lines
    self.secrets = secrets
  }

  func write(_ text: String) { output += text }
  func readLine() -> String? { lines.isEmpty ? nil : lines.removeFirst() }
  func readSecret() -> String? { secrets.isEmpty ? nil : secrets.removeFirst() }
}

/// Records effects; answers checks with `report` and saves as told.
final class PlainPerformer: EffectPerformer {
  var performed: [Effect] = []
  var saved: [Progress] = []
  var report = Reports.passing
  /// Reports for the first checks, in order; `report` after them.
  var reports: [CheckReport] = []
  var existingProfiles: Set<String> = []

  func perform(_ effect: Effect, post: @escaping @Sendable (Event) -> Void) {
    performed.append(effect)
    switch effect {
    case .saveProgress(let progress): saved.append(progress)
    case .runCheck: post(.checkFinished(reports.isEmpty ? report : reports.removeFirst()))
    case .saveKeys(_, let profile, let replace):
      post(existingProfiles.contains(profile) && !replace
        ? .profileExists(profile: profile) : .keysSaved(profile: profile))
    default: break
    }
  }
}

/// Runs plain mode on `io` from the access-keys step alone.
@discardableResult
func runKeyStep(
  _ io: ScriptedIO, performer: PlainPerformer, prefill: AccessKeys? = nil,
  progress: Progress = Progress()
) -> Int32 {
  let settings = PlainSettings(
    startStep: .accessKeys, singleStep: true, profile: "mturk", prefill: prefill)
  return PlainWizard(
    guide: TestGuide.guide, progress: progress, settings: settings, io: io,
    performer: performer
  ).run()
}
