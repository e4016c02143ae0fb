package dev.clavis.client;

import dev.clavis.codec.ActivateRequestPayload;
import dev.clavis.codec.ActivateResponsePayload;
import dev.clavis.codec.AddAttributeRequestPayload;
import dev.clavis.codec.AddAttributeResponsePayload;
import dev.clavis.codec.Attribute;
import dev.clavis.codec.AttributeReference;
import dev.clavis.codec.Attributes;
import dev.clavis.codec.CheckRequestPayload;
import dev.clavis.codec.CheckResponsePayload;
import dev.clavis.codec.CreateKeyPairResponsePayload;
import dev.clavis.codec.CreateResponsePayload;
import dev.clavis.codec.Credential;
import dev.clavis.codec.DeleteAttributeRequestPayload;
import dev.clavis.codec.DeleteAttributeResponsePayload;
import dev.clavis.codec.DestroyRequestPayload;
import dev.clavis.codec.DestroyResponsePayload;
import dev.clavis.codec.DiscoverVersionsRequestPayload;
import dev.clavis.codec.DiscoverVersionsResponsePayload;
import dev.clavis.codec.GetAttributeListRequestPayload;
import dev.clavis.codec.GetAttributeListResponsePayload;
import dev.clavis.codec.GetAttributesRequestPayload;
import dev.clavis.codec.GetAttributesResponsePayload;
import dev.clavis.codec.GetRequestPayload;
import dev.clavis.codec.GetResponsePayload;
import dev.clavis.codec.KmipException;
import dev.clavis.codec.LocateResponsePayload;
import dev.clavis.codec.ManagedObject;
import dev.clavis.codec.ModifyAttributeRequestPayload;
import dev.clavis.codec.ModifyAttributeResponsePayload;
import dev.clavis.codec.ProtocolVersion;
import dev.clavis.codec.QueryRequestPayload;
import dev.clavis.codec.QueryResponsePayload;
import dev.clavis.codec.ReKeyRequestPayload;
import dev.clavis.codec.ReKeyResponsePayload;
import dev.clavis.codec.RegisterRequestPayload;
import dev.clavis.codec.RegisterResponsePayload;
import dev.clavis.codec.RequestBatchItem;
import dev.clavis.codec.RequestHeader;
import dev.clavis.codec.RequestMessage;
import dev.clavis.codec.RequestPayload;
import dev.clavis.codec.ResponseBatchItem;
import dev.clavis.codec.ResponseMessage;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.RevocationReason;
import dev.clavis.codec.RevokeRequestPayload;
import dev.clavis.codec.RevokeResponsePayload;
import dev.clavis.codec.SetAttributeRequestPayload;
import dev.clavis.codec.SetAttributeResponsePayload;
import dev.clavis.codec.TtlvDecoder;
import dev.clavis.codec.TtlvEncoder;
import dev.clavis.codec.TtlvException;
import dev.clavis.codec.TtlvLimits;
import dev.clavis.codec.spec.BatchErrorContinuationOption;
import dev.clavis.codec.spec.KeyFormatType;
import dev.clavis.codec.spec.KmipVersion;
import dev.clavis.codec.spec.Operation;
import dev.clavis.codec.spec.QueryFunction;
import dev.clavis.codec.spec.ResultStatus;
import dev.clavis.codec.spec.RevocationReasonCode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

