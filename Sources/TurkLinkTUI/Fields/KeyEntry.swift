import TurkLinkCore

/// The two key fields of the access-keys step and what is known about them.
public struct KeyEntry: Equatable, Sendable {
  /// The access key ID, shown as typed.
  public var id = TextField()
  /// The secret access key, masked unless revealed.
  public var secret = SecretField()
  /// The demo key pair now in the fields, named for the rehearsal.
  public var demoLabel: String?

  /// Empty fields.
  public init() {}

  /// The keys as they stand in the fields.
  public var keys: AccessKeys {
    AccessKeys(accessKeyID: id.text, secret: secret.text)
  }

  /// True when both fields are empty.
  public var isEmpty: Bool { id.text.isEmpty && secret.text.isEmpty }

  /// The ID field's format verdict (nil while empty).
  public var idVerdict: FieldVerdict? { KeyRules.checkID(id.text) }

  /// The secret field's format verdict (nil while empty).
  public var secretVerdict: FieldVerdict? { KeyRules.checkSecret(secret.text) }

  /// True when both fields pass the format check, so a live check may run.
  public var isReady: Bool { KeyRules.isValid(keys) }

  /// True when the secret sits in the ID field (and the ID, if any, in the
  /// secret field): the researcher is offered a one-key swap.
  public var looksSwapped: Bool {
    KeyRules.looksSwapped(id: id.text, secret: secret.text)
  }

  /// What Ctrl-X would do, in words, or nil when nothing looks swapped:
  /// a swap only when both fields hold something, else a move of the
  /// secret out of the ID field.
  public var swapAdvice: String? {
    guard looksSwapped else { return nil }
    if secret.text.isEmpty {
      return "This looks like the secret: press Ctrl-X to move it to "
        + "the secret field."
    }
    return "These look swapped: press Ctrl-X to swap them."
  }

  /// Fills both fields, e.g. from a CSV paste or a demo key.
  public mutating func fill(_ keys: AccessKeys, label: String? = nil) {
    id.set(keys.accessKeyID)
    secret.field.set(keys.secret)
    demoLabel = label
  }

  /// Exchanges the two fields' texts.
  public mutating func swap() {
    let old = keys
    fill(
      AccessKeys(accessKeyID: old.secret, secret: old.accessKeyID),
      label: demoLabel)
  }
}
