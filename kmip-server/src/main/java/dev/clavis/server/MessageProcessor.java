package dev.clavis.server;

/**
 * The seam between the transport and the KMIP operations: processes one KMIP request message
 * and returns the response message.
 *
 * <p>Both transports — the TTLV socket ({@link KmipServer}) and KMIP over HTTPS
 * ({@link KmipHttpsServer}, which converts XML and JSON bodies to TTLV first) — call it on a
 * virtual thread (it may block: database, HSM), with one whole
 * TTLV message whose 8-byte header has been checked (tag Request Message {@code 0x420078}, type
 * Structure, length within the configured frame limit; KMIP 1.4 §9.1, KMIP 2.1 §9.1). Calls for
 * requests of one connection may run concurrently; the transport writes the responses back in
 * request order.
 *
 * <p>Bad input must not throw: the processor answers with a KMIP error response (Result Status
 * Operation Failed and a Result Reason). Throwing signals that no response can be made: the
 * transport writes the responses of the earlier requests of that connection, then closes it,
 * and logs the exception on the server side only (never to the client).
 */
@FunctionalInterface
public interface MessageProcessor {

  /**
   * @param request one TTLV-encoded Request Message, header included; owned by the callee
   * @param client the authenticated peer (from its verified TLS client certificate)
   * @return one TTLV-encoded Response Message
   */
  byte[] process(byte[] request, ClientIdentity client);
}
