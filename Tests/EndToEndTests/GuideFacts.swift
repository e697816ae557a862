import Foundation

/// Step titles and item counts read from the source tree's guide.json, so
/// the tests follow the guide instead of repeating its text.
struct GuideFacts {
  /// One step's id, title and number of checklist items.
  struct StepFacts {
    let id: String
    let title: String
    let items: Int
  }

  let steps: [StepFacts]

  /// Loads `Sources/TurkLinkCore/Resources/guide.json`.
  static func load() throws -> GuideFacts {
    let root = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let url = root.appendingPathComponent("Sources/TurkLinkCore/Resources/guide.json")
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
    let steps = (json?["steps"] as? [[String: Any]] ?? []).map { step in
      StepFacts(
        id: step["id"] as? String ?? "", title: step["title"] as? String ?? "",
        items: (step["items"] as? [Any])?.count ?? 0)
    }
    return GuideFacts(steps: steps)
  }

  /// The step list's text: the left column of every line (before the
  /// column rule), joined with single spaces, so titles the list wraps
  /// over two lines read whole again.
  static func stepList(_ screen: String) -> String {
    let left = screen.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.split(separator: "│", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
    }
    return left.joined(separator: " ").split(separator: " ").joined(separator: " ")
  }

  /// True when the step list shows every step's title.
  func listsEveryStep(_ screen: String) -> Bool {
    let list = Self.stepList(screen)
    return steps.allSatisfy { list.contains($0.title) }
  }

  /// True when the step list marks `step` (1-based) as the current one.
  func marksCurrent(_ number: Int, _ screen: String) -> Bool {
    let list = Self.stepList(screen)
    let title = steps[number - 1].title
    return list.contains("▸ \(number) \(title)") || list.contains("▸ \(title)")
  }
}
