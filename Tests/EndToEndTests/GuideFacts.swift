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

  /// The start of a title, which survives a narrow step list cutting it.
  static func shortTitle(_ title: String) -> String { String(title.prefix(18)) }
}
