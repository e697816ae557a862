import Foundation

// All work happens in `CommandRunner`; this file only hands over argv and
// the environment, and turns the result into the exit status.
LoopbackProxy.exempt()
let status = CommandRunner.run(
  Array(CommandLine.arguments.dropFirst()),
  environment: ProcessInfo.processInfo.environment)
exit(status)
