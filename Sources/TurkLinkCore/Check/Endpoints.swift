import Foundation

/// The three addresses a key check talks to.
public struct Endpoints: Sendable, Equatable {
  /// STS, for `GetCallerIdentity`.
  public var sts: URL
  /// MTurk production, for `GetAccountBalance`.
  public var production: URL
  /// The MTurk sandbox, for `GetAccountBalance`.
  public var sandbox: URL

  /// Creates a set of endpoints.
  public init(sts: URL, production: URL, sandbox: URL) {
    self.sts = sts
    self.production = production
    self.sandbox = sandbox
  }

  /// The real AWS endpoints in us-east-1.
  public static let aws = Endpoints(
    sts: URL(string: "https://sts.us-east-1.amazonaws.com")!,
    production: URL(string: "https://mturk-requester.us-east-1.amazonaws.com")!,
    sandbox: URL(
      string: "https://mturk-requester-sandbox.us-east-1.amazonaws.com")!)

  /// The MTurk endpoint of one marketplace.
  public func mturk(_ marketplace: Marketplace) -> URL {
    marketplace == .production ? production : sandbox
  }

  /// Works out the endpoints from command-line options and the environment.
  ///
  /// Flags beat variables; a service's own variable beats
  /// `AWS_ENDPOINT_URL`. `--endpoint-url` moves STS and production; the
  /// sandbox follows production unless `--sandbox-endpoint-url` or
  /// `TURKLINK_SANDBOX_ENDPOINT_URL` names it, so one stand-in can answer
  /// everything. Every URL must be https, or http to a loopback host.
  public static func resolve(
    endpointURL: String? = nil, sandboxEndpointURL: String? = nil,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(EndpointError) -> Endpoints {
    let env = environment.filter { !$0.value.isEmpty }
    let flag = endpointURL.flatMap { $0.isEmpty ? nil : $0 }
    let sandboxFlag = sandboxEndpointURL.flatMap { $0.isEmpty ? nil : $0 }
    let general = flag ?? env["AWS_ENDPOINT_URL"]

    let production = flag ?? env["AWS_ENDPOINT_URL_MTURK"] ?? general
    let sandboxOverride = sandboxFlag ?? env["TURKLINK_SANDBOX_ENDPOINT_URL"]
    // AWS has no name for the sandbox: unless told otherwise it goes
    // wherever MTurk production was moved; and STS, unless named, follows
    // whichever MTurk endpoint was moved. So signed requests never reach
    // real AWS while the researcher is pointing turklink at a stand-in.
    let sandbox = sandboxOverride ?? production
    let sts = flag ?? env["AWS_ENDPOINT_URL_STS"] ?? general ?? production ?? sandboxOverride

    // In this order, so a value borrowed by the sandbox or STS is judged
    // first under the name it was given by.
    let productionURL = try choose(
      production, source: productionSource(flag, env), otherwise: aws.production)
    let sandboxURL = try choose(
      sandbox, source: sandboxSource(sandboxFlag, env), otherwise: aws.sandbox)
    let stsURL = try choose(sts, source: stsSource(flag, env), otherwise: aws.sts)
    return Endpoints(sts: stsURL, production: productionURL, sandbox: sandboxURL)
  }

  /// The validated override, or the default when there is none.
  private static func choose(
    _ value: String?, source: String, otherwise fallback: URL
  ) throws(EndpointError) -> URL {
    guard let value else { return fallback }
    return try validated(value, source: source)
  }

  /// Checks one URL: a scheme of https (or http on loopback), a host, no
  /// user name or password, and never the cloud metadata address.
  public static func validated(
    _ text: String, source: String
  ) throws(EndpointError) -> URL {
    guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
      let host = url.host, !host.isEmpty
    else { throw .invalid(source: source, value: text) }
    guard url.user == nil, url.password == nil, url.query == nil,
      url.fragment == nil
    else {
      throw .invalid(source: source, value: text)
    }
    if LoopbackHost.isMetadata(host) {
      throw .forbidden(source: source, value: text)
    }
    if LoopbackHost.isOddAddress(host) {
      throw .invalid(source: source, value: text)
    }
    switch scheme {
    case "https": return url
    case "http" where LoopbackHost.isLoopback(host): return url
    case "http": throw .plainHTTP(source: source, value: text)
    default: throw .invalid(source: source, value: text)
    }
  }

  private static func stsSource(
    _ flag: String?, _ env: [String: String]
  ) -> String {
    if flag != nil { return "--endpoint-url" }
    return env["AWS_ENDPOINT_URL_STS"] != nil
      ? "AWS_ENDPOINT_URL_STS" : "AWS_ENDPOINT_URL"
  }

  private static func productionSource(
    _ flag: String?, _ env: [String: String]
  ) -> String {
    if flag != nil { return "--endpoint-url" }
    return env["AWS_ENDPOINT_URL_MTURK"] != nil
      ? "AWS_ENDPOINT_URL_MTURK" : "AWS_ENDPOINT_URL"
  }

  private static func sandboxSource(
    _ flag: String?, _ env: [String: String]
  ) -> String {
    if flag != nil { return "--sandbox-endpoint-url" }
    return env["TURKLINK_SANDBOX_ENDPOINT_URL"] != nil
      ? "TURKLINK_SANDBOX_ENDPOINT_URL" : "--endpoint-url"
  }
}

/// Why an endpoint override was refused; `message` is for the user.
public enum EndpointError: Error, Sendable, Equatable {
  /// Not a usable URL (no host, a user name, a query, an odd scheme).
  case invalid(source: String, value: String)
  /// `http://` to a host that is not this computer.
  case plainHTTP(source: String, value: String)
  /// The cloud instance metadata address.
  case forbidden(source: String, value: String)

