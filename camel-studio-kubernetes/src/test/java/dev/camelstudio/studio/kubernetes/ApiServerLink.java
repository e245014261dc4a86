package dev.camelstudio.studio.kubernetes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The network between one instance and the API server, as a TCP relay on 127.0.0.1 that a test can break: {@link #cut}
 * (connections reset and refused: the API server is down or unreachable), {@link #silence} (connections accepted but
 * nothing answered: a partition that drops packets) and {@link #restore}.
 */
final class ApiServerLink implements AutoCloseable {

    enum State {
        OPEN, CUT, SILENT
    }

    private static final Logger LOG = LoggerFactory.getLogger(ApiServerLink.class);

    private final int targetPort;
    private final ServerSocket listener;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    /** Set by the test's thread, read by the relay threads. */
    private volatile State state = State.OPEN;

    ApiServerLink(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        Thread acceptor = new Thread(this::accept, "api-server-link-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** {@return the URL clients use to reach the API server through this link} */
    String url() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    /** Resets every connection and refuses new ones, at once. */
    void cut() {
        state = State.CUT;
        closeAll();
        LOG.info("Link {} cut", listener.getLocalPort());
    }

    /** Drops every connection without a word, and holds new ones open with no answer. */
    void silence() {
        state = State.SILENT;
        LOG.info("Link {} silent", listener.getLocalPort());
    }

    void restore() {
        state = State.OPEN;
        LOG.info("Link {} restored", listener.getLocalPort());
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (state == State.CUT) {
                    client.setSoLinger(true, 0);
                    client.close();
                    continue;
                }
                sockets.add(client);
                Socket server = new Socket(InetAddress.getByName("127.0.0.1"), targetPort);
                sockets.add(server);
                relay(client, server);
                relay(server, client);
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    LOG.debug("Link {}: {}", listener.getLocalPort(), e.toString());
                }
            }
        }
    }

    private void relay(Socket from, Socket to) {
        Thread relay = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    if (state == State.OPEN) {
                        out.write(buffer, 0, read);
                        out.flush();
                    }
                }
            } catch (IOException e) {
                // The other side closed, or the link was cut.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "api-server-link-relay");
        relay.setDaemon(true);
        relay.start();
    }

    private void closeAll() {
        for (Socket socket : sockets) {
            try {
                socket.setSoLinger(true, 0);
            } catch (IOException e) {
                // Closed already.
            }
            closeQuietly(socket);
        }
        sockets.clear();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Nothing to do.
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        closeAll();
    }
}
