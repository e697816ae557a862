import Foundation
import TurkLinkCore

/// What the command line asked for, after parsing and before running.
struct Invocation: Equatable {
  /// The thing to do.
  enum Command: Equatable {
    case wizard
    case step(StepID)
    case status
    case check
    case reset(StepID?)
    case help
    case version
  }

  var command: Command = .wizard
  var demo = false
  var plain = false
  var json = false
  var save = false
  var force = false
  var sandboxOnly = false
  var productionOnly = false
  var profile: String?
  var fromCSV: String?
  var endpointURL: String?
  var sandboxEndpointURL: String?
  var timeout: Double?
}

/// A command line turklink cannot act on; the message says what to do.
struct UsageError: Error, Equatable {
  var message: String
}

/// Turns `argv` (without the program name) into an `Invocation`.
///
/// Flags may come before or after the command word, as `--flag value` or
/// `--flag=value`. Anything that looks like a secret is refused without
/// being echoed, because argv is visible to every user of the machine.
enum InvocationParser {
  static func parse(_ arguments: [String]) throws(UsageError) -> Invocation {
    var invocation = Invocation()
    var words: [String] = []
    var queue = arguments[...]

    while let argument = queue.popFirst() {
      guard argument.hasPrefix("-"), argument != "-" else {
        try refuseSecret(argument)
        words.append(argument)
        continue
      }
      let (flag, inline) = split(argument)
      try apply(flag, inline: inline, queue: &queue, to: &invocation)
    }

    invocation.command = try command(from: words, current: invocation.command)
    try validate(invocation)
    return invocation
  }

  private static func apply(
    _ flag: String, inline: String?, queue: inout ArraySlice<String>,
    to invocation: inout Invocation
  ) throws(UsageError) {
    // An empty value is refused: `--endpoint-url "$UNSET"` must not
    // quietly mean the real AWS. A secret-shaped value is refused unseen.
    func value() throws(UsageError) -> String {
      let given = inline ?? queue.popFirst()
      guard let given, !given.hasPrefix("--") || inline != nil else {
        throw UsageError(message: "\(flag) needs a value (see turklink --help)")
      }
      try refuseSecret(given)
      guard !given.trimmingCharacters(in: .whitespaces).isEmpty else {
        throw UsageError(message: "\(flag) was given an empty value (see turklink --help)")
      }
      return given
    }

    switch flag {
    case "-h", "--help": invocation.command = .help
    case "-V", "--version": invocation.command = .version
    case "--demo": invocation.demo = true
    case "--plain": invocation.plain = true
    case "--json": invocation.json = true
    case "--save": invocation.save = true
    case "--force": invocation.force = true
    case "--sandbox-only": invocation.sandboxOnly = true
    case "--production-only": invocation.productionOnly = true
    case "--profile": invocation.profile = try value()
    case "--from-csv": invocation.fromCSV = try value()
    case "--endpoint-url": invocation.endpointURL = try value()
    case "--sandbox-endpoint-url": invocation.sandboxEndpointURL = try value()
    case "--timeout": invocation.timeout = try seconds(try value())
    default:
      if flag.lowercased().contains("secret") { throw secretRefusal }
      throw UsageError(message: "unknown option \(flag) (see turklink --help)")
    }
  }

  private static func command(
    from words: [String], current: Invocation.Command
  ) throws(UsageError) -> Invocation.Command {
    if current == .help || current == .version { return current }
    guard let word = words.first else { return .wizard }
    let rest = Array(words.dropFirst())

    switch word {
    case "status", "check":
      try expectNone(rest, after: word)
      return word == "status" ? .status : .check
    case "step":
      guard rest.count == 1 else {
        throw UsageError(message: "turklink step needs one step id: \(validIDs) (or 1-7)")
      }
      return .step(try stepID(rest[0]))
    case "reset":
      guard rest.count <= 1 else {
        throw UsageError(message: "turklink reset takes at most one step id")
      }
      return .reset(try rest.first.map { (id: String) throws(UsageError) in try stepID(id) })
    case "help":
      return .help
    default:
      throw UsageError(
        message: "unknown command \"\(word)\"; commands: step, status, check, reset "
          + "(see turklink --help)")
    }
  }

  private static func validate(_ invocation: Invocation) throws(UsageError) {
    if invocation.sandboxOnly && invocation.productionOnly {
      throw UsageError(message: "--sandbox-only and --production-only cannot be combined")
    }
    let checkOnly = invocation.json || invocation.save || invocation.force
      || invocation.sandboxOnly || invocation.productionOnly
    if checkOnly && invocation.command != .check {
      throw UsageError(
        message: "--json, --save, --force, --sandbox-only and --production-only "
          + "go with turklink check")
    }
    if invocation.force && !invocation.save {
      throw UsageError(
        message: "--force only makes sense with --save (it replaces an existing profile)")
    }
  }

  private static func stepID(_ text: String) throws(UsageError) -> StepID {
    if let id = StepID(rawValue: text) { return id }
    if let number = Int(text), StepID.allCases.indices.contains(number - 1) {
      return StepID.allCases[number - 1]
    }
    throw UsageError(message: "unknown step \"\(text)\"; valid steps: \(validIDs) (or 1-7)")
  }

  private static func expectNone(_ rest: [String], after word: String) throws(UsageError) {
    if let extra = rest.first {
      throw UsageError(message: "turklink \(word) takes no argument \"\(extra)\"")
    }
  }

  private static func seconds(_ text: String) throws(UsageError) -> Double {
    guard let value = Double(text), value > 0, value <= 300 else {
      throw UsageError(
        message: "--timeout takes a number of seconds above 0 and at most 300, e.g. --timeout 10")
    }
    return value
  }

  /// A run of exactly 40 characters of the secret alphabet, mixing upper
  /// and lower case, is almost surely a secret — alone, or inside a pasted
  /// CSV row or quotes. Refused before any message could repeat it.
  private static func refuseSecret(_ word: String) throws(UsageError) {
    let alphabet = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+")
    let runs = word.split { !alphabet.contains($0) }
    let secretShaped = runs.contains { run in
      run.count == 40 && run.contains(where: \.isUppercase) && run.contains(where: \.isLowercase)
    }
    if secretShaped { throw secretRefusal }
  }

  private static var secretRefusal: UsageError {
    UsageError(
      message: "turklink never takes a secret key on the command line (other users can see it); "
        + "use --from-csv FILE, --profile NAME or AWS_SECRET_ACCESS_KEY")
  }

  private static var validIDs: String {
    StepID.allCases.map(\.rawValue).joined(separator: ", ")
  }

  private static func split(_ argument: String) -> (String, String?) {
    guard argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") else {
      return (argument, nil)
    }
    return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
  }
}
