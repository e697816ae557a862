import Foundation
import TurkLinkCore

/// Any failure before or outside the wizard, with the text and exit code
/// the researcher gets: the one funnel from error to user.
struct CommandFailure: Error {
  var message: String
  var exitCode: Int32

  static func usage(_ message: String) -> CommandFailure {
    CommandFailure(message: message, exitCode: 2)
  }
}

/// Parses the command line and runs the command it names.
enum CommandRunner {
  /// Runs turklink with `arguments` (argv without the program name).
  static func run(_ arguments: [String], environment: [String: String]) -> Int32 {
    do {
      let invocation: Invocation
      do {
        invocation = try InvocationParser.parse(arguments)
      } catch {
        throw CommandFailure.usage(error.message)
      }
      return try dispatch(invocation, environment: environment)
    } catch let failure as CommandFailure {
      printError(failure.message)
      return failure.exitCode
    } catch {
      printError("\(error)")
      return 1
    }
  }

  private static func dispatch(
    _ invocation: Invocation, environment: [String: String]
  ) throws -> Int32 {
    switch invocation.command {
    case .help:
      print(Usage.text)
      return 0
    case .version:
      print(Usage.version)
      return 0
    case .status:
      let context = try Context(invocation: invocation, environment: environment)
      let progress = context.loadProgress()
      return StatusCommand.run(
        guide: context.guide, progress: progress, file: context.progressFile)
    case .reset(let step):
      let context = try Context(invocation: invocation, environment: environment)
      return try ResetCommand.run(step: step, context: context)
    case .check:
      return try CheckCommand.run(invocation, environment: environment)
    case .wizard, .step:
      let context = try Context(invocation: invocation, environment: environment)
      return try WizardCommand.run(invocation, context: context)
    }
  }
}

/// Writes one line to standard error, prefixed with the program name.
func printError(_ message: String) {
  FileHandle.standardError.write(Data("turklink: \(message)\n".utf8))
}
