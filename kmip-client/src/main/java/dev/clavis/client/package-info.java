/**
 * The Clavis KMIP client: a blocking Java client library over TLS, and the client-side
 * {@code clavis} commands (KMIP operations, {@code ttlv convert}, {@code bench}).
 *
 * <p>Depends on kmip-codec and picocli.
 */
package dev.clavis.client;
