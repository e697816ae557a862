import TurkLinkCore

/// `turklink reset [ID]`: forget the progress of one step, or of all.
enum ResetCommand {
  /// Clears the progress and saves it; prints what was forgotten.
  static func run(step: StepID?, context: Context) throws -> Int32 {
    var progress = context.loadProgress()

    if let step {
      progress.reset(step)
    } else {
      progress = Progress()
    }
    do {
      try context.store.save(progress)
    } catch {
      throw CommandFailure(message: "could not save progress: \(error)", exitCode: 1)
    }

    let title = step.flatMap { context.guide.step($0)?.title }
    print(title.map { "Forgot the progress of \"\($0)\"." } ?? "Forgot all progress.")
    return 0
  }
}
