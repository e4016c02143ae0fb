package dev.clavis.storage;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Child JVM of {@link TwoNodesTest}: a second store node on the same PostgreSQL schema, driven by
 * one command per stdin line, answering one line on stdout.
 *
 * <pre>
 * GET uid            → OBJ uid state version materialLength counter | NOTFOUND uid
 * CREATE name        → CREATED uid
 * STATE uid state    → UPDATED uid version           (read, then update)
 * INCR uid n         → INCREMENTED conflicts          (n read-modify-writes, retried when stale)
 * LOCATE name        → LOCATED count uid…
 * QUIT
 * </pre>
 *
 * <p>Arguments: jdbcUrl user schema
 */
public final class NodeChild {
    private NodeChild() {
    }

    public static void main(String[] args) throws Exception {
        JdbcStoreConfig config = JdbcStoreConfig.postgres(args[0], args[1], null).withSchema(args[2]).withMaxPoolSize(4);
        try (ObjectStore store = JdbcObjectStore.open(config);
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            System.out.println("READY");
            System.out.flush();
            for (String line = in.readLine(); line != null && !line.equals("QUIT"); line = in.readLine()) {
                String[] w = line.split(" ");
                String answer;
                try {
                    answer = switch (w[0]) {
                        case "GET" -> store.find(w[1]).map(NodeChild::describe).orElse("NOTFOUND " + w[1]);
                        case "CREATE" -> "CREATED " + store.create(ObjectStoreContract.key(store, "node-b", w[1])
                                .customAttributes(Map.of("x-counter", "0")).build()).uid();
                        case "STATE" -> {
                            StoredObject o = store.get(w[1]);
                            StoredObject u = store.update(o.toBuilder().state(Integer.parseInt(w[2])).build());
                            yield "UPDATED " + u.uid() + " " + u.version();
                        }
                        case "INCR" -> "INCREMENTED " + ObjectStoreContract.incrementCounter(store, w[1], Integer.parseInt(w[2]));
                        case "LOCATE" -> {
                            LocateResult r = store.locate(LocateQuery.all().name(w[1]).storageStatusMask(7).build());
                            yield "LOCATED " + r.locatedItems() + " " + String.join(" ", r.uids());
                        }
                        default -> "ERROR unknown command " + w[0];
                    };
                } catch (StoreException e) {
                    answer = "ERROR " + e.getClass().getSimpleName() + " " + e.getMessage();
                }
                System.out.println(answer);
                System.out.flush();
            }
        }
    }

    static String describe(StoredObject o) {
        return "OBJ " + o.uid() + " " + o.state() + " " + o.version() + " " + o.sealedMaterialLength() + " "
                + o.customAttributes().getOrDefault("x-counter", "-");
    }
}
