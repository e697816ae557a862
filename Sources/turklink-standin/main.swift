import Foundation
import TurkLinkStandIn

/// Prints `message` to stderr.
func complain(_ message: String) {
  FileHandle.standardError.write(Data((message + "\n").utf8))
}

let options: Options
do {
  options = try Options.parse(Array(CommandLine.arguments.dropFirst()))
} catch let error as Options.UsageError {
  complain("turklink-standin: \(error.message)\nTry --help.")
  exit(2)
}

if options.help {
  print(Options.usage)
  exit(0)
}
if options.listAccounts {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [
    .prettyPrinted, .sortedKeys, .withoutEscapingSlashes,
  ]
  let data = try! encoder.encode(options.configuration.accounts)
  print(String(decoding: data, as: UTF8.self))
  exit(0)
}

let server = StandInServer(options.configuration)
let port: Int
do {
  port = try server.start()
} catch {
  complain("turklink-standin: \(error)")
  exit(1)
}
// Written unbuffered, so a parent reading the pipe sees it at once.
FileHandle.standardOutput.write(Data("listening on 127.0.0.1:\(port)\n".utf8))

// Signals arrive through Dispatch, so stopping runs as ordinary code.
var sources: [DispatchSourceSignal] = []
for number in [SIGTERM, SIGINT] {
  signal(number, SIG_IGN)
  let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
  source.setEventHandler {
    server.stop()
    exit(0)
  }
  source.resume()
  sources.append(source)
}
dispatchMain()
