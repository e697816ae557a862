import TurkLinkCore

/// Where the wizard and `check` send requests and save keys: the one
/// place that reads the endpoint flags and picks the credentials file.
enum Locations {
  /// The endpoints from `--endpoint-url`, `--sandbox-endpoint-url` and the
  /// `AWS_ENDPOINT_URL*` variables; a bad address is a usage error.
  static func endpoints(
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

  /// The shared credentials file, or in demo mode the demo state's own
  /// one, so a rehearsal never writes into the real file.
  static func credentialsPath(
    _ environment: [String: String], demo: Bool
  ) throws -> String {
    do {
      if demo { return try StatePaths(environment: environment).demoDirectory + "/credentials" }
      return try KeySource.credentialsPath(environment)
    } catch {
      throw CommandFailure(message: "\(error)", exitCode: 1)
    }
  }
}
