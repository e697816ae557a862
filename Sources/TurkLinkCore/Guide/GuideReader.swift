import Foundation

/// Turns parsed JSON into a `Guide`, keeping track of where it is so that
/// every error names the entry at fault.
struct GuideReader {
  let path: String

  func guide(from root: Any) throws(GuideError) -> Guide {
    guard let object = root as? [String: Any] else {
      throw fail("", "the top level must be an object with \"title\" and \"steps\"")
    }
    let title = try string(object, "title", at: "")
    guard let rawSteps = object["steps"] as? [Any] else {
      throw fail("steps", "missing, or not a list of steps")
    }

    var steps: [Step] = []
    for (index, raw) in rawSteps.enumerated() {
      let step = try self.step(from: raw, at: "steps[\(index)]")
      if steps.contains(where: { $0.id == step.id }) {
        throw fail("steps[\(index)] (\(step.id.rawValue))", "this step id appears twice")
      }
      steps.append(step)
    }

    let missing = StepID.allCases.filter { id in !steps.contains { $0.id == id } }
    if let first = missing.first {
      throw fail("steps", "no entry for step \"\(first.rawValue)\"")
    }
    return Guide(title: title, steps: steps)
  }

  private func step(from raw: Any, at entry: String) throws(GuideError) -> Step {
    guard let object = raw as? [String: Any] else {
      throw fail(entry, "must be an object")
    }
    let rawID = try string(object, "id", at: entry)
    guard let id = StepID(rawValue: rawID) else {
      let known = StepID.allCases.map(\.rawValue).joined(separator: ", ")
      throw fail(entry, "unknown step id \"\(rawID)\" (known: \(known))")
    }

    let named = "\(entry) (\(rawID))"
    let items = try strings(object, "items", at: named, allowEmpty: false)
    let notes = try object["notes"] == nil ? [] : strings(object, "notes", at: named)
    return Step(
      id: id,
      title: try string(object, "title", at: named),
      summary: try string(object, "summary", at: named),
      items: items,
      links: try links(object, at: named),
      notes: notes)
  }

  private func links(_ object: [String: Any], at entry: String) throws(GuideError) -> [GuideLink] {
    guard let raw = object["links"] as? [Any], !raw.isEmpty else {
      throw fail("\(entry).links", "missing, or not a non-empty list of links")
    }
    var links: [GuideLink] = []
    for (index, item) in raw.enumerated() {
      let at = "\(entry).links[\(index)]"
      guard let link = item as? [String: Any] else { throw fail(at, "must be an object") }
      let url = try string(link, "url", at: at)
      guard url.hasPrefix("https://"), URL(string: url)?.host != nil else {
        throw fail("\(at).url", "\"\(url)\" is not an https:// address")
      }
      links.append(GuideLink(label: try string(link, "label", at: at), url: url))
    }
    return links
  }

  private func string(
    _ object: [String: Any], _ key: String, at entry: String
  ) throws(GuideError) -> String {
    let field = entry.isEmpty ? key : "\(entry).\(key)"
    guard let value = object[key] else { throw fail(field, "missing field \"\(key)\"") }
    guard let text = value as? String else { throw fail(field, "must be text") }
    guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw fail(field, "must not be empty")
    }
    return text
  }

  private func strings(
    _ object: [String: Any], _ key: String, at entry: String, allowEmpty: Bool = true
  ) throws(GuideError) -> [String] {
    let field = "\(entry).\(key)"
    guard let value = object[key] else { throw fail(field, "missing field \"\(key)\"") }
    guard let list = value as? [Any], let texts = list as? [String] else {
      throw fail(field, "must be a list of text lines")
    }
    if !allowEmpty && texts.isEmpty { throw fail(field, "must list at least one item") }
    if let blank = texts.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
      throw fail("\(field)[\(blank)]", "must not be empty")
    }
    return texts
  }

  private func fail(_ entry: String, _ problem: String) -> GuideError {
    GuideError(path: path, entry: entry, problem: problem)
  }
}
