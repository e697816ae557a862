/// A pair of long-term AWS access keys.
///
/// The secret never shows up in `description` or `debugDescription`, so a
/// stray `print` or string interpolation cannot leak it.
public struct AccessKeys: Sendable, Equatable, CustomStringConvertible,
  CustomDebugStringConvertible, CustomReflectable
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
  ///
  /// Only a value shaped like a key ID (capital letters and digits) is
  /// shortened; anything else may be a secret pasted into the wrong field,
  /// so none of its characters are kept.
  public var shortID: String {
    isIDShaped ? "…" + String(accessKeyID.suffix(4)) : "(not a key ID)"
  }

  /// The whole key ID for messages, under the same rule as `shortID`.
  public var displayID: String {
    isIDShaped ? accessKeyID : "(not a key ID)"
  }

  /// Capital letters and digits of about a key ID's length: safe to show.
  private var isIDShaped: Bool {
    (16...32).contains(accessKeyID.count)
      && accessKeyID.unicodeScalars.allSatisfy {
        ("A"..."Z").contains($0) || ("0"..."9").contains($0)
      }
  }

  /// The key ID with the secret hidden.
  public var description: String { "AccessKeys(\(accessKeyID), secret: hidden)" }

  /// Same as `description`: the secret stays hidden in debuggers too.
  public var debugDescription: String { description }

  /// What `dump` and debuggers see: the key ID, and the secret hidden.
  public var customMirror: Mirror {
    Mirror(self, children: ["accessKeyID": accessKeyID, "secret": "hidden"])
  }
}
