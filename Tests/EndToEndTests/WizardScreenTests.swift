import Foundation
import XCTest

/// The curses wizard in tmux: layout, progress across runs, resizing.
final class WizardScreenTests: XCTestCase {
  private var sessions: [TmuxSession] = []
  private var homes: [URL] = []

  override func setUpWithError() throws {
    try XCTSkipIf(TmuxSession.tmuxPath == nil, "tmux is not installed; end-to-end tests skipped")
  }

  override func tearDown() {
    sessions.forEach { $0.close() }
    homes.forEach { try? FileManager.default.removeItem(at: $0) }
  }

  private func start(home: URL? = nil, width: Int = 100, height: Int = 30) throws
    -> TmuxSession
  {
    let session = try TmuxSession(width: width, height: height, home: home)
    sessions.append(session)
    return session
  }

  private func sharedHome() throws -> URL {
    let home = try TmuxSession.makeTemporaryDirectory()
    homes.append(home)
    return home
  }

  func testShowsAllSevenStepTitles() throws {
    let guide = try GuideFacts.load()
    XCTAssertEqual(guide.steps.count, 7)
    let session = try start()

    try session.waitFor(what: "all seven step titles") { guide.listsEveryStep($0) }
    XCTAssertEqual(try session.format("#{alternate_on}"), "1")
    try session.type("q")
    XCTAssertEqual(session.exitStatus(), 0)
  }

  func testTicksAreKeptAcrossRuns() throws {
    let guide = try GuideFacts.load()
    let home = try sharedHome()
    let first = try start(home: home)
    try first.waitFor(what: "the wizard") { guide.listsEveryStep($0) }

    try first.keys("Space")
    let stateFile = try waitForStateFile(in: home)
    try first.type("q")
    XCTAssertEqual(first.exitStatus(), 0)
    XCTAssertTrue(try ticked(stateFile)[guide.steps[0].id]?.isEmpty == false)

    try markStepDone(guide.steps[0], in: stateFile)
    let second = try start(home: home)
    try second.waitFor(what: "resume at step 2") { guide.marksCurrent(2, $0) }
    try second.type("q")
    XCTAssertEqual(second.exitStatus(), 0)
  }

  /// The state file turklink wrote under the fake HOME's state directory.
  private func waitForStateFile(in home: URL) throws -> URL {
    let directory = home.appendingPathComponent("state/turklink")
    let deadline = Date().addingTimeInterval(5)
    while Date() < deadline {
      let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
      if let name = names.first(where: { $0.hasSuffix(".json") }) {
        return directory.appendingPathComponent(name)
      }
      usleep(50_000)
    }
    throw XCTSkip("no progress file appeared in \(directory.path)")
  }

  private func ticked(_ file: URL) throws -> [String: [Int]] {
    let json = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
    return json?["ticked"] as? [String: [Int]] ?? [:]
  }

  /// Ticks every item of `step` in the saved progress, as if done earlier.
  private func markStepDone(_ step: GuideFacts.StepFacts, in file: URL) throws {
    var json = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
      ?? [:]
    var ticks = json["ticked"] as? [String: [Int]] ?? [:]
    ticks[step.id] = Array(0..<step.items)
    json["ticked"] = ticks
    try JSONSerialization.data(withJSONObject: json).write(to: file)
  }

  func testSurvivesAResizeStorm() throws {
    let guide = try GuideFacts.load()
    let session = try start()
    try session.waitFor(what: "the wizard") { guide.listsEveryStep($0) }

    var generator = SystemRandomNumberGenerator()
    for _ in 0..<50 {
      let width = Int.random(in: 20...200, using: &generator)
      let height = Int.random(in: 8...60, using: &generator)
      try session.resize(width: width, height: height)
    }
    try session.resize(width: 80, height: 24)
    try session.waitFor(what: "full layout at 80×24") { guide.listsEveryStep($0) }
    try session.resize(width: 60, height: 20)
    try session.waitFor(text: "Please enlarge the terminal")

    XCTAssertNil(session.record("status"), "turklink ended during the resize storm")
    try session.resize(width: 100, height: 30)
    try session.type("q")
    XCTAssertEqual(session.exitStatus(), 0)
  }
}
