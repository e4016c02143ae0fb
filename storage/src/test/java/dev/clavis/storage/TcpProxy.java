package dev.clavis.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP proxy in front of the test database, to make the database go down (every
 * connection closed, the port refusing) or hang (bytes no longer forwarded) under a live store.
 */
final class TcpProxy implements AutoCloseable {
    private final int targetPort;
    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;
    private volatile boolean hung;

    TcpProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        ServerSocket s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.port = s.getLocalPort();
        accept(s);
    }

    int port() {
        return port;
    }

    private void accept(ServerSocket s) {
        server = s;
        Thread.ofPlatform().daemon().name("proxy-accept-" + port).start(() -> {
            while (!s.isClosed()) {
                try {
                    Socket client = s.accept();
                    Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                    if (register(s, client, upstream)) {
                        pump(client, upstream);
                        pump(upstream, client);
                    }
                } catch (IOException e) {
                    // listener closed by down() or close()
                }
            }
        });
    }

    private void pump(Socket from, Socket to) {
        Thread.ofPlatform().daemon().name("proxy-pump-" + port).start(() -> {
            byte[] buffer = new byte[16384];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    while (hung && !from.isClosed()) {
                        Thread.sleep(20);
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // connection closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        });
    }

    /** Keeps the pair unless the listener that accepted it was closed meanwhile (then closes it). */
    private synchronized boolean register(ServerSocket listener, Socket client, Socket upstream) {
        if (listener.isClosed()) {
            closeQuietly(client);
            closeQuietly(upstream);
            return false;
        }
        sockets.add(client);
        sockets.add(upstream);
        return true;
    }

    /** The database "goes down": every connection is closed and new ones are refused. */
    synchronized void down() {
        closeQuietly(server);
        for (Socket s : sockets) {
            closeQuietly(s);
        }
        sockets.clear();
    }

    /** The database is back, on the same port. */
    synchronized void up() throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        accept(s);
    }

    /** The database hangs: connections stay open but nothing is forwarded any more. */
    void hang(boolean value) {
        hung = value;
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // already closed
        }
    }

    @Override
    public void close() {
        hung = false;
        down();
    }
}
