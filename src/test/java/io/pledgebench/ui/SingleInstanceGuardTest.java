package io.pledgebench.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class SingleInstanceGuardTest {

    @TempDir
    Path data;

    @Test
    void secondStartHandsItsFileToTheRunningInstanceAndDoesNotRun() throws Exception {
        BlockingQueue<String> activations = new ArrayBlockingQueue<>(4);
        Optional<SingleInstanceGuard> first = SingleInstanceGuard.acquire(data, "", activations::add);
        assertThat(first).isPresent();
        try (SingleInstanceGuard running = first.get()) {
            Optional<SingleInstanceGuard> second = SingleInstanceGuard.acquire(data, "/tmp/portfolio.pbx", f -> { });
            assertThat(second).isEmpty();
            assertThat(activations.poll(10, TimeUnit.SECONDS)).isEqualTo("/tmp/portfolio.pbx");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(SingleInstanceGuard.PORT_FILE))))
                    .isEqualTo("rw-------");
        }
        Optional<SingleInstanceGuard> afterClose = SingleInstanceGuard.acquire(data, "", f -> { });
        assertThat(afterClose).as("the lock is free once the first instance closed").isPresent();
        afterClose.get().close();
    }

    @Test
    void aMessageWithoutTheTokenIsIgnored() throws Exception {
        BlockingQueue<String> activations = new ArrayBlockingQueue<>(4);
        try (SingleInstanceGuard running = SingleInstanceGuard.acquire(data, "", activations::add).orElseThrow()) {
            int port = Integer.parseInt(Files.readString(data.resolve(SingleInstanceGuard.PORT_FILE)).split("\n")[0]);
            try (java.net.Socket s = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
                s.getOutputStream().write("wrong-token\nACTIVATE\n/etc/passwd\n".getBytes());
            }
            assertThat(activations.poll(500, TimeUnit.MILLISECONDS)).isNull();
        }
    }
}