/**
 * A blocking KMIP client over TLS with a client certificate (KMIP 2.1 §10.4 Transport; the KMIP
 * Profiles' TTLV over TLS, port 5696).
 *
 * <pre>{@code
 * try (KmipClient kmip = KmipClient.builder()
 *     .host("kms.example").port(5696)
 *     .clientCertificate(Path.of("client.pem"), Path.of("client.key"))
 *     .trustedCa(Path.of("ca.pem"))
 *     .kmipVersion(KmipVersion.V1_4)
 *     .build()) {
 *   String id = kmip.create(CreateRequest.aes(256).name("k1").usage(ENCRYPT, DECRYPT));
 *   kmip.activate(id);
 *   GetResult key = kmip.get(id);
 * }
 * }</pre>
 *
 * <p><b>Connection.</b> One TLS connection, opened on first use and reused for every request.
 * Before a request is written on a reused connection the client checks that the server has not
 * closed it (a close_notify or end of stream waiting to be read, or a probe after an idle second)
 * and reconnects once if so. A request is never sent twice: when the connection breaks after the
 * request was written, {@link KmipConnectionException#requestSent()} is true and the caller
 * decides.
 *
 * <p><b>Threads.</b> Thread-safe; requests on one client are serialised (one connection, one
 * request in flight). Use one client per thread, or several, for parallel requests.
 *
 * <p><b>TLS.</b> TLS 1.3 and 1.2; the server certificate must chain to the trusted CAs and name
 * the host it was reached by (DNS or IP subject alternative name). There is no switch to turn
 * hostname verification off.
 *
 * <p><b>Errors.</b> A batch item the server failed raises {@link KmipClientException} (Result
 * Reason and Message); a connection, TLS or framing failure raises {@link
 * KmipConnectionException}; a response that breaks the message rules raises the codec's {@link
 * KmipException}.
 */
public final class KmipClient implements AutoCloseable {

  /** The IANA-registered KMIP port. */
  public static final int DEFAULT_PORT = 5696;
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  /** TLS versions offered (the KMIP Profiles' authentication suites require TLS 1.2 or later). */
  public static final List<String> TLS_PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

  private final String host;
  private final int port;
  private final SSLContext sslContext;
  private volatile KmipVersion version;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final TtlvLimits limits;
  private final List<Credential> credentials;
  private final ReentrantLock lock = new ReentrantLock();
  private KmipConnection connection;
  private int connectionsOpened;
  private boolean closed;

  private KmipClient(Builder b, SSLContext sslContext) {
    this.host = b.host;
    this.port = b.port;
    this.sslContext = sslContext;
    this.version = b.version;
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.limits = b.limits;
    this.credentials = List.copyOf(b.credentials);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The protocol version requests are sent in. */
  public KmipVersion version() {
    return version;
  }

  /** How many TLS connections this client has opened so far (1 while one connection carries everything). */
  public int connectionsOpened() {
    lock.lock();
    try {
      return connectionsOpened;
    } finally {
      lock.unlock();
    }
  }

  /** Opens the connection now instead of on the first request (to report TLS problems early). */
  public void connect() {
    lock.lock();
    try {
      ensureConnection();
    } finally {
      lock.unlock();
    }
  }

  // ---------------------------------------------------------------- raw messages

  /**
   * Sends a request message as it is and returns the response message as received (no check of
   * the batch items' status).
   */
  public ResponseMessage send(RequestMessage request) {
    byte[] bytes = TtlvEncoder.encode(request.toTtlv());
    byte[] response;
    try {
      response = exchange(bytes);
    } finally {
      // The wire forms may hold key material (Register, Get): the decoded items hold their own copies.
      Arrays.fill(bytes, (byte) 0);
    }
    try {
      return ResponseMessage.fromTtlv(TtlvDecoder.decode(response, limits));
    } finally {
      Arrays.fill(response, (byte) 0);
    }
  }

  private byte[] exchange(byte[] request) {
    lock.lock();
    try {
      if (closed) {
        throw new IllegalStateException("KmipClient: closed (expected: open)");
      }
      KmipConnection c = ensureConnection();
      try {
        c.write(request);
      } catch (IOException e) {
        drop();
        throw new KmipConnectionException(where() + ": sending the request failed (it may have been received): "
            + describe(e), e, true);
      }
      try {
        return c.readMessage(limits);
      } catch (TtlvException e) {
        drop();
        throw new KmipConnectionException(where() + ": bad response frame: " + e.getMessage(),
            new IOException(e.getMessage(), e), true);
      } catch (IOException e) {
        drop();
        throw new KmipConnectionException(where() + ": no response (the request may have been executed; it is not resent): "
            + describe(e), e, true);
      }
    } finally {
      lock.unlock();
    }
  }

  private KmipConnection ensureConnection() {
    if (connection != null && connection.stale()) {
      drop();
    }
    if (connection == null) {
      try {
        connection = KmipConnection.open(sslContext, host, port, TLS_PROTOCOLS, connectTimeout, readTimeout);
        connectionsOpened++;
      } catch (IOException e) {
        throw new KmipConnectionException(where() + ": cannot connect: " + describe(e), e, false);
      }
    }
    return connection;
  }

  private void drop() {
    if (connection != null) {
      connection.close();
      connection = null;
    }
  }

  private String where() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }

