import Foundation

extension CheckReport {
  /// The report as plain lines for a terminal or a log: identity, the two
  /// marketplaces, then each diagnosis. No colour and no escapes; every
  /// piece passes the Sanitizer once more on the way out.
  public func textLines() -> [String] {
    let clean = Sanitizer(maxLength: 1000).clean
    var lines: [String] = []
    if let identity {
      lines.append(
        "Identity:   \(clean(identity.arn)) (account \(clean(identity.account)))"
      )
    } else {
      lines.append("Identity:   unknown")
    }
    lines.append("Production: \(balanceText(.production))")
    lines.append("Sandbox:    \(balanceText(.sandbox))")

    for diagnosis in diagnoses {
      let step = diagnosis.step.map { " Step to redo: \($0.rawValue)." } ?? ""
      lines.append(
        "\(diagnosis.severity.rawValue) [\(diagnosis.code.rawValue)] "
          + clean(diagnosis.message) + step)
      if let detail = diagnosis.detail { lines.append("  " + clean(detail)) }
    }
    lines.append(
      ok ? "Result: the keys work." : "Result: the keys do not work yet.")
    return lines
  }

  /// One marketplace's line: its balance, or why there is none.
  private func balanceText(_ marketplace: Marketplace) -> String {
    guard checked.contains(marketplace) else { return "not checked" }
    guard let balance = balances[marketplace] else {
      return "no balance (see below)"
    }
    let clean = Sanitizer(maxLength: 40).clean
    let onHold = balance.onHold.map { ", $\(clean($0)) on hold" } ?? ""
    return "$\(clean(balance.available)) available\(onHold)"
  }

  /// The report as one JSON object with sorted keys, for `--json`:
  /// `ok`, `identity` ({arn, account} or null), `balances` ({production,
  /// sandbox}, each {available, on_hold} or null) and `diagnoses`
  /// ([{code, step, severity, message, detail}], step and detail may be null).
  public func json() -> String {
    let options: JSONSerialization.WritingOptions = [
      .sortedKeys, .withoutEscapingSlashes,
    ]
    guard
      let data = try? JSONSerialization.data(
        withJSONObject: jsonObject(), options: options)
    else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }

  /// The dictionary behind `json()`.
  func jsonObject() -> [String: Any] {
    let identityObject: Any =
      identity.map { ["arn": $0.arn, "account": $0.account] as [String: Any] }
      ?? NSNull()
    var balanceObject: [String: Any] = [:]
    for marketplace in Marketplace.allCases {
      balanceObject[marketplace.rawValue] =
        balances[marketplace].map {
          ["available": $0.available, "on_hold": $0.onHold ?? NSNull()]
            as [String: Any]
        } ?? NSNull()
    }
    let diagnosisObjects = diagnoses.map { diagnosis -> [String: Any] in
      [
        "code": diagnosis.code.rawValue,
        "step": diagnosis.step?.rawValue ?? NSNull(),
        "severity": diagnosis.severity.rawValue,
        "message": diagnosis.message,
        "detail": diagnosis.detail ?? NSNull(),
      ]
    }
    return [
      "ok": ok, "identity": identityObject, "balances": balanceObject,
      "diagnoses": diagnosisObjects,
    ]
  }
}
