import Foundation
import Synchronization
import XCTest

@testable import TurkLinkTUI

/// Opening links: only web addresses go to the opener, and where there is
/// no browser the researcher gets the address to copy.
final class TermURLOpenerTests: XCTestCase {
  func testOnlyCleanWebAddressesAreOpened() {
    let cases: [(id: String, url: String, openable: Bool)] = [
      ("https", "https://requester.mturk.com/developer", true),
      ("http", "http://127.0.0.1:8080/", true),
      ("upper-case scheme", "HTTPS://example.com", true),
      ("file", "file:///etc/passwd", false),
      ("option-like", "--help", false),
      ("space", "https://example.com/a b", false),
      ("escape", "https://example.com/\u{1b}]8;;", false),
      ("newline", "https://example.com/\n", false),
    ]
    for item in cases {
      XCTAssertEqual(URLOpener.isOpenable(item.url), item.openable, item.id)
    }
  }

  #if os(Linux)
    func testOpenerNeedsADisplay() {
      let cases: [(id: String, env: [String: String], tool: String?)] = [
        ("no display", [:], nil), ("empty display", ["DISPLAY": ""], nil),
        ("X11", ["DISPLAY": ":0"], "xdg-open"),
        ("Wayland", ["WAYLAND_DISPLAY": "wayland-0"], "xdg-open"),
      ]
      for item in cases { XCTAssertEqual(URLOpener.opener(item.env), item.tool, item.id) }
    }
  #endif

  func testNoBrowserGivesTheAddress() {
    let posted = Mutex<[Event]>([])
    let url = "https://requester.mturk.com/developer"
    URLOpener.open(url, environment: [:]) { event in posted.withLock { $0.append(event) } }

    #if os(Linux)
      XCTAssertEqual(posted.withLock { $0 }, [.failure(URLOpener.failureText(url))])
      XCTAssertTrue(URLOpener.failureText(url).hasSuffix(url))
    #endif
  }

  func testSpawnRunsWithoutAShell() throws {
    let pid = try XCTUnwrap(URLOpener.spawn("true", [";", "false"], environment: [:]))
    var status: Int32 = -1
    XCTAssertEqual(waitpid(pid, &status, 0), pid)
    XCTAssertEqual(status, 0)
    XCTAssertNil(URLOpener.spawn("turklink-no-such-tool", [], environment: ["PATH": "/bin"]))
  }
}
