import CCrypto

/// SHA-256 and HMAC-SHA-256 from OpenSSL's libcrypto: the two primitives
/// Signature Version 4 needs. No hash code is written by hand here.
enum Crypto {
  /// The SHA-256 digest of `bytes`.
  static func sha256(_ bytes: [UInt8]) -> [UInt8] {
    var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
    bytes.withUnsafeBufferPointer { input in
      _ = SHA256(input.baseAddress, input.count, &digest)
    }
    return digest
  }

  /// HMAC-SHA-256 of `message` under `key`.
  static func hmacSHA256(key: [UInt8], message: [UInt8]) -> [UInt8] {
    var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
    var length: UInt32 = 0
    key.withUnsafeBufferPointer { keyBuffer in
      message.withUnsafeBufferPointer { input in
        _ = HMAC(
          EVP_sha256(), keyBuffer.baseAddress, Int32(keyBuffer.count),
          input.baseAddress, input.count, &digest, &length)
      }
    }
    return Array(digest.prefix(Int(length)))
  }

  /// Lower-case hexadecimal, as AWS writes hashes and signatures.
  static func hex(_ bytes: [UInt8]) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var out = [UInt8]()
    out.reserveCapacity(bytes.count * 2)
    for byte in bytes {
      out.append(digits[Int(byte >> 4)])
      out.append(digits[Int(byte & 0x0f)])
    }
    return String(decoding: out, as: UTF8.self)
  }
}
