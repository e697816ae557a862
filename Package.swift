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
    // Times headless renders of the main screens (bench/run.sh runs it).
    .executableTarget(
      name: "turklink-bench",
      dependencies: ["TurkLinkCore", "TurkLinkTUI"]
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

// Linux release builds link the Swift runtime and Foundation statically (start-up
// about 6 ms faster, about 7 MB less memory; BENCHMARKS.md). Every Swift
// target compiles against the static modules, or FoundationXML's C parts go
// missing at link time; linking needs libcurl.so (libcurl4-openssl-dev).
// The toolchain's lld packs the relative relocations (DT_RELR), which the
// loader otherwise reads from a 1.8 MB table at every start (about 2 MB).
// DT_RELR needs glibc 2.36 or later (Debian 12); drop the "-z" pair for
// older systems.
let staticInRelease = BuildSettingCondition.when(platforms: [.linux], configuration: .release)
let releaseLinkFlags = [
  "-static-stdlib", "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs",
]
for target in package.targets where [.regular, .executable].contains(target.type) {
  target.swiftSettings =
    (target.swiftSettings ?? []) + [.unsafeFlags(["-static-stdlib"], staticInRelease)]
  if target.type == .executable {
    target.linkerSettings =
      (target.linkerSettings ?? []) + [.unsafeFlags(releaseLinkFlags, staticInRelease)]
  }
}