  /// One sentence naming the option or variable and what is wrong.
  public var message: String {
    switch self {
    case .invalid(let source, let value):
      "\(source): \"\(Sanitizer.standard.clean(value))\" is not a usable https:// URL."
    case .plainHTTP(let source, let value):
      "\(source): \"\(Sanitizer.standard.clean(value))\" uses plain http, which is "
        + "allowed only for this computer (127.0.0.1, ::1, localhost); use https://."
    case .forbidden(let source, let value):
      "\(source): \"\(Sanitizer.standard.clean(value))\" is a cloud metadata address, "
        + "which turklink never contacts."
    }
  }
}

/// Which host names stay on this computer.
enum LoopbackHost {
  /// True for `localhost`, 127.0.0.0/8 and `::1`.
  static func isLoopback(_ host: String) -> Bool {
    let name = bare(host)
    // Only the exact name: `*.localhost` may go to an ordinary resolver.
    if name == "localhost" { return true }
    if let parts = ipv4(name) { return parts[0] == 127 }
    return isIPv6Loopback(name)
  }

  /// True for the link-local metadata addresses of the big clouds.
  static func isMetadata(_ host: String) -> Bool {
    let name = bare(host)
    if let parts = ipv4(name) { return parts[0] == 169 && parts[1] == 254 }
    return name.hasPrefix("fd00:ec2:") || name == "metadata.google.internal"
  }

  /// True for addresses written in a form other than plain dotted decimal
  /// (`2130706433`, `0x7f.1`, `127.1`, `::ffff:a9fe:a9fe`): resolvers
  /// accept them, so they could hide a metadata or remote address.
  static func isOddAddress(_ host: String) -> Bool {
    let name = bare(host)
    if name.contains(":") { return name.contains("ffff") || name.contains(".") }
    guard let last = name.split(separator: ".").last else { return false }
    let numeric = last.allSatisfy(\.isNumber) || last.hasPrefix("0x")
    return numeric && ipv4(name) == nil
  }

  /// The host lower-cased, without IPv6 brackets or a trailing dot.
  private static func bare(_ host: String) -> String {
    var name = host.lowercased()
    if name.hasPrefix("[") && name.hasSuffix("]") {
      name = String(name.dropFirst().dropLast())
    }
    if name.hasSuffix(".") { name = String(name.dropLast()) }
    return name
  }

  /// The four parts of a dotted-decimal IPv4 address, or nil.
  private static func ipv4(_ name: String) -> [Int]? {
    let parts = name.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 4 else { return nil }
    let numbers = parts.compactMap { part -> Int? in
      guard !part.isEmpty, part.count <= 3, part.allSatisfy(\.isASCII) else {
        return nil
      }
      guard part == "0" || !part.hasPrefix("0") else { return nil }
      return Int(part).flatMap { (0...255).contains($0) ? $0 : nil }
    }
    return numbers.count == 4 ? numbers : nil
  }

  /// True for `::1` in any of its spellings (`0:0:0:0:0:0:0:1`, `::0:1`).
  private static func isIPv6Loopback(_ name: String) -> Bool {
    guard name.contains(":"), name.allSatisfy({ $0.isHexDigit || $0 == ":" })
    else {
      return false
    }
    let halves = name.components(separatedBy: "::")
    guard halves.count <= 2 else { return false }
    let groups = halves.flatMap { $0.split(separator: ":") }
    guard let last = groups.last, groups.count <= 8 else { return false }
    let zeros = groups.dropLast().allSatisfy { UInt16($0, radix: 16) == 0 }
    return zeros && UInt16(last, radix: 16) == 1
      && (halves.count == 2 || groups.count == 8)
  }
}
