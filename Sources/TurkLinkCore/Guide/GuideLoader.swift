import Foundation

/// Why `guide.json` could not be used; `description` names the file and entry.
public struct GuideError: Error, Equatable, CustomStringConvertible {
  /// The file that was read.
  public var path: String
  /// The entry at fault, e.g. `steps[2] (requester-account).items`, or "" for the file.
  public var entry: String
  /// What is wrong with it, in plain words.
  public var problem: String

  /// One line for the researcher: file, entry, problem.
  public var description: String {
    entry.isEmpty ? "\(path): \(problem)" : "\(path): \(entry): \(problem)"
  }
}

/// Reads and validates the guide resource.
///
/// Amazon changes its consoles, so all step text lives in a file that can be
/// edited without rebuilding; a mistake in it must name the entry at fault.
public enum GuideLoader {
  /// The environment variable that points turklink at another guide file.
  public static let overrideVariable = "TURKLINK_GUIDE"

  /// Loads the guide from `TURKLINK_GUIDE`, or the bundled `guide.json`.
  public static func loadDefault(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(GuideError) -> Guide {
    if let path = environment[overrideVariable], !path.isEmpty {
      return try load(path: path)
    }
    guard let path = bundledPath() else {
      throw GuideError(
        path: "guide.json", entry: "",
        problem: "the bundled guide is missing next to the turklink binary; "
          + "reinstall turklink or set \(overrideVariable) to a guide file")
    }
    return try load(path: path)
  }

  /// Loads and validates the guide at `path`.
  public static func load(path: String) throws(GuideError) -> Guide {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw GuideError(path: path, entry: "", problem: "cannot be read (missing or unreadable)")
    }
    return try parse(data, path: path)
  }

  /// Validates guide JSON; `path` is only used in error messages.
  public static func parse(_ data: Data, path: String) throws(GuideError) -> Guide {
    let root: Any
    do {
      root = try JSONSerialization.jsonObject(with: data)
    } catch {
      throw GuideError(path: path, entry: "", problem: "is not valid JSON")
    }
    return try GuideReader(path: path).guide(from: root)
  }

  /// Where SwiftPM puts the resource bundle: beside the executable.
  ///
  /// `Bundle.module` would stop the process if the bundle were missing, so
  /// the path is found by hand and a missing file becomes a `GuideError`.
  static func bundledPath() -> String? {
    let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    let folder = exe.deletingLastPathComponent()
    let candidates = [
      folder.appendingPathComponent("turklink_TurkLinkCore.resources/guide.json"),
      folder.appendingPathComponent("../share/turklink/guide.json"),
    ]
    let found = candidates.first { FileManager.default.fileExists(atPath: $0.path) }
    return found?.standardizedFileURL.path
  }
}
