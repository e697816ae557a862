import Foundation
import XCTest

@testable import TurkLinkStandIn

/// The demo accounts look like real AWS keys but are plainly fake, and
/// cover every state and fault once.
final class DemoAccountsTests: XCTestCase {
  func testKeyIDsHaveTheAWSAccessKeyShape() {
    for account in DemoAccounts.all {
      let id = account.accessKeyID
      XCTAssertEqual(id.count, 20, id)
      XCTAssertTrue(id.hasPrefix("AKIA"), id)
      XCTAssertTrue(
        id.allSatisfy { "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".contains($0) }, id)
    }
  }

  func testSecretsHaveTheAWSShapeAndAreMarkedFake() {
    let alphabet = Set(
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+")
    for account in DemoAccounts.all {
      let secret = account.secret
      XCTAssertEqual(secret.count, 40, account.accessKeyID)
      XCTAssertTrue(secret.allSatisfy(alphabet.contains), account.accessKeyID)
      XCTAssertTrue(
        secret.contains("EXAMPLE") || secret.contains("DEMO"),
        account.accessKeyID)
    }
  }

  func testEveryStateAndFaultHasOneAccountWithASummary() {
    XCTAssertEqual(DemoAccounts.states.map(\.state), AccountState.allCases)
    XCTAssertEqual(DemoAccounts.faults.compactMap(\.fault), Fault.allCases)
    XCTAssertEqual(
      Set(DemoAccounts.all.map(\.accessKeyID)).count, DemoAccounts.all.count)
    XCTAssertEqual(
      Set(DemoAccounts.all.map(\.secret)).count, DemoAccounts.all.count)
    XCTAssertTrue(DemoAccounts.all.allSatisfy { !($0.summary ?? "").isEmpty })
  }

  /// Table: state → the exact key ID the brief fixes.
  func testStateKeyIDs() {
    let expected: [(AccountState, String)] = [
      (.healthy, "AKIADEMOHEALTHY77777"),
      (.zeroBalance, "AKIADEMOZEROBALANCE2"),
      (.productionNotLinked, "AKIADEMONOTLINKED222"),
      (.sandboxNotLinked, "AKIADEMONOSANDBOX222"),
      (.noPolicyAccessDenied, "AKIADEMONOPOLICY2222"),
      (.noPolicyRequestError, "AKIADEMODENIEDTURK22"),
      (.root, "AKIADEMOROOTUSER2222"),
      (.inactive, "AKIADEMOINACTIVE2222"),
    ]
    for (state, id) in expected {
      XCTAssertEqual(
        DemoAccounts.account(for: state).accessKeyID, id, "[\(state)]")
    }
  }

  func testHealthyAccountIsTheDemoResearcher() {
    let account = DemoAccounts.account(for: .healthy)

    XCTAssertEqual(
      account.arn, "arn:aws:iam::111122223333:user/demo-researcher")
    XCTAssertEqual(account.productionBalance, "250.00")
    XCTAssertEqual(account.onHold, "12.50")
    XCTAssertEqual(
      DemoAccounts.account(for: .root).arn, "arn:aws:iam::111122223333:root")
  }

  /// The JSON form round-trips, with the field names the executable reads.
  func testAccountsRoundTripThroughJSON() throws {
    let data = try JSONEncoder().encode(DemoAccounts.all)

    let decoded = try JSONDecoder().decode([StandInAccount].self, from: data)

    XCTAssertEqual(decoded, DemoAccounts.all)
    let first = try XCTUnwrap(
      (try JSONSerialization.jsonObject(with: data) as? [[String: Any]])?.first)
    XCTAssertEqual(
      Set(first.keys),
      [
        "accessKeyID", "secret", "state", "arn", "account", "userID",
        "productionBalance",
        "onHold", "summary",
      ])
  }
}
