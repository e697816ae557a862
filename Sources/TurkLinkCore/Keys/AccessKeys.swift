/// A pair of long-term AWS access keys.
///
/// The secret never shows up in `description` or `debugDescription`, so a
/// stray `print` or string interpolation cannot leak it.
public struct AccessKeys: Sendable, Equatable, CustomStringConvertible,
  CustomDebugStringConvertible
{
  /// The access key ID, e.g. `AKIAIOSFODNN7EXAMPLE`; not secret.
  public var accessKeyID: String
  /// The secret access key; 40 characters; never logged or shown unasked.
  public var secret: String

  /// Creates a key pair.
  public init(accessKeyID: String, secret: String) {
    self.accessKeyID = accessKeyID
    self.secret = secret
  }

  /// The key ID shortened to its last four characters, for state and logs.
  public var shortID: String { "…" + String(accessKeyID.suffix(4)) }

  /// The key ID with the secret hidden.
  public var description: String { "AccessKeys(\(accessKeyID), secret: hidden)" }

  /// Same as `description`: the secret stays hidden in debuggers too.
  public var debugDescription: String { description }
}
