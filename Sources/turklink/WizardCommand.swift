import Foundation
import TurkLinkCore
import TurkLinkTUI

/// `turklink`, `turklink step ID` and `--demo`: sets up the wizard's
/// options and effects and hands over to `runWizard`.
enum WizardCommand {
  /// Runs the wizard; returns its exit status.
  static func run(
    _ invocation: Invocation, context: Context,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws -> Int32 {
    let demo = invocation.demo ? try DemoServers.start() : nil
    defer { demo?.stop() }
    let endpoints = try demo?.endpoints ?? resolveEndpoints(invocation, environment)

    let (progress, warning) = context.store.load()
    var options = try options(invocation, environment, demo: demo != nil)
    if let warning { options.warnings.append(warning) }
    let effects = LiveEffects(
      store: context.store,
      checker: KeyChecker(endpoints: endpoints, timeout: invocation.timeout ?? 10),
      credentialsPath: { try credentialsPath(environment, demo: demo != nil) },
      environment: environment)
    return runWizard(
      options, guide: context.guide, progress: progress, effects: effects,
      plainRequested: invocation.plain, environment: environment)
  }

  /// The model's options from the command line.
  private static func options(
    _ invocation: Invocation, _ environment: [String: String], demo: Bool
  ) throws -> AppOptions {
    var step: StepID?
    if case .step(let id) = invocation.command { step = id }
    return AppOptions(
      demo: demo, demoKeys: demo ? DemoServers.demoKeys : [], startStep: step,
      singleStep: step != nil, prefill: try prefill(invocation, environment),
      profile: invocation.profile ?? "mturk")
  }

  /// Keys from `--from-csv`, put into the fields at start.
  private static func prefill(
    _ invocation: Invocation, _ environment: [String: String]
  ) throws -> AccessKeys? {
    guard let path = invocation.fromCSV else { return nil }
    do {
      return try KeySource.find(.init(csvPath: path), environment: environment).keys
    } catch let error as KeyError {
      throw CommandFailure.usage(error.message)
    }
  }

  private static func resolveEndpoints(
    _ invocation: Invocation, _ environment: [String: String]
  ) throws -> Endpoints {
    do {
      return try Endpoints.resolve(
        endpointURL: invocation.endpointURL,
        sandboxEndpointURL: invocation.sandboxEndpointURL, environment: environment)
    } catch {
      throw CommandFailure.usage(error.message)
    }
  }

  /// The real credentials file, or the demo state's own one.
  private static func credentialsPath(
    _ environment: [String: String], demo: Bool
  ) throws -> String {
    if demo { return try StatePaths(environment: environment).demoDirectory + "/credentials" }
    return try KeySource.credentialsPath(environment)
  }
}
