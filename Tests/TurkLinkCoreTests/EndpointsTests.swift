import Foundation
import XCTest

@testable import TurkLinkCore

/// Endpoint resolution from flags and environment, and the URL rules.
final class EndpointsTests: XCTestCase {
  /// Options and environment in, three URLs out.
  struct Case {
    let id: String
    var flag: String? = nil
    var sandboxFlag: String? = nil
    var env: [String: String] = [:]
    let sts: String
    let production: String
    let sandbox: String
  }

  static let sts = "https://sts.us-east-1.amazonaws.com"
  static let prod = "https://mturk-requester.us-east-1.amazonaws.com"
  static let box = "https://mturk-requester-sandbox.us-east-1.amazonaws.com"
  static let local = "http://127.0.0.1:8000"

  static let cases: [Case] = [
    Case(id: "defaults", sts: sts, production: prod, sandbox: box),
    Case(
      id: "flag-alone-moves-all", flag: local, sts: local, production: local,
      sandbox: local),
    Case(
      id: "flag-and-sandbox-flag", flag: local,
      sandboxFlag: "http://127.0.0.1:8001",
      sts: local, production: local, sandbox: "http://127.0.0.1:8001"),
    Case(
      id: "flag-and-sandbox-env", flag: local,
      env: ["TURKLINK_SANDBOX_ENDPOINT_URL": "http://[::1]:9"],
      sts: local, production: local, sandbox: "http://[::1]:9"),
    Case(
      id: "general-env", env: ["AWS_ENDPOINT_URL": local],
      sts: local, production: local, sandbox: local),
    Case(
      id: "service-env-beats-general",
      env: [
        "AWS_ENDPOINT_URL": local,
        "AWS_ENDPOINT_URL_STS": "https://sts.example.test",
        "AWS_ENDPOINT_URL_MTURK": "http://localhost:7",
      ],
      sts: "https://sts.example.test", production: "http://localhost:7",
      sandbox: "http://localhost:7"),
    Case(
      id: "flag-beats-env", flag: local,
      env: [
        "AWS_ENDPOINT_URL_STS": "https://sts.example.test",
        "AWS_ENDPOINT_URL_MTURK": "https://m.example.test",
      ],
      sts: local, production: local, sandbox: local),
    Case(
      id: "sandbox-flag-beats-env", sandboxFlag: "http://127.9.9.9:1",
      env: ["TURKLINK_SANDBOX_ENDPOINT_URL": "http://127.0.0.1:2"],
      sts: "http://127.9.9.9:1", production: prod, sandbox: "http://127.9.9.9:1"),
    Case(
      id: "empty-values-ignored", flag: "", env: ["AWS_ENDPOINT_URL": ""],
      sts: sts, production: prod, sandbox: box),
  ]

  func testResolution() throws {
    for item in Self.cases {
      let endpoints = try Endpoints.resolve(
        endpointURL: item.flag, sandboxEndpointURL: item.sandboxFlag,
        environment: item.env)
      XCTAssertEqual(endpoints.sts.absoluteString, item.sts, item.id)
      XCTAssertEqual(
        endpoints.production.absoluteString, item.production, item.id)
      XCTAssertEqual(endpoints.sandbox.absoluteString, item.sandbox, item.id)
    }
  }

  func testAcceptedURLs() {
    let accepted = [
      "https://mturk.example.test", "http://127.0.0.1:1", "http://127.255.0.3",
      "http://localhost:8080/", "http://LOCALHOST", "http://[::1]:8080",
      "http://[0:0:0:0:0:0:0:1]", "https://10.0.0.8:8443",
      "https://[2001:db8::5]",
    ]
    for text in accepted {
      XCTAssertNoThrow(
        try Endpoints.validated(text, source: "--endpoint-url"), text)
    }
  }

  func testRefusedURLs() {
    let refused: [(String, EndpointError)] = [
      (
        "http://mturk.example.test",
        .plainHTTP(source: "s", value: "http://mturk.example.test")
      ),
      ("http://10.0.0.8", .plainHTTP(source: "s", value: "http://10.0.0.8")),
      ("http://128.0.0.1", .plainHTTP(source: "s", value: "http://128.0.0.1")),
      ("http://[::2]", .plainHTTP(source: "s", value: "http://[::2]")),
      (
        "https://169.254.169.254",
        .forbidden(source: "s", value: "https://169.254.169.254")
      ),
      (
        "http://169.254.169.254/latest",
        .forbidden(source: "s", value: "http://169.254.169.254/latest")
      ),
      (
        "https://[fd00:ec2::254]",
        .forbidden(source: "s", value: "https://[fd00:ec2::254]")
      ),
      (
        "https://2852039166", .invalid(source: "s", value: "https://2852039166")
      ),
      ("http://0x7f.0.0.1", .invalid(source: "s", value: "http://0x7f.0.0.1")),
      ("http://127.1", .invalid(source: "s", value: "http://127.1")),
      (
        "http://[::ffff:169.254.169.254]",
        .invalid(source: "s", value: "http://[::ffff:169.254.169.254]")
      ),
      ("ftp://127.0.0.1", .invalid(source: "s", value: "ftp://127.0.0.1")),
      (
        "https://user:pw@host.test",
        .invalid(source: "s", value: "https://user:pw@host.test")
      ),
      (
        "https://host.test/?a=1",
        .invalid(source: "s", value: "https://host.test/?a=1")
      ),
      ("127.0.0.1:8000", .invalid(source: "s", value: "127.0.0.1:8000")),
      ("not a url", .invalid(source: "s", value: "not a url")),
    ]
    for (text, expected) in refused {
      XCTAssertThrowsError(try Endpoints.validated(text, source: "s"), text) {
        error in
        XCTAssertEqual(error as? EndpointError, expected, text)
      }
    }
  }

  func testErrorNamesTheSourceAndIsClean() {
    let env = ["AWS_ENDPOINT_URL_MTURK": "http://evil.test/\u{1B}[2J"]
    XCTAssertThrowsError(try Endpoints.resolve(environment: env)) { error in
      let message = (error as? EndpointError)?.message ?? ""
      XCTAssertTrue(message.hasPrefix("AWS_ENDPOINT_URL_MTURK:"), message)
      XCTAssertFalse(message.contains("\u{1B}"), message)
    }
  }
}
