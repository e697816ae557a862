/// Why keys could not be read, found or saved: the one error type of the
/// Keys layer (CSV files, key sources, the CredentialsFile editor).
///
/// No case carries a secret or a line of a file, only paths, Profile
/// names, line numbers and counts, so `message` is always safe to show.
public enum KeyError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The CSV text is not the AWS console's access-key file.
  case csvLayout(String)
  /// The CSV text breaks the CSV quoting rules at `line`.
  case csvSyntax(line: Int, String)
  /// A key row of the CSV holds a key that fails the format rules.
  case csvBadKey(line: Int, KeyProblem)
  /// The CSV has a header but no key rows.
  case csvNoKeys
  /// The CSV has several key rows and nobody can be asked which one.
  case csvSeveralKeys(count: Int)
  /// A file could not be read.
  case unreadable(path: String, reason: String)
  /// Options that exclude each other were both given.
  case conflictingOptions(String)
  /// Only one of `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` is set.
  case partialEnvironment(missing: String)
  /// No credentials file exists where one was needed.
  case noCredentialsFile(path: String)
  /// The Profile is not in the credentials file.
  case profileNotFound(profile: String, path: String, available: [String])
  /// The Profile lacks a setting.
  case profileIncomplete(profile: String, path: String, missing: String)
  /// No key source was given and no `default` Profile exists.
  case noKeysFound(path: String)
  /// `HOME` is unset, so `~/.aws/credentials` has no meaning.
  case noHome
  /// The Profile name cannot be written as a section header.
  case invalidProfileName(String)
  /// The keys to save fail the format rules.
  case invalidKeys(KeyProblem)
  /// The Profile exists and the caller did not allow replacing it.
  case profileExists(profile: String, path: String)
  /// Writing a file failed underneath.
  case storage(StorageError)

  /// What went wrong and what to do, in plain words.
  public var message: String { KeyErrorText.message(for: self) }

  /// Same as `message`.
  public var description: String { message }
}
