// OpenSSL libcrypto: SHA-256 and HMAC-SHA-256 for AWS Signature Version 4.
#ifndef TURKLINK_CCRYPTO_SHIM_H
#define TURKLINK_CCRYPTO_SHIM_H

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>

#endif