  static String describe(Throwable e) {
    String m = e.getMessage();
    String s = e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : " " + m);
    Throwable c = e.getCause();
    if (c != null && c != e && c.getMessage() != null && (m == null || !m.contains(c.getMessage()))) {
      s += " (" + c.getMessage() + ")";
    }
    return s.replaceAll("\\s*\\R\\s*", " ");
  }

  // ---------------------------------------------------------------- one operation

  private RequestMessage message(List<RequestPayload> payloads, BatchErrorContinuationOption onError) {
    List<RequestBatchItem> items = new ArrayList<>(payloads.size());
    for (int i = 0; i < payloads.size(); i++) {
      byte[] id = payloads.size() == 1 ? null : ByteBuffer.allocate(4).putInt(i + 1).array();
      items.add(RequestBatchItem.of(payloads.get(i), id, version));
    }
    RequestHeader h = RequestHeader.of(version, items.size());
    if (onError != null) {
      h = new RequestHeader(h.protocolVersion(), null, null, null, null, null, List.of(), List.of(), onError, null, null,
          items.size());
    }
    if (!credentials.isEmpty()) {
      h = h.withAuthentication(credentials);
    }
    return new RequestMessage(h, items);
  }

  /** Sends one operation and returns its typed response payload, or raises the item's failure. */
  private <P extends ResponsePayload> P call(RequestPayload request, Class<P> type) {
    ResponseMessage r = send(message(List.of(request), null));
    if (r.batchItems().size() != 1) {
      throw new KmipException(dev.clavis.codec.spec.ResultReason.INVALID_MESSAGE,
          "Response Batch Count: " + r.batchItems().size() + " (expected: 1)");
    }
    return payload(r.batchItems().get(0), request.operation(), r.version(), type);
  }

  static <P extends ResponsePayload> P payload(ResponseBatchItem item, Operation expected, KmipVersion v, Class<P> type) {
    if (item.resultStatus() != ResultStatus.SUCCESS) {
      throw new KmipClientException(item.operation() == null ? expected : item.operation(), item.resultStatus(),
          item.resultReason(), item.resultMessage());
    }
    if (item.operation() != expected) {
      throw new KmipException(dev.clavis.codec.spec.ResultReason.INVALID_MESSAGE,
          "Response Operation: " + item.operation() + " (expected: " + expected + ")");
    }
    ResponsePayload p = item.payload(v);
    return type.cast(p);
  }

  // ---------------------------------------------------------------- typed operations

  /** Create (KMIP 1.4 §4.1): a symmetric key; returns its Unique Identifier. */
  public String create(CreateRequest request) {
    return call(request.toPayload(), CreateResponsePayload.class).uniqueIdentifier();
  }

  /** Create Key Pair (KMIP 1.4 §4.2). */
  public CreateKeyPairResult createKeyPair(CreateKeyPairRequest request) {
    CreateKeyPairResponsePayload p = call(request.toPayload(), CreateKeyPairResponsePayload.class);
    return new CreateKeyPairResult(p.privateKeyUniqueIdentifier(), p.publicKeyUniqueIdentifier());
  }

  /** Register (KMIP 1.4 §4.3): stores {@code object} with {@code attributes}; returns its Unique Identifier. */
  public String register(ManagedObject object, Attributes attributes) {
    return call(new RegisterRequestPayload(object.objectType(), attributes, object, null), RegisterResponsePayload.class)
        .uniqueIdentifier();
  }

  /** Re-key (KMIP 1.4 §4.4): a replacement for the key; returns the new key's Unique Identifier. */
  public String reKey(String uniqueIdentifier) {
    return reKey(uniqueIdentifier, null, null);
  }

  /**
   * Re-key with an Offset in seconds (for the new key's dates) and attributes to change, either
   * {@code null}.
   */
  public String reKey(String uniqueIdentifier, Long offsetSeconds, Attributes attributes) {
    return call(new ReKeyRequestPayload(uniqueIdentifier, offsetSeconds, attributes, null), ReKeyResponsePayload.class)
        .uniqueIdentifier();
  }

  /** Get (KMIP 1.4 §4.11) in the server's default format. */
  public GetResult get(String uniqueIdentifier) {
    return get(uniqueIdentifier, null);
  }

  /** Get in a Key Format Type ({@code null}: the server's default). */
  public GetResult get(String uniqueIdentifier, KeyFormatType format) {
    GetResponsePayload p = call(new GetRequestPayload(uniqueIdentifier, format, null, null, null), GetResponsePayload.class);
    return new GetResult(p.objectType(), p.uniqueIdentifier(), p.object());
  }

  /** Activate (KMIP 1.4 §4.19). */
  public String activate(String uniqueIdentifier) {
    return call(new ActivateRequestPayload(uniqueIdentifier), ActivateResponsePayload.class).uniqueIdentifier();
  }

  /** Revoke (KMIP 1.4 §4.20) with a reason code and an optional message. */
  public String revoke(String uniqueIdentifier, RevocationReasonCode reason, String message) {
    return revoke(uniqueIdentifier, reason, message, null);
  }

  /** Revoke with a Compromise Occurrence Date (for Key Compromise and CA Compromise), or {@code null}. */
  public String revoke(String uniqueIdentifier, RevocationReasonCode reason, String message, Instant compromiseOccurrence) {
    return call(new RevokeRequestPayload(uniqueIdentifier, new RevocationReason(reason, message), compromiseOccurrence),
        RevokeResponsePayload.class).uniqueIdentifier();
  }

  /** Destroy (KMIP 1.4 §4.21). */
  public String destroy(String uniqueIdentifier) {
    return call(new DestroyRequestPayload(uniqueIdentifier), DestroyResponsePayload.class).uniqueIdentifier();
  }

  /** Locate (KMIP 1.4 §4.9). */
  public LocateResult locate(LocateRequest request) {
    LocateResponsePayload p = call(request.toPayload(), LocateResponsePayload.class);
    return new LocateResult(p.locatedItems(), p.uniqueIdentifiers());
  }

  /** Check (KMIP 1.4 §4.10): whether the object may be used as given; any argument but the first may be {@code null}. */
  public CheckResponsePayload check(String uniqueIdentifier, Long usageLimitsCount, Integer cryptographicUsageMask, Long leaseTime) {
    return call(new CheckRequestPayload(uniqueIdentifier, usageLimitsCount, cryptographicUsageMask, leaseTime),
        CheckResponsePayload.class);
  }

  /** Check with no conditions: the object exists and is accessible. */
  public CheckResponsePayload check(String uniqueIdentifier) {
    return check(uniqueIdentifier, null, null, null);
  }

  /**
   * Get Attributes (KMIP 1.4 §4.12) by 1.x attribute name ({@code "Cryptographic Algorithm"},
   * {@code "x-Custom"}); none means all.
   *
   * @throws IllegalArgumentException for a name that is not a KMIP attribute name
   */
  public Attributes getAttributes(String uniqueIdentifier, String... names) {
    List<AttributeReference> refs = new ArrayList<>(names.length);
    for (String n : names) {
      try {
        refs.add(AttributeReference.ofName(n));
      } catch (KmipException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    }
    return getAttributes(uniqueIdentifier, refs);
  }

  /** Get Attributes by reference; an empty list means all. */
  public Attributes getAttributes(String uniqueIdentifier, List<AttributeReference> references) {
    return call(new GetAttributesRequestPayload(uniqueIdentifier, references), GetAttributesResponsePayload.class)
        .attributes();
  }

  /** Get Attribute List (KMIP 1.4 §4.13): the names of the object's attributes. */
  public List<String> getAttributeList(String uniqueIdentifier) {
    GetAttributeListResponsePayload p =
        call(new GetAttributeListRequestPayload(uniqueIdentifier), GetAttributeListResponsePayload.class);
    return p.attributeReferences().stream().map(AttributeReference::name).toList();
  }

  /** Add Attribute (KMIP 1.4 §4.14). */
  public String addAttribute(String uniqueIdentifier, Attribute attribute) {
    return call(new AddAttributeRequestPayload(uniqueIdentifier, attribute), AddAttributeResponsePayload.class)
        .uniqueIdentifier();
  }

  /** Set Attribute (KMIP 2.1 §6.1.51; a 2.0+ operation). */
  public String setAttribute(String uniqueIdentifier, Attribute attribute) {
    return call(new SetAttributeRequestPayload(uniqueIdentifier, attribute), SetAttributeResponsePayload.class)
        .uniqueIdentifier();
  }

  /** Modify Attribute (KMIP 1.4 §4.15): the attribute's (first, or 1.x-indexed) instance gets this value. */
  public String modifyAttribute(String uniqueIdentifier, Attribute newValue) {
    return modifyAttribute(uniqueIdentifier, null, newValue);
  }

  /** Modify Attribute naming the instance to change by its current value (2.x Current Attribute), or {@code null}. */
  public String modifyAttribute(String uniqueIdentifier, Attribute current, Attribute newValue) {
    return call(new ModifyAttributeRequestPayload(uniqueIdentifier, current, newValue), ModifyAttributeResponsePayload.class)
        .uniqueIdentifier();
  }

  /** Delete Attribute (KMIP 1.4 §4.16): every instance of the attribute (1.x: the first). */
  public String deleteAttribute(String uniqueIdentifier, AttributeReference attribute) {
    return call(new DeleteAttributeRequestPayload(uniqueIdentifier, attribute, null, null),
        DeleteAttributeResponsePayload.class).uniqueIdentifier();
  }

  /** Delete Attribute: the instance with this value (2.x Current Attribute; 1.x: by name and index). */
  public String deleteAttribute(String uniqueIdentifier, Attribute instance) {
    return call(new DeleteAttributeRequestPayload(uniqueIdentifier, AttributeReference.of(instance), instance.index(),
        instance), DeleteAttributeResponsePayload.class).uniqueIdentifier();
  }

  /** Query (KMIP 1.4 §4.25). */
  public QueryResult query(QueryFunction... functions) {
    return QueryResult.of(call(new QueryRequestPayload(List.of(functions), null), QueryResponsePayload.class));
  }

  /** Discover Versions (KMIP 1.4 §4.26): every version the server supports, preferred first. */
  public List<ProtocolVersion> discoverVersions() {
    return discoverVersions(List.of());
  }

  /** Discover Versions offering these versions: the ones the server supports too, in its order. */
  public List<ProtocolVersion> discoverVersions(List<ProtocolVersion> offered) {
    return call(new DiscoverVersionsRequestPayload(offered), DiscoverVersionsResponsePayload.class).protocolVersions();
  }

  /**
   * Discover Versions offering every version this client speaks (2.1 down to 1.0), then speaks
   * the first one the server answers with from now on. Returns it.
   *
   * @throws KmipClientException when the server and this client share no version
   */
  public KmipVersion negotiateVersion() {
    List<ProtocolVersion> offered = new ArrayList<>();
    KmipVersion[] all = KmipVersion.values();
    for (int i = all.length - 1; i >= 0; i--) {
      offered.add(ProtocolVersion.of(all[i]));
    }
    for (ProtocolVersion v : discoverVersions(offered)) {
      if (v.known()) {
        version = v.kmipVersion();
        return version;
      }
    }
    throw new KmipClientException(Operation.DISCOVER_VERSIONS, ResultStatus.OPERATION_FAILED, null,
        "no protocol version in common (expected: one of " + offered + ")");
  }

  // ---------------------------------------------------------------- batches

  /** A batch of operations sent in one message (KMIP 1.4 §6.15 Batch Item, §7.2). */
  public Batch batch() {
    return new Batch();
  }

  /** Several operations in one request message, answered in one response message. */
  public final class Batch {
    private final List<RequestPayload> payloads = new ArrayList<>();
    private BatchErrorContinuationOption onError;

    private Batch() {}

    /** Adds an operation; returns its index in the batch. */
    public int add(RequestPayload payload) {
      payloads.add(Objects.requireNonNull(payload, "payload"));
      return payloads.size() - 1;
    }

    /** Batch Error Continuation Option (KMIP 1.4 §6.13; absent: Stop). */
    public Batch onError(BatchErrorContinuationOption option) {
      this.onError = option;
      return this;
    }

    /** Sends the batch; the result holds one response item per request item, matched by Unique Batch Item ID. */
    public BatchResult send() {
      if (payloads.isEmpty()) {
        throw new IllegalStateException("Batch: 0 items (expected: at least 1)");
      }
      RequestMessage m = message(payloads, onError);
      ResponseMessage r = KmipClient.this.send(m);
      List<ResponseBatchItem> byIndex = new ArrayList<>(payloads.size());
      for (int i = 0; i < payloads.size(); i++) {
        byIndex.add(find(r, m.batchItems().get(i)));
      }
      return new BatchResult(m.batchItems(), byIndex, r.version());
    }

    private static ResponseBatchItem find(ResponseMessage r, RequestBatchItem req) {
      if (r.batchItems().size() == 1 && req.uniqueBatchItemId() == null) {
        return r.batchItems().get(0);
      }
      for (ResponseBatchItem i : r.batchItems()) {
        if (Arrays.equals(i.uniqueBatchItemId(), req.uniqueBatchItemId())) {
          return i;
        }
      }
      return null;
    }
  }

  /**
   * The answer to a {@link Batch}: {@link #payload} returns an item's typed payload or raises
   * its failure.
   *
   * @param responses one per request item, {@code null} where the server returned no item for it
   */
  public record BatchResult(List<RequestBatchItem> requests, List<ResponseBatchItem> responses, KmipVersion version) {
    public BatchResult {
      requests = List.copyOf(requests);
      responses = java.util.Collections.unmodifiableList(new ArrayList<>(responses));
    }

    public int size() {
      return requests.size();
    }

    /** The typed payload of item {@code index}, or {@link KmipClientException} when it did not succeed. */
    public <P extends ResponsePayload> P payload(int index, Class<P> type) {
      ResponseBatchItem item = responses.get(index);
      Operation op = requests.get(index).operation();
      if (item == null) {
        throw new KmipClientException(op, ResultStatus.OPERATION_UNDONE, null,
            "no response item for batch item " + (index + 1) + " (expected: one per request item)");
      }
      return KmipClient.payload(item, op, version, type);
    }

    /** Whether every item succeeded. */
    public boolean allSucceeded() {
      return responses.stream().allMatch(r -> r != null && r.resultStatus() == ResultStatus.SUCCESS);
    }
  }

  @Override
  public void close() {
    lock.lock();
    try {
      closed = true;
      drop();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public String toString() {
    return "KmipClient[" + where() + ", KMIP " + version + "]";
  }

  // ---------------------------------------------------------------- builder

  /** Configures a {@link KmipClient}; {@link #build()} reads the credentials but does not connect. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = DEFAULT_PORT;
    private KmipVersion version = KmipVersion.V1_4;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private TtlvLimits limits = TtlvLimits.DEFAULT;
    private final List<Credential> credentials = new ArrayList<>();
    private Path certFile;
    private Path keyFile;
    private Path p12File;
    private char[] p12Password;
    private Path caFile;
    private SSLContext sslContext;

    private Builder() {}

    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    public Builder port(int port) {
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("port: " + port + " (expected: 1-65535)");
      }
      this.port = port;
      return this;
    }

    /** The client certificate chain (PEM, leaf first) and its unencrypted private key (PKCS#8, PKCS#1 or SEC1 PEM). */
    public Builder clientCertificate(Path pemCertificate, Path pemPrivateKey) {
      this.certFile = Objects.requireNonNull(pemCertificate, "pemCertificate");
      this.keyFile = Objects.requireNonNull(pemPrivateKey, "pemPrivateKey");
      return this;
    }

    /** The client key and certificate from a PKCS#12 file (the password is copied). */
    public Builder keyStore(Path pkcs12, char[] password) {
      this.p12File = Objects.requireNonNull(pkcs12, "pkcs12");
      this.p12Password = password.clone();
      return this;
    }

    /** The CA certificates (PEM) the server's certificate must chain to; without it, the JDK's default trust store. */
    public Builder trustedCa(Path pemCa) {
      this.caFile = Objects.requireNonNull(pemCa, "pemCa");
      return this;
    }

    /** A ready TLS context instead of the files above (it decides key and trust managers). */
    public Builder sslContext(SSLContext context) {
      this.sslContext = Objects.requireNonNull(context, "context");
      return this;
    }

    public Builder kmipVersion(KmipVersion version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** How long to wait for a response (and for the TLS handshake). */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** Limits for decoding responses; the largest response accepted is {@link TtlvLimits#maxMessageBytes()}. */
    public Builder limits(TtlvLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** An Authentication Credential sent in every request header (e.g. username and password). */
    public Builder credential(Credential credential) {
      this.credentials.add(Objects.requireNonNull(credential, "credential"));
      return this;
    }

    /**
     * Reads the credential files and builds the client (no connection yet).
     *
     * @throws IllegalArgumentException when a file is missing or unreadable, or no client key is set
     */
    public KmipClient build() {
      return new KmipClient(this, sslContext != null ? sslContext : tlsContext());
    }

    private SSLContext tlsContext() {
      try {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        char[] password;
        if (p12File != null) {
          password = p12Password.clone();
          try (var in = java.nio.file.Files.newInputStream(p12File)) {
            keys.load(in, password);
          } catch (IOException e) {
            throw new IllegalArgumentException(p12File + ": not readable as PKCS#12 with this password (" + describe(e) + ")", e);
          }
        } else if (certFile != null) {
          password = new char[0];
          keys.load(null, null);
          List<X509Certificate> chain = Pem.certificates(certFile);
          PrivateKey key = Pem.privateKey(keyFile);
          keys.setKeyEntry("client", key, password, chain.toArray(X509Certificate[]::new));
        } else {
          throw new IllegalArgumentException(
              "client certificate: none (expected: clientCertificate(pem, key) or keyStore(p12, password))");
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, password);
        Arrays.fill(password, '\0');
        TrustManager[] trust = Pem.trustManagers(caFile);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), trust, null);
        return ctx;
      } catch (GeneralSecurityException | IOException e) {
        throw new IllegalArgumentException("TLS context: " + describe(e), e);
      }
    }
  }
}
