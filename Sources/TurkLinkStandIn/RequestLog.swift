import Foundation
import Synchronization

/// What the log keeps about one request. Never a secret, never a
/// signature: only the key ID, which AWS treats as public.
struct LogRecord: Sendable {
  /// The operation or action named, e.g. `GetAccountBalance`.
  var operation: String
  /// The access key ID the request claimed, when readable.
  var keyID: String?
  /// Whether the signature checked out; `nil` when it was not reached.
  var signatureValid: Bool?
  /// `OK`, the AWS error code returned, or `drop` / `garbage`.
  var code: String
  /// The HTTP status sent, 0 when none was.
  var status: Int

  /// A record for a request answered with `response`.
  init(
    _ operation: String, _ keyID: String?, _ valid: Bool?,
    _ response: ServerReply
  ) {
    self.init(operation, keyID, valid, code: response.code)
    status = response.status
  }

  /// A record with an explicit outcome code.
  init(_ operation: String, _ keyID: String?, _ valid: Bool?, code: String) {
    self.operation = operation
    self.keyID = keyID
    self.signatureValid = valid
    self.code = code
    self.status = 0
  }
}

/// Appends one JSON line per request to a file.
final class RequestLog: Sendable {
  private let descriptor: Mutex<Int32>

  /// Opens (creating, mode 0600) `path` for appending.
  init(path: String) throws {
    let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw StandInError.log(path, errno) }
    descriptor = Mutex(fd)
  }

  deinit {
    descriptor.withLock { fd in _ = close(fd) }
  }

  /// Writes `record` stamped with `time` as one line.
  func write(_ record: LogRecord, mode: String, time: Date) {
    let valid = record.signatureValid.map { $0 ? "true" : "false" } ?? "null"
    let stamp = ISO8601DateFormatter().string(from: time)
    let fields = [
      ("time", Replies.jsonString(stamp)),
      ("mode", Replies.jsonString(mode)),
      ("operation", Replies.jsonString(record.operation)),
      ("keyID", record.keyID.map(Replies.jsonString) ?? "null"),
      ("signatureValid", valid),
      ("outcome", Replies.jsonString(record.code)),
      ("status", String(record.status)),
    ]
    let line =
      "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}\n"
    let bytes = Array(line.utf8)
    descriptor.withLock { fd in
      _ = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
    }
  }
}
