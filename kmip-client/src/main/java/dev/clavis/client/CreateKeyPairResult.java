package dev.clavis.client;

/** The identifiers Create Key Pair returned (KMIP 1.4 §4.2 Table 167, KMIP 2.1 §6.1.9 Table 190). */
public record CreateKeyPairResult(String privateKeyId, String publicKeyId) {}
