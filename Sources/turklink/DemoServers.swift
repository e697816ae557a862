import Foundation
import TurkLinkCore
import TurkLinkStandIn
import TurkLinkTUI

/// The two loopback stand-ins that `--demo` runs against: one answers as
/// MTurk production and STS, the other as the MTurk sandbox.
final class DemoServers {
  let production: StandInServer
  let sandbox: StandInServer
  /// Where every client is pointed while the demo runs.
  let endpoints: Endpoints

  private init(production: StandInServer, sandbox: StandInServer, endpoints: Endpoints) {
    self.production = production
    self.sandbox = sandbox
    self.endpoints = endpoints
  }

  /// Starts both stand-ins on free ports of 127.0.0.1 with the demo accounts.
  static func start() throws -> DemoServers {
    let production = StandInServer(
      StandInConfiguration(mode: .production, accounts: DemoAccounts.all))
    let sandbox = StandInServer(
      StandInConfiguration(mode: .sandbox, accounts: DemoAccounts.all))

    do {
      let productionURL = url(port: try production.start())
      let sandboxURL = url(port: try sandbox.start())
      let endpoints = Endpoints(sts: productionURL, production: productionURL, sandbox: sandboxURL)
      return DemoServers(production: production, sandbox: sandbox, endpoints: endpoints)
    } catch {
      production.stop()
      sandbox.stop()
      throw CommandFailure(message: "could not start the demo stand-in: \(error)", exitCode: 3)
    }
  }

  /// The demo keys the wizard offers, healthy first.
  static var demoKeys: [DemoKey] {
    DemoAccounts.all.map { account in
      DemoKey(
        label: account.fault?.rawValue ?? account.state.rawValue, keys: account.keys,
        summary: account.summary ?? "")
    }
  }

  /// The healthy demo account's keys, used when `check --demo` gets none.
  static var healthyKeys: AccessKeys {
    DemoAccounts.account(for: .healthy).keys
  }

  /// Stops both servers.
  func stop() {
    production.stop()
    sandbox.stop()
  }

  private static func url(port: Int) -> URL {
    URL(string: "http://127.0.0.1:\(port)")!
  }
}
