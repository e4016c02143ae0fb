package dev.clavis.server;

import dev.clavis.codec.DiscoverVersionsRequestPayload;
import dev.clavis.codec.DiscoverVersionsResponsePayload;
import dev.clavis.codec.ProtocolVersion;
import dev.clavis.codec.ResponsePayload;
import dev.clavis.codec.spec.KmipVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * Discover Versions (KMIP 1.4 §4.26, KMIP 2.1 §6.1.16): the protocol versions the server
 * supports, newest first; when the client lists versions, those of them the server supports, in
 * the client's order (an empty list when none).
 */
final class DiscoverVersionsHandler implements OperationHandler<DiscoverVersionsRequestPayload> {

  @Override
  public Class<DiscoverVersionsRequestPayload> requestType() {
    return DiscoverVersionsRequestPayload.class;
  }

  @Override
  public ResponsePayload handle(DiscoverVersionsRequestPayload request, RequestContext ctx) {
    List<ProtocolVersion> supported = new ArrayList<>();
    KmipVersion[] all = KmipVersion.values();
    for (int i = all.length - 1; i >= 0; i--) {
      supported.add(ProtocolVersion.of(all[i]));
    }
    if (request.protocolVersions().isEmpty()) {
      return new DiscoverVersionsResponsePayload(supported);
    }
    List<ProtocolVersion> out = new ArrayList<>();
    for (ProtocolVersion p : request.protocolVersions()) {
      if (p.known() && !out.contains(p)) {
        out.add(p);
      }
    }
    return new DiscoverVersionsResponsePayload(out);
  }
}
