import Foundation

extension KeyChecker {
  /// Runs `check` and waits for it: for a synchronous `main` such as
  /// `turklink check`. Never call it from inside an async task or on a
  /// thread a task needs to finish on.
  public func checkBlocking(
    _ keys: AccessKeys,
    marketplaces: Set<Marketplace> = Set(Marketplace.allCases)
  ) -> CheckReport {
    let box = ReportBox()
    let done = DispatchSemaphore(value: 0)
    Task.detached {
      box.report = await self.check(keys, marketplaces: marketplaces)
      done.signal()
    }
    done.wait()
    return box.report ?? CheckReport(checked: marketplaces)
  }
}

/// Carries the report from the task to the waiting thread; the semaphore
/// orders the write before the read.
private final class ReportBox: @unchecked Sendable {
  var report: CheckReport?
}
