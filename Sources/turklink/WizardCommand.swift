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
    let endpoints = try demo?.endpoints ?? Locations.endpoints(invocation, environment)

    let (progress, warning) = context.store.load()
    var options = try options(invocation, environment, demo: demo != nil)
    if let warning { options.warnings.append(warning) }
    let effects = LiveEffects(
      store: context.store,
      checker: KeyChecker(endpoints: endpoints, timeout: invocation.timeout ?? 10),
      credentialsPath: { try Locations.credentialsPath(environment, demo: demo != nil) },
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
      profile: invocation.profile ?? "mturk",
      credentialsPath: try? Locations.credentialsPath(environment, demo: demo))
  }

  /// Keys put into the fields at start: from `--from-csv`, else from the
  /// `--profile` being saved to when it already holds keys, else from
  /// `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY`.
  ///
  /// `AWS_PROFILE` and the default profile are not used here: keys the
  /// researcher did not point at would be a surprise in the fields.
  private static func prefill(
    _ invocation: Invocation, _ environment: [String: String]
  ) throws -> AccessKeys? {
    do {
      if let path = invocation.fromCSV {
        return try KeySource.find(.init(csvPath: path), environment: environment).keys
      }
      if let profile = invocation.profile,
        let data = try KeySource.systemReader(KeySource.credentialsPath(environment)),
        let keys = CredentialsFile(data: data).keys(profile: profile)
      {
        return keys
      }
      guard !(environment["AWS_ACCESS_KEY_ID"] ?? "").isEmpty else { return nil }
      return try KeySource.find(.init(), environment: environment).keys
    } catch let error as KeyError {
      throw CommandFailure.usage(error.message)
    }
  }
}
