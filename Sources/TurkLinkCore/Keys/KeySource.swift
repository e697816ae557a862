import Foundation

/// Finds the keys for `turklink check` and for pre-filling the wizard,
/// in the AWS CLI's order: `--from-csv` or an explicit `--profile`, then
/// `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY`, then `AWS_PROFILE`, then
/// the `default` Profile of the shared credentials file.
///
/// A pure function of its inputs: the environment and a file reader are
/// passed in. The secret is never taken from the command line. Keys are
/// returned as found (trimmed by the file format, not otherwise cleaned);
/// the caller runs `KeyFormat` on them and reports problems as diagnoses.
public enum KeySource {
  /// The command-line options that choose keys.
  public struct Options: Sendable, Equatable {
    /// `--profile NAME`.
    public var profile: String?
    /// `--from-csv FILE`.
    public var csvPath: String?

    /// Creates options.
    public init(profile: String? = nil, csvPath: String? = nil) {
      self.profile = profile
      self.csvPath = csvPath
    }
  }

  /// Where the keys came from, for messages such as "keys from Profile
  /// mturk in ~/.aws/credentials".
  public enum Origin: Sendable, Equatable {
    /// A `--from-csv` file.
    case csv(path: String)
    /// A Profile of a shared credentials file.
    case profile(name: String, path: String)
    /// `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`.
    case environment
  }

  /// Keys and where they came from.
  public struct Found: Sendable, Equatable {
    /// The keys.
    public var keys: AccessKeys
    /// Their source.
    public var origin: Origin

    /// Creates a result.
    public init(keys: AccessKeys, origin: Origin) {
      self.keys = keys
      self.origin = origin
    }
  }

  /// Reads a file: its bytes, nil when it does not exist; throws when it
  /// exists but cannot be read.
  public typealias FileReader = (String) throws -> Data?

  /// Reads from the real file system.
  public static func systemReader(_ path: String) throws -> Data? {
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    return try Data(contentsOf: URL(fileURLWithPath: path))
  }

  /// The keys the options and environment point to.
  ///
  /// Throws `KeyError` naming what is missing and what to do.
  public static func find(
    _ options: Options, environment: [String: String],
    read: FileReader = systemReader
  ) throws -> Found {
    if options.csvPath != nil, options.profile != nil {
      throw KeyError.conflictingOptions(
        "--profile and --from-csv were both given")
    }
    if let csvPath = options.csvPath { return try fromCSV(csvPath, read) }

    if let profile = options.profile {
      return try fromProfile(profile, credentialsPath(environment), read)
    }
    if let keys = try fromEnvironment(environment) {
      return Found(keys: keys, origin: .environment)
    }
    let path = try credentialsPath(environment)
    if let profile = value("AWS_PROFILE", environment) {
      return try fromProfile(profile, path, read)
    }
    return try fromDefaultProfile(path, read)
  }

  /// The shared credentials file: `AWS_SHARED_CREDENTIALS_FILE` (with `~`
  /// expanded) or `~/.aws/credentials`.
  public static func credentialsPath(_ environment: [String: String]) throws
    -> String
  {
    let home = value("HOME", environment)
    if let path = value("AWS_SHARED_CREDENTIALS_FILE", environment) {
      guard path == "~" || path.hasPrefix("~/") else { return path }
      guard let home else { throw KeyError.noHome }
      return home + path.dropFirst()
    }
    guard let home else { throw KeyError.noHome }
    return home + "/.aws/credentials"
  }

  /// A plain reason for a file error, without Foundation's wrapping.
  static func reason(_ error: Error) -> String {
    switch (error as? CocoaError)?.code {
    case .fileReadNoSuchFile?: return "there is no such file"
    case .fileReadNoPermission?: return "permission denied"
    default: break
    }
    let underlying =
      (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
    if let code = underlying?.code, underlying?.domain == NSPOSIXErrorDomain {
      return String(cString: strerror(Int32(code)))
    }
    return "it could not be opened"
  }

  /// The only key row of a CSV file.
  private static func fromCSV(_ path: String, _ read: FileReader) throws
    -> Found
  {
    guard let data = try readFile(path, read) else {
      throw KeyError.unreadable(path: path, reason: "there is no such file")
    }
    let entries = try AccessKeyCSV.entries(in: data)
    guard entries.count == 1 else {
      throw KeyError.csvSeveralKeys(count: entries.count)
    }
    return Found(keys: entries[0].keys, origin: .csv(path: path))
  }

  /// Both environment keys, nil when neither is set.
  private static func fromEnvironment(_ environment: [String: String]) throws
    -> AccessKeys?
  {
    let id = value("AWS_ACCESS_KEY_ID", environment)
    let secret = value("AWS_SECRET_ACCESS_KEY", environment)
    switch (id, secret) {
    case (nil, nil): return nil
    case (nil, _):
      throw KeyError.partialEnvironment(missing: "AWS_ACCESS_KEY_ID")
    case (_, nil):
      throw KeyError.partialEnvironment(missing: "AWS_SECRET_ACCESS_KEY")
    case (let id?, let secret?):
      return AccessKeys(accessKeyID: id, secret: secret)
    }
  }

  /// The keys of a named Profile.
  private static func fromProfile(
    _ name: String, _ path: String, _ read: FileReader
  ) throws
    -> Found
  {
    guard let data = try readFile(path, read) else {
      throw KeyError.noCredentialsFile(path: path)
    }
    let file = CredentialsFile(data: data)
    guard let settings = file.settings(profile: name) else {
      throw KeyError.profileNotFound(
        profile: name, path: path, available: file.profileNames)
    }
    for key in [CredentialsFile.idKey, CredentialsFile.secretKey]
    where settings[key] == nil {
      throw KeyError.profileIncomplete(profile: name, path: path, missing: key)
    }
    return Found(
      keys: file.keys(profile: name)!, origin: .profile(name: name, path: path))
  }

  /// The `default` Profile, when the file and the Profile exist.
  private static func fromDefaultProfile(_ path: String, _ read: FileReader)
    throws -> Found
  {
    guard let data = try readFile(path, read),
      CredentialsFile(data: data).profileExists("default")
    else { throw KeyError.noKeysFound(path: path) }
    return try fromProfile("default", path, read)
  }

  /// Reads through `read`, turning its errors into `KeyError.unreadable`.
  private static func readFile(_ path: String, _ read: FileReader) throws
    -> Data?
  {
    do {
      return try read(path)
    } catch {
      throw KeyError.unreadable(path: path, reason: reason(error))
    }
  }

  /// A variable's value; empty counts as unset, as in the AWS CLI.
  private static func value(_ name: String, _ environment: [String: String])
    -> String?
  {
    guard let value = environment[name], !value.isEmpty else { return nil }
    return value
  }
}
