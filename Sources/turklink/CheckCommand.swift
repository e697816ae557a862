import Foundation
import TurkLinkCore

/// `turklink check`: checks keys without the wizard, for scripts.
///
/// Exit codes: 0 the keys work, 1 something the researcher must fix,
/// 2 usage, 3 network or service trouble.
enum CheckCommand {
  /// Finds the keys, checks them, saves when asked, prints the report.
  static func run(_ invocation: Invocation, environment: [String: String]) throws -> Int32 {
    let demo = invocation.demo ? try DemoServers.start() : nil
    defer { demo?.stop() }

    let endpoints = try demo?.endpoints ?? Locations.endpoints(invocation, environment)
    let found = try findKeys(invocation, environment, demo: demo != nil)
    let checker = KeyChecker(endpoints: endpoints, timeout: invocation.timeout ?? 10)
    let report = checker.checkBlocking(found.keys, marketplaces: marketplaces(invocation))

    var saving: SaveResult?
    if invocation.save {
      saving = try save(found.keys, report: report, invocation, environment, demo: demo != nil)
    }
    if invocation.json {
      print(json(report, saving: saving))
    } else {
      print("Checking \(found.keys.displayID) from \(found.origin).")
      report.textLines().forEach { print($0) }
    }
    return saving?.exitCode ?? report.exitCode
  }

  /// The keys to check. With `--save`, `--profile` names where to save, so
  /// the keys then come from `--from-csv` or the environment when either
  /// is given. In demo mode without any source, the healthy demo keys.
  private static func findKeys(
    _ invocation: Invocation, _ environment: [String: String], demo: Bool
  ) throws -> (keys: AccessKeys, origin: String) {
    let keysInEnvironment = !(environment["AWS_ACCESS_KEY_ID"] ?? "").isEmpty
    let noSource = invocation.profile == nil && invocation.fromCSV == nil && !keysInEnvironment
    if demo && noSource {
      return (DemoServers.healthyKeys, "the healthy demo account")
    }

    let profileIsTarget = invocation.save && (invocation.fromCSV != nil || keysInEnvironment)
    let options = KeySource.Options(
      profile: profileIsTarget ? nil : invocation.profile, csvPath: invocation.fromCSV)
    do {
      let found = try KeySource.find(options, environment: environment)
      return (found.keys, describe(found.origin))
    } catch let error as KeyError {
      throw CommandFailure.usage(error.message)
    }
  }

  private static func marketplaces(_ invocation: Invocation) -> Set<Marketplace> {
    if invocation.productionOnly { return [.production] }
    if invocation.sandboxOnly { return [.sandbox] }
    return Set(Marketplace.allCases)
  }

  /// What `--save` did: where the keys went, or why they did not.
  private struct SaveResult {
    var profile: String
    var path: String
    var outcome: String?
    var exitCode: Int32
  }

  /// Saves after a passing check; messages go to stderr so `--json` output
  /// stays one object.
  private static func save(
    _ keys: AccessKeys, report: CheckReport, _ invocation: Invocation,
    _ environment: [String: String], demo: Bool
  ) throws -> SaveResult {
    let profile = invocation.profile ?? "mturk"
    let path = try Locations.credentialsPath(environment, demo: demo)
    var result = SaveResult(profile: profile, path: path, outcome: nil, exitCode: 1)
    guard report.ok else {
      printError("keys not saved: the check did not pass")
      result.exitCode = report.exitCode
      return result
    }

    do {
      let outcome = try CredentialsFile.save(
        profile: profile, keys: keys, to: path, replace: invocation.force)
      result.outcome = outcome.rawValue
      result.exitCode = report.exitCode
      let verb = outcome == .added ? "saved" : "replaced"
      printError("keys \(verb) in profile \(profile) of \(path)")
    } catch KeyError.profileExists {
      printError(
        "profile \(profile) already exists in \(path); add --force to replace it, "
          + "or choose another --profile")
    } catch let error as KeyError {
      printError("keys not saved: \(error.message)")
    }
    return result
  }

  /// The report's JSON, with a `saved` entry when `--save` was given:
  /// `{profile, path, outcome}` with `outcome` null when nothing was saved.
  private static func json(_ report: CheckReport, saving: SaveResult?) -> String {
    var object = report.jsonObject()
    if let saving {
      object["saved"] = [
        "profile": saving.profile, "path": saving.path,
        "outcome": saving.outcome ?? NSNull(),
      ] as [String: Any]
    }
    let options: JSONSerialization.WritingOptions = [.sortedKeys, .withoutEscapingSlashes]
    let data = (try? JSONSerialization.data(withJSONObject: object, options: options)) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }

  private static func describe(_ origin: KeySource.Origin) -> String {
    switch origin {
    case .csv(let path): "the CSV file \(path)"
    case .profile(let name, let path): "profile \(name) in \(path)"
    case .environment: "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"
    }
  }
}
