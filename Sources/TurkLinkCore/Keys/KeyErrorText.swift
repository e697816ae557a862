/// The wording of each `KeyError`, kept apart from the code that throws.
enum KeyErrorText {
  /// The header of the console's current access-key file, for messages.
  static let expectedCSV =
    "the .csv file the AWS console offers when you create an access key "
    + "(header \"Access key ID,Secret access key\", then one row per key)"

  /// The message for `error`.
  static func message(for error: KeyError) -> String {
    switch error {
    case .csvLayout, .csvSyntax, .csvBadKey, .csvNoKeys, .csvSeveralKeys:
      csv(error)
    case .storage(let underlying):
      underlying.message
    default:
      source(error) ?? credentials(error)
    }
  }

  /// Messages about the access-key CSV.
  private static func csv(_ error: KeyError) -> String {
    switch error {
    case .csvLayout(let found):
      "This is not an access-key file: \(found). Expected \(expectedCSV)."
    case .csvSyntax(let line, let found):
      "The .csv file is damaged at line \(line): \(found). Download it again "
        + "or copy the two keys by hand."
    case .csvBadKey(let line, let problem):
      "Line \(line) of the .csv file: \(problem.message)"
    case .csvNoKeys:
      "The .csv file has a header but no keys. Expected \(expectedCSV)."
    case .csvSeveralKeys(let count):
      "The .csv file holds \(count) keys; keep only the row you want in a "
        + "copy of the file, or save the keys under a Profile and use --profile."
    default: ""
    }
  }

  /// Messages about where keys come from; nil for other errors.
  private static func source(_ error: KeyError) -> String? {
    switch error {
    case .unreadable(let path, let reason):
      "Cannot read \(path): \(reason). Check the path and its permissions."
    case .conflictingOptions(let what):
      "\(what): give only one source of keys."
    case .partialEnvironment(let missing):
      "\(missing) is not set, but the other AWS key variable is: set both, "
        + "or unset both to use a Profile."
    case .noCredentialsFile(let path):
      "There is no credentials file at \(path). Run turklink to save your "
        + "keys, or set AWS_SHARED_CREDENTIALS_FILE to the right file."
    case .profileNotFound(let profile, let path, let available):
      "There is no Profile [\(profile)] in \(path)"
        + (available.isEmpty
          ? "." : " (it has: \(available.joined(separator: ", "))).")
        + " Check the name, or run turklink to save keys under it."
    case .profileIncomplete(let profile, let path, let missing):
      "Profile [\(profile)] in \(path) has no \(missing). Save the keys "
        + "again with turklink."
    case .noKeysFound(let path):
      "No keys found: use --profile NAME or --from-csv FILE, set "
        + "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or add a [default] "
        + "Profile to \(path)."
    case .noHome:
      "HOME is not set, so ~/.aws/credentials cannot be found: set HOME or "
        + "AWS_SHARED_CREDENTIALS_FILE."
    default: nil
    }
  }

  /// Messages about editing the credentials file.
  private static func credentials(_ error: KeyError) -> String {
    switch error {
    case .invalidProfileName("DEFAULT"):
      "DEFAULT cannot be a Profile name: AWS applies its settings to every "
        + "Profile. Choose another name (for example mturk)."
    case .invalidProfileName(let name):
      "\(quoted(name)) cannot be a Profile name: use letters, digits and "
        + ". _ - @ + only (for example mturk)."
    case .invalidKeys(let problem):
      "These keys cannot be saved: \(problem.message)"
    case .profileExists(let profile, let path):
      "Profile [\(profile)] already exists in \(path). Replace it, or "
        + "choose another Profile name."
    default: ""
    }
  }

  /// A name in quotes when it is plain printable ASCII; otherwise a
  /// neutral phrase, so control characters never reach the screen.
  private static func quoted(_ name: String) -> String {
    let plain =
      !name.isEmpty && name.utf8.allSatisfy { (32...126).contains($0) }
    return plain ? "\"\(name)\"" : "That name"
  }
}
