// swift-tools-version:6.0
import PackageDescription

/// turklink: a terminal wizard that gets a researcher's MTurk API keys working.
let package = Package(
  name: "turklink",
  products: [
    .executable(name: "turklink", targets: ["turklink"]),
    .executable(name: "turklink-standin", targets: ["turklink-standin"]),
  ],
  targets: [
    // C shims for what Swift cannot import directly.
    .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
    .systemLibrary(name: "CCrypto", path: "Sources/CCrypto"),

    // Everything but the terminal: guide, keys, signing, clients, diagnosis.
    .target(
      name: "TurkLinkCore",
      dependencies: ["CCrypto"],
      resources: [.copy("Resources/guide.json")]
    ),

    // The loopback MTurk/STS stand-in used by tests and `--demo`.
    .target(name: "TurkLinkStandIn", dependencies: ["TurkLinkCore"]),

    // Model / update / screens, plus the one ncurses backend.
    .target(name: "TurkLinkTUI", dependencies: ["TurkLinkCore", "CNcurses"]),

    .executableTarget(
      name: "turklink",
      dependencies: ["TurkLinkCore", "TurkLinkTUI", "TurkLinkStandIn"]
    ),
    .executableTarget(
      name: "turklink-standin",
      dependencies: ["TurkLinkCore", "TurkLinkStandIn"]
    ),

    .testTarget(
      name: "TurkLinkCoreTests",
      dependencies: ["TurkLinkCore"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "TurkLinkStandInTests",
      dependencies: ["TurkLinkCore", "TurkLinkStandIn"]
    ),
    .testTarget(
      name: "TurkLinkTUITests",
      dependencies: ["TurkLinkCore", "TurkLinkTUI"],
      exclude: ["Snapshots"]
    ),
    .testTarget(
      name: "TurkLinkCLITests",
      dependencies: ["turklink", "TurkLinkCore", "TurkLinkStandIn"]
    ),
    // Drives the built binaries in tmux; depends on them being built.
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["turklink", "turklink-standin", "TurkLinkStandIn"]
    ),
  ]
)
