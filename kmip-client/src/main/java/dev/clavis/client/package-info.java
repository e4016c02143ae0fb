/**
 * The Clavis KMIP client: a blocking Java client library over TLS ({@link dev.clavis.client.KmipClient}),
 * and the client-side {@code clavis} commands (KMIP operations, {@code ttlv convert}).
 *
 * <p>Decisions worth knowing before changing them:
 *
 * <ul>
 *   <li>One TLS connection per client, reused; requests are serialised on it (a lock, no pool):
 *       parallelism is several clients. A reused connection is checked before a write (bytes
 *       waiting, or idle for a second: a 1 ms read probe) and reopened once if the server closed
 *       it. A request is never written twice: once written, a failure is reported with {@code
 *       requestSent() == true} and the caller decides (the server may have executed it).
 *   <li>Hostname verification is always on (endpoint identification "HTTPS"); there is no option
 *       to turn it off. TLS 1.3 and 1.2 only.
 *   <li>A response header is checked against {@link dev.clavis.codec.TtlvLimits#maxMessageBytes()}
 *       before the body is allocated.
 *   <li>The commands never take key bytes as an argument value (shell history, process
 *       listings): {@code register} reads a file or standard input; {@code get} prints key bytes
 *       only with {@code --show-secret} and writes them only to a new 0600 file.
 *   <li>Exit codes: 0 done, 1 KMIP error, 2 usage or bad input, 3 connection or TLS failure.
 * </ul>
 *
 * <p>Depends on kmip-codec, picocli, Bouncy Castle PKIX (PEM) and Jackson databind (JSON output).
 */
package dev.clavis.client;
