import Foundation
import TurkLinkCore
import TurkLinkStandIn

/// The command line of `turklink-standin`, parsed.
struct Options {
  /// A usage problem: message for stderr, exit code 2.
  struct UsageError: Error {
    var message: String
  }

  var configuration = StandInConfiguration()
  var listAccounts = false
  var help = false

  static let usage = """
    usage: turklink-standin [options]

    A loopback stand-in for MTurk GetAccountBalance and STS GetCallerIdentity
    that verifies AWS Signature Version 4 for real. Listens on 127.0.0.1 only.

      --port N              port to listen on (0, the default, picks a free one)
      --mode M              production (default) or sandbox
      --accounts FILE       JSON array of accounts to serve instead of the demo ones
      --list-accounts       print the accounts as JSON and exit
      --clock-offset SECS   add SECS to the server clock (play a wrong client clock)
      --max-skew SECS       accepted X-Amz-Date skew (default 900)
      --delay SECS          how long the delay fault waits (default 3)
      --log FILE            append one JSON line per request (no secrets)
      --help                show this help

    The first line on stdout is "listening on 127.0.0.1:PORT".
    Runs until SIGTERM or SIGINT.
    """

  /// Parses `arguments` (without the program name).
  static func parse(_ arguments: [String]) throws -> Options {
    var options = Options()
    var rest = arguments[...]
    while let flag = rest.popFirst() {
      if flag == "--help" || flag == "-h" {
        options.help = true
      } else if flag == "--list-accounts" {
        options.listAccounts = true
      } else {
        guard let value = rest.popFirst() else {
          throw UsageError(message: "\(flag) needs a value")
        }
        try options.apply(flag, value)
      }
    }
    return options
  }

  private mutating func apply(_ flag: String, _ value: String) throws {
    switch flag {
    case "--port":
      guard let port = Int(value), (0...65535).contains(port) else {
        throw UsageError(message: "--port wants 0-65535, not \(value)")
      }
      configuration.port = port
    case "--mode":
      guard let mode = Marketplace(rawValue: value) else {
        throw UsageError(
          message: "--mode wants production or sandbox, not \(value)")
      }
      configuration.mode = mode
    case "--accounts": configuration.accounts = try Self.loadAccounts(value)
    case "--clock-offset":
      configuration.clockOffset = try Self.seconds(flag, value)
    case "--max-skew": configuration.maxSkew = try Self.seconds(flag, value)
    case "--delay": configuration.delay = try Self.seconds(flag, value)
    case "--log": configuration.logPath = value
    default: throw UsageError(message: "unknown option \(flag)")
    }
  }

  private static func seconds(_ flag: String, _ value: String) throws
    -> TimeInterval
  {
    guard let seconds = TimeInterval(value), seconds.isFinite else {
      throw UsageError(
        message: "\(flag) wants a number of seconds, not \(value)")
    }
    return seconds
  }

  /// Reads an accounts file; any problem is a usage error naming the file.
  static func loadAccounts(_ path: String) throws -> [StandInAccount] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw UsageError(message: "cannot read accounts file \(path)")
    }
    do {
      let accounts = try JSONDecoder().decode([StandInAccount].self, from: data)
      guard !accounts.isEmpty else {
        throw UsageError(message: "accounts file \(path) holds no accounts")
      }
      return accounts
    } catch let error as UsageError {
      throw error
    } catch {
      throw UsageError(
        message: "accounts file \(path) is not a valid accounts array: "
          + describe(error))
    }
  }

  /// A short account of a JSON decoding error (which field, what was wrong).
  private static func describe(_ error: Error) -> String {
    switch error as? DecodingError {
    case .keyNotFound(let key, let context)?:
      return "missing \(key.stringValue) at \(path(context))"
    case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?,
      .dataCorrupted(let context)?:
      return "\(context.debugDescription) at \(path(context))"
    default:
      return "\(error)"
    }
  }

  private static func path(_ context: DecodingError.Context) -> String {
    let parts = context.codingPath.map {
      $0.intValue.map { "[\($0)]" } ?? $0.stringValue
    }
    return parts.isEmpty ? "top level" : parts.joined(separator: ".")
  }
}
