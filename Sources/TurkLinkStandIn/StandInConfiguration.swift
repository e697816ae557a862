import Foundation
import TurkLinkCore

/// What one stand-in server serves and how its clock behaves.
public struct StandInConfiguration: Sendable {
  /// `.production` answers as MTurk production, `.sandbox` as the MTurk
  /// sandbox; both modes also answer STS.
  public var mode: Marketplace
  /// The keys the server knows.
  public var accounts: [StandInAccount]
  /// Seconds added to the machine clock to get the server's clock, to
  /// play a client whose clock is wrong.
  public var clockOffset: TimeInterval
  /// The largest difference between `X-Amz-Date` and the server clock
  /// that is still accepted (AWS allows 15 minutes).
  public var maxSkew: TimeInterval
  /// How long the `delay` fault waits before answering.
  public var delay: TimeInterval
  /// A file that receives one JSON line per request, if set.
  public var logPath: String?
  /// The loopback port to listen on; 0 picks a free one.
  public var port: Int

  /// Creates a configuration.
  public init(
    mode: Marketplace = .production,
    accounts: [StandInAccount] = DemoAccounts.all,
    clockOffset: TimeInterval = 0, maxSkew: TimeInterval = 900,
    delay: TimeInterval = 3, logPath: String? = nil, port: Int = 0
  ) {
    self.mode = mode
    self.accounts = accounts
    self.clockOffset = clockOffset
    self.maxSkew = maxSkew
    self.delay = delay
    self.logPath = logPath
    self.port = port
  }

  /// The server's idea of the current time.
  var now: Date { Date().addingTimeInterval(clockOffset) }

  /// The account holding `keyID`, if any.
  func account(keyID: String) -> StandInAccount? {
    accounts.first { $0.accessKeyID == keyID }
  }
}
