import Foundation
import TurkLinkCore

/// `turklink check`: checks keys without the wizard, for scripts.
///
/// Exit codes: 0 the keys work, 1 something the researcher must fix,
/// 2 usage, 3 network or service trouble.
enum CheckCommand {
  /// Finds the keys, checks them, prints the report, saves when asked.
  static func run(_ invocation: Invocation, environment: [String: String]) throws -> Int32 {
    let demo = invocation.demo ? try DemoServers.start() : nil
    defer { demo?.stop() }

    let endpoints = try demo?.endpoints ?? resolveEndpoints(invocation, environment)
    let found = try findKeys(invocation, environment, demo: demo != nil)
    let checker = KeyChecker(endpoints: endpoints, timeout: invocation.timeout ?? 10)
    let report = checker.checkBlocking(found.keys, marketplaces: marketplaces(invocation))

    if invocation.json {
      print(report.json())
    } else {
      print("Checking \(found.keys.accessKeyID) from \(found.origin).")
      report.textLines().forEach { print($0) }
    }
    guard invocation.save else { return report.exitCode }
    return try save(found.keys, report: report, invocation, environment, demo: demo != nil)
  }

  private static func resolveEndpoints(
    _ invocation: Invocation, _ environment: [String: String]
  ) throws -> Endpoints {
    do {
      return try Endpoints.resolve(
        endpointURL: invocation.endpointURL,
        sandboxEndpointURL: invocation.sandboxEndpointURL,
        environment: environment)
    } catch {
      throw CommandFailure.usage(error.message)
    }
  }

  /// The keys to check; in demo mode without any source, the healthy demo
  /// keys (a rehearsal may still name another demo key in the environment).
  private static func findKeys(
    _ invocation: Invocation, _ environment: [String: String], demo: Bool
  ) throws -> (keys: AccessKeys, origin: String) {
    let noSource = invocation.profile == nil && invocation.fromCSV == nil
      && (environment["AWS_ACCESS_KEY_ID"] ?? "").isEmpty
    if demo && noSource {
      return (DemoServers.healthyKeys, "the healthy demo account")
    }
    let options = KeySource.Options(profile: invocation.profile, csvPath: invocation.fromCSV)
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

  /// Saves after a passing check; messages go to stderr so `--json` output
  /// stays one object.
  private static func save(
    _ keys: AccessKeys, report: CheckReport, _ invocation: Invocation,
    _ environment: [String: String], demo: Bool
  ) throws -> Int32 {
    guard report.ok else {
      printError("keys not saved: the check did not pass")
      return report.exitCode
    }

    let profile = invocation.profile ?? "mturk"
    let path = try credentialsPath(environment, demo: demo)
    do {
      let outcome = try CredentialsFile.save(
        profile: profile, keys: keys, to: path, replace: invocation.force)
      let verb = outcome == .added ? "saved" : "replaced"
      printError("keys \(verb) in profile \(profile) of \(path)")
      return report.exitCode
    } catch KeyError.profileExists {
      printError(
        "profile \(profile) already exists in \(path); add --force to replace it, "
          + "or choose another --profile")
      return 1
    } catch let error as KeyError {
      printError(error.message)
      return 1
    }
  }

  /// The real credentials file, or the demo state's own one.
  private static func credentialsPath(
    _ environment: [String: String], demo: Bool
  ) throws -> String {
    do {
      if demo { return try StatePaths(environment: environment).demoDirectory + "/credentials" }
      return try KeySource.credentialsPath(environment)
    } catch {
      throw CommandFailure(message: "\(error)", exitCode: 1)
    }
  }

  private static func describe(_ origin: KeySource.Origin) -> String {
    switch origin {
    case .csv(let path): "the CSV file \(path)"
    case .profile(let name, let path): "profile \(name) in \(path)"
    case .environment: "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"
    }
  }
}
