package io.pledgebench.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One workbench per data folder. The first instance holds a file lock in the data folder and listens on
 * a loopback port; a second start finds the lock, asks the first to come to the front (passing the file
 * it was asked to open, if any) and exits. The port file carries a random token so that no other local
 * program can drive the workbench, and it is readable by the user only.
 */
public final class SingleInstanceGuard implements AutoCloseable {

    static final String LOCK_FILE = "instance.lock";
    static final String PORT_FILE = "instance.port";
    private static final String ACTIVATE = "ACTIVATE";

    private final FileChannel channel;
    private final FileLock lock;
    private final ServerSocket server;
    private final Path portFile;
    private final Thread listener;

    private SingleInstanceGuard(FileChannel channel, FileLock lock, ServerSocket server, Path portFile, String token,
                                Consumer<String> onActivate) {
        this.channel = channel;
        this.lock = lock;
        this.server = server;
        this.portFile = portFile;
        this.listener = new Thread(() -> listen(token, onActivate), "single-instance-listener");
        this.listener.setDaemon(true);
        this.listener.start();
    }

    /**
     * Becomes the running instance for {@code dataFolder}, or, when another one runs, hands {@code fileToOpen}
     * (may be empty) to it and returns empty. {@code onActivate} receives the file path ("" for none) that a later
     * start passed; it runs on a background thread.
     */
    public static Optional<SingleInstanceGuard> acquire(Path dataFolder, String fileToOpen, Consumer<String> onActivate) {
        try {
            Files.createDirectories(dataFolder);
            Path lockPath = dataFolder.resolve(LOCK_FILE);
            Path portFile = dataFolder.resolve(PORT_FILE);
            FileChannel channel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                signalRunning(portFile, fileToOpen == null ? "" : fileToOpen);
                return Optional.empty();
            }
            ServerSocket server = new ServerSocket();
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            byte[] secret = new byte[16];
            new SecureRandom().nextBytes(secret);
            String token = HexFormat.of().formatHex(secret);
            writePrivately(portFile, server.getLocalPort() + "\n" + token + "\n");
            return Optional.of(new SingleInstanceGuard(channel, lock, server, portFile, token, onActivate));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set up the single-instance guard in " + dataFolder + ": " + e.getMessage(), e);
        }
    }

    private static void writePrivately(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Windows: the data folder lives in the user's profile, which other users cannot read anyway.
        }
    }

    private static void signalRunning(Path portFile, String fileToOpen) throws IOException {
        if (!Files.exists(portFile)) {
            throw new IOException("another PledgeBench holds " + portFile.getParent() + " but left no port file");
        }
        String[] lines = Files.readString(portFile, StandardCharsets.UTF_8).split("\n");
        int port = Integer.parseInt(lines[0].trim());
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
             Writer w = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8)) {
            w.write(lines[1].trim() + "\n" + ACTIVATE + "\n" + fileToOpen.replace('\n', ' ') + "\n");
            w.flush();
        }
    }

    private void listen(String token, Consumer<String> onActivate) {
        while (!server.isClosed()) {
            try (Socket s = server.accept();
                 BufferedReader r = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))) {
                s.setSoTimeout(2000);
                String t = r.readLine();
                String verb = r.readLine();
                String file = r.readLine();
                if (token.equals(t) && ACTIVATE.equals(verb)) {
                    onActivate.accept(file == null ? "" : file);
                }
            } catch (IOException e) {
                if (server.isClosed()) {
                    return;
                }
                // A client that disconnects early or sends garbage is ignored; the guard keeps listening.
            }
        }
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(portFile);
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
