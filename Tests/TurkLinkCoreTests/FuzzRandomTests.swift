import Foundation
import XCTest

/// SplitMix64: a tiny, seedable generator, so every fuzz run can be
/// replayed from the seed it prints.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  /// Starts from `seed`.
  init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform index below `count`.
  mutating func index(_ count: Int) -> Int { Int(next() % UInt64(count)) }

  /// True with probability `percent`/100.
  mutating func chance(_ percent: Int) -> Bool { index(100) < percent }

  /// One element of `items`.
  mutating func pick<T>(_ items: [T]) -> T { items[index(items.count)] }

  /// `count` characters drawn from `alphabet`.
  mutating func string(_ alphabet: [Character], count: Int) -> String {
    String((0..<count).map { _ in pick(alphabet) })
  }
}

/// Shared pieces of the fuzz tests.
enum Fuzz {
  /// The seed: `TURKLINK_FUZZ_SEED` when set (to replay a failure), else fixed.
  static var seed: UInt64 {
    ProcessInfo.processInfo.environment["TURKLINK_FUZZ_SEED"].flatMap {
      UInt64($0)
    }
      ?? 20_261_204
  }

  static let base32 = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
  static let base64 = Array(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+")

  /// A random, obviously fake long-term key pair in the AWS docs style.
  static func keys(_ random: inout SplitMix64) -> AccessKeysShape {
    AccessKeysShape(
      id: "AKIA" + random.string(base32, count: 9) + "EXAMPLE",
      secret: random.string(base64, count: 30) + "EXAMPLEKEY")
  }

  /// Whether `id` is a valid long-term key ID, checked by hand rather
  /// than with the code under test.
  static func isValidID(_ id: String) -> Bool {
    id.count == 20 && id.hasPrefix("AKIA")
      && id.allSatisfy { base32.contains($0) }
  }

  /// Whether `secret` is a valid secret, checked by hand.
  static func isValidSecret(_ secret: String) -> Bool {
    secret.count == 40 && secret.allSatisfy { base64.contains($0) }
  }
}

/// A key pair as plain strings, so generators need not import the product.
struct AccessKeysShape: Equatable {
  var id: String
  var secret: String
}

/// The generator itself must be right for seeds to replay.
final class FuzzRandomTests: XCTestCase {
  func testSplitMix64MatchesReferenceOutputs() {
    var random = SplitMix64(seed: 0)
    let expected: [UInt64] = [
      0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F,
    ]
    XCTAssertEqual((0..<3).map { _ in random.next() }, expected)
  }

  func testFakeKeysAreValidAndObviouslyFake() {
    var random = SplitMix64(seed: 7)
    for _ in 0..<100 {
      let keys = Fuzz.keys(&random)
      XCTAssertTrue(Fuzz.isValidID(keys.id) && keys.id.hasSuffix("EXAMPLE"))
      XCTAssertTrue(
        Fuzz.isValidSecret(keys.secret) && keys.secret.hasSuffix("EXAMPLEKEY"))
    }
  }
}
