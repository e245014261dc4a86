package dev.camelstudio.benchmarks;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A Studio server that costs next to nothing, so that on a small machine it is not what a benchmark measures: plain
 * sockets on loopback, the WebSocket handshake and framing written by hand, and frames written from byte templates
 * with the numbers patched in ({@link FrameWriter}), batched into one buffer; no allocation per message.
 *
 * <p>It speaks just enough of the protocol: a subscribe gets an ack, the account's day so far (sequence 1 up) and
 * {@code replay-complete}; {@link #startLive} then streams new order updates. Every frame's send time is kept by
 * sequence for the accounts that asked for it ({@link #stampsOf}), so that latency is measured from the server's send.
 * Threads are named {@value #THREAD_PREFIX}..., so that their cost is never counted against a client.
 */
final class LeanStudioServer implements AutoCloseable {

    static final String THREAD_PREFIX = "lean-server";
    private static final String ACCEPT_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    private final ServerSocket listener;
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final List<Connection> connections = new CopyOnWriteArrayList<>();
    private final AtomicInteger connectionCount = new AtomicInteger();
    private final AtomicInteger acks = new AtomicInteger();
    /** The day that a newly seen account starts with, and whether it keeps send stamps. */
    private volatile int newDayLength;
    private volatile boolean stampNewAccounts;
    /** Runs on the writer thread just before an ack is written (the harness takes its first cost snapshot there). */
    private volatile Runnable beforeAck = () -> {
    };
    /** New data messages sent after each replay-complete (drop-to-next-message). */
    private volatile int liveAfterReplay;

    LeanStudioServer() throws IOException {
        listener = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(this::acceptLoop, THREAD_PREFIX + "-accept");
        accept.setDaemon(true);
        accept.start();
    }

    String url() {
        return "ws://127.0.0.1:" + listener.getLocalPort() + "/studio/v2/ws";
    }

    /** Accounts seen from now on start with a day of {@code length} messages; {@code stamps} keeps send times. */
    void newAccounts(int length, boolean stamps) {
        this.newDayLength = length;
        this.stampNewAccounts = stamps;
    }

    void beforeAck(Runnable action) {
        this.beforeAck = action;
    }

    void liveAfterReplay(int messages) {
        this.liveAfterReplay = messages;
    }

    int acks() {
        return acks.get();
    }

    /** Send times ({@link System#nanoTime()}) by sequence, or null if the account does not keep them. */
    long[] stampsOf(String accountId) {
        Account account = accounts.get(accountId);
        return account == null ? null : account.stamps;
    }

    /**
     * Streams {@code perAccount} new messages to every account subscribed now, each connection its own accounts in
     * turn; {@code perSecond} paces each connection (0: as fast as the socket takes them).
     */
    void startLive(int perAccount, int perSecond) {
        for (Connection connection : connections) {
            connection.commands.add(() -> connection.live(perAccount, perSecond));
        }
    }

    /** Resets every connection (TCP RST), as a network failure would. */
    void dropAll() {
        for (Connection connection : connections) {
            connection.reset();
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        dropAll();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                socket.setTcpNoDelay(true);
                Connection connection = new Connection(socket, connectionCount.incrementAndGet());
                connections.add(connection);
                connection.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private final class Account {
        final String id;
        final long[] stamps;
        /** The next sequence to send; written by the writer of the account's current connection. */
        volatile long next = 1;

        Account(String id, int dayLength, boolean stamped) {
            this.id = id;
            this.stamps = stamped ? new long[dayLength + 1_000_000] : null;
            this.next = dayLength + 1;
        }
    }

    private final class Connection {
        final Socket socket;
        final int number;
        final BlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
        final List<Account> subscribed = new CopyOnWriteArrayList<>();
        FrameWriter writer;

        Connection(Socket socket, int number) {
            this.socket = socket;
            this.number = number;
        }

        void start() {
            Thread reader = new Thread(this::read, THREAD_PREFIX + "-read-" + number);
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try {
                InputStream in = socket.getInputStream();
                OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
                handshake(in, out);
                writer = new FrameWriter(out);
                Thread writing = new Thread(this::write, THREAD_PREFIX + "-write-" + number);
                writing.setDaemon(true);
                writing.start();
                DataInputStream frames = new DataInputStream(in);
                while (true) {
                    int first = frames.readUnsignedByte();
                    int second = frames.readUnsignedByte();
                    long length = second & 0x7F;
                    if (length == 126) {
                        length = frames.readUnsignedShort();
                    } else if (length == 127) {
                        length = frames.readLong();
                    }
                    byte[] mask = new byte[4];
                    frames.readFully(mask);
                    byte[] payload = new byte[(int) length];
                    frames.readFully(payload);
                    for (int i = 0; i < payload.length; i++) {
                        payload[i] ^= mask[i & 3];
                    }
                    int opcode = first & 0x0F;
                    if (opcode == 1) {
                        subscribe(new String(payload, StandardCharsets.UTF_8));
                    } else if (opcode == 8) {
                        commands.add(() -> writer.close());
                        return;
                    } else if (opcode == 9) {
                        commands.add(() -> writer.pong(payload));
                    }
                }
            } catch (IOException e) {
                reset();
            }
        }

        private void subscribe(String frame) {
            String accountId = field(frame, "account_id");
            Account account = accounts.computeIfAbsent(accountId,
                    id -> new Account(id, newDayLength, stampNewAccounts));
            commands.add(() -> {
                beforeAck.run();
                subscribed.add(account);
                writer.ack(account.id);
                acks.incrementAndGet();
                for (long sequence = 1; sequence < account.next; sequence++) {
                    stamp(account, sequence);
                    writer.orderUpdate(account.id, sequence);
                }
                writer.replayComplete(account.id);
                for (int i = 0; i < liveAfterReplay; i++) {
                    long sequence = account.next++;
                    stamp(account, sequence);
                    writer.orderUpdate(account.id, sequence);
                }
                writer.flush();
            });
        }

        void live(int perAccount, int perSecond) {
            long interval = perSecond == 0 ? 0 : 1_000_000_000L / perSecond;
            long due = System.nanoTime();
            int total = perAccount * subscribed.size();
            for (int i = 0; i < total; i++) {
                Account account = subscribed.get(i % subscribed.size());
                if (interval > 0) {
                    due += interval;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        writer.flush();
                        LockSupport.parkNanos(wait);
                    }
                }
                long sequence = account.next++;
                stamp(account, sequence);
                writer.orderUpdate(account.id, sequence);
            }
            writer.flush();
        }

        private void stamp(Account account, long sequence) {
            if (account.stamps != null && sequence < account.stamps.length) {
                account.stamps[(int) sequence] = System.nanoTime();
            }
        }

        private void write() {
            try {
                while (!socket.isClosed()) {
                    commands.take().run();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                reset(); // the socket is gone: FrameWriter turns IOException into UncheckedIOException
            }
        }

        void reset() {
            connections.remove(this);
            try {
                socket.setSoLinger(true, 0);
                socket.close();
            } catch (IOException ignored) {
                // already gone
            }
            commands.add(() -> {
            });
        }
    }

    private static void handshake(InputStream in, OutputStream out) throws IOException {
        StringBuilder request = new StringBuilder();
        while (request.indexOf("\r\n\r\n") < 0) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("closed during the handshake");
            }
            request.append((char) c);
        }
        String key = null;
        for (String line : request.toString().split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("Sec-WebSocket-Key")) {
                key = line.substring(colon + 1).trim();
            }
        }
        String accept;
        try {
            accept = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1")
                    .digest((key + ACCEPT_GUID).getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** The string value of {@code "name":"..."} in a small frame of our own clients. */
    static String field(String frame, String name) {
        String key = "\"" + name + "\":\"";
        int start = frame.indexOf(key);
        if (start < 0) {
            return null;
        }
        start += key.length();
        return frame.substring(start, frame.indexOf('"', start));
    }
}
