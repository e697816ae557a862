import Foundation
import XCTest

@testable import TurkLinkCore

/// The bundled guide loads, and each kind of broken file names its entry.
final class GuideLoaderTests: XCTestCase {
  private var bundledGuidePath: String {
    // The test target sits in Tests/TurkLinkCoreTests; the guide in Sources.
    URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Sources/TurkLinkCore/Resources/guide.json").path
  }

  func testBundledGuideHasEveryStepInOrder() throws {
    let guide = try GuideLoader.load(path: bundledGuidePath)

    XCTAssertEqual(guide.steps.map(\.id), StepID.allCases)
    XCTAssertEqual(guide.step(.policy)?.title, "Give the user MTurk permission")
    XCTAssertTrue(guide.step(.policy)!.items.contains("Tick AmazonMechanicalTurkFullAccess"))
    XCTAssertEqual(
      guide.step(.awsAccount)?.links.first?.url, "https://requester.mturk.com/developer")
    XCTAssertEqual(guide.index(of: .accessKeys), 5)
    for step in guide.steps {
      XCTAssertFalse(step.items.isEmpty, step.id.rawValue)
      XCTAssertTrue(step.links.allSatisfy { $0.url.hasPrefix("https://") }, step.id.rawValue)
    }
  }

  func testOverrideVariableWins() throws {
    let path = try write(validGuideJSON(title: "Lab copy"))

    let guide = try GuideLoader.loadDefault(environment: [GuideLoader.overrideVariable: path])

    XCTAssertEqual(guide.title, "Lab copy")
  }

  /// Each broken file, and the exact entry and problem the error must name.
  func testBrokenFilesNameTheirEntry() throws {
    typealias Mutation = (inout [String: Any]) -> Void
    let cases: [(id: String, mutate: Mutation, entry: String, problem: String)] = [
      ("no-title", { $0["title"] = nil }, "title", "missing field \"title\""),
      ("steps-not-list", { $0["steps"] = "x" }, "steps", "missing, or not a list of steps"),
      ("unknown-id", { setStep(&$0, 2) { $0["id"] = "make-coffee" } }, "steps[2]",
        "unknown step id \"make-coffee\" (known: "
        + StepID.allCases.map(\.rawValue).joined(separator: ", ") + ")"),
      ("missing-title", { setStep(&$0, 3) { $0["title"] = nil } }, "steps[3] (iam-user).title",
        "missing field \"title\""),
      ("empty-summary", { setStep(&$0, 0) { $0["summary"] = "  " } },
        "steps[0] (cloudresearch-account).summary", "must not be empty"),
      ("items-empty", { setStep(&$0, 4) { $0["items"] = [String]() } },
        "steps[4] (policy).items", "must list at least one item"),
      ("item-blank", { setStep(&$0, 4) { $0["items"] = ["ok", ""] } },
        "steps[4] (policy).items[1]", "must not be empty"),
      ("items-numbers", { setStep(&$0, 1) { $0["items"] = [1, 2] } },
        "steps[1] (aws-account).items", "must be a list of text lines"),
      ("http-link", { setStep(&$0, 5) { $0["links"] = [["label": "x", "url": "http://a.b/"]] } },
        "steps[5] (access-keys).links[0].url", "\"http://a.b/\" is not an https:// address"),
      ("no-links", { setStep(&$0, 6) { $0["links"] = nil } },
        "steps[6] (cloudresearch-entry).links", "missing, or not a non-empty list of links"),
      ("duplicate", { root in
        var steps = root["steps"] as! [Any]
        steps[1] = steps[0]
        root["steps"] = steps
      }, "steps[1] (cloudresearch-account)", "this step id appears twice"),
      ("missing-step", { root in
        var steps = root["steps"] as! [Any]
        steps.removeLast()
        root["steps"] = steps
      }, "steps", "no entry for step \"cloudresearch-entry\""),
    ]

    for testCase in cases {
      var root = try validGuideObject()
      testCase.mutate(&root)
      let data = try JSONSerialization.data(withJSONObject: root)

      XCTAssertThrowsError(try GuideLoader.parse(data, path: "g.json"), testCase.id) { error in
        let error = error as! GuideError
        XCTAssertEqual(error.entry, testCase.entry, testCase.id)
        XCTAssertEqual(error.problem, testCase.problem, testCase.id)
        XCTAssertEqual(error.description, "g.json: \(testCase.entry): \(testCase.problem)")
      }
    }
  }

  func testNotJSONAndMissingFile() {
    XCTAssertThrowsError(try GuideLoader.parse(Data("{ nope".utf8), path: "g.json")) {
      XCTAssertEqual(($0 as! GuideError).description, "g.json: is not valid JSON")
    }
    XCTAssertThrowsError(try GuideLoader.parse(Data("[1]".utf8), path: "g.json")) {
      XCTAssertEqual(($0 as! GuideError).entry, "")
    }
    XCTAssertThrowsError(try GuideLoader.load(path: "/nonexistent/guide.json")) {
      XCTAssertEqual(
        ($0 as! GuideError).description,
        "/nonexistent/guide.json: cannot be read (missing or unreadable)")
    }
  }

  // MARK: - Helpers

  private func validGuideObject() throws -> [String: Any] {
    let data = try Data(contentsOf: URL(fileURLWithPath: bundledGuidePath))
    return try JSONSerialization.jsonObject(with: data) as! [String: Any]
  }

  private func validGuideJSON(title: String) throws -> Data {
    var root = try validGuideObject()
    root["title"] = title
    return try JSONSerialization.data(withJSONObject: root)
  }

  private func write(_ data: Data) throws -> String {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("guide-\(UUID().uuidString).json")
    try data.write(to: url)
    addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url.path
  }
}

/// Replaces one step object inside a decoded guide.
private func setStep(
  _ root: inout [String: Any], _ index: Int, _ change: (inout [String: Any]) -> Void
) {
  var steps = root["steps"] as! [Any]
  var step = steps[index] as! [String: Any]
  change(&step)
  steps[index] = step
  root["steps"] = steps
}
