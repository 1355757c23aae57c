package io.pledgebench.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

class LogFilesTest {

    @Test
    void logsRotateOverABoundedNumberOfFiles(@TempDir Path dir) throws Exception {
        Handler[] before = Logger.getLogger("").getHandlers();
        Handler h = LogFiles.configure(dir, 4_000, 3);
        try {
            Logger log = Logger.getLogger("io.pledgebench.cli");
            for (int i = 0; i < 400; i++) {
                log.info("command list finished with exit 0 in " + i + " ms");
            }
            h.flush();
            assertThat(dir.resolve("pledgebench-0.log")).exists();
            assertThat(dir.resolve("pledgebench-2.log")).as("the third file exists once two are full").exists();
            assertThat(dir.resolve("pledgebench-3.log")).as("never more than three files").doesNotExist();
            assertThat(Files.size(dir.resolve("pledgebench-1.log"))).isLessThanOrEqualTo(4_000 + 200);
            assertThat(Files.readString(dir.resolve("pledgebench-0.log"))).contains(" INFO cli: command list finished");
            Logger.getLogger("org.apache.poi.ooxml").warning("a library warning");
            h.flush();
            assertThat(Files.readString(dir.resolve("pledgebench-0.log")))
                    .as("libraries' warnings go to the files too").contains("WARNING org.apache.poi.ooxml: a library warning");
        } finally {
            Logger.getLogger("").removeHandler(h);
            h.close();
            for (Handler b : before) {
                Logger.getLogger("").addHandler(b);
            }
        }
    }

    @Test
    void textFromFilesCannotForgeARecordNorCanAnExceptionMessage() {
        LogFiles.OneLine f = new LogFiles.OneLine();
        java.util.logging.LogRecord r = new java.util.logging.LogRecord(java.util.logging.Level.WARNING,
                "bad entry x\n2026-11-25T09:10:00Z INFO cli: FORGED\u202E\r");
        r.setLoggerName("io.pledgebench.io");
        r.setThrown(new IllegalStateException("line one\n2026-11-25T09:10:00Z INFO cli: FORGED too"));
        String text = f.format(r);
        assertThat(text.lines().filter(l -> !l.startsWith("\t"))).singleElement().asString()
                .endsWith("bad entry x\\n2026-11-25T09:10:00Z INFO cli: FORGED\\u202E\\r");
        assertThat(text).as("every line of a stack trace is indented, so none reads as a record")
                .contains("\tjava.lang.IllegalStateException: line one\n\t2026-11-25T09:10:00Z INFO cli: FORGED too");
    }
}
