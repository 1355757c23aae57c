package io.pledgebench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ComparablesCommandTest {

    @TempDir
    Path dir;

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PledgeBenchCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void importsThenListsAndRefusesABadFileWhole() throws Exception {
        Path db = dir.resolve("db");
        Path good = dir.resolve("good.csv");
        Files.writeString(good, "reference,description,date,price,currency,patent_type,ipc,remaining_life,source\n"
                + "T1,sale,2023-01-05,1200000,CNY,invention,H01L,12,register\n", StandardCharsets.UTF_8);
        String[] imported = run("comparables", "import", good.toString(), "--db", db.toString());
        assertThat(imported[0]).isEqualTo("0");
        assertThat(imported[1]).contains("Imported 1");

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "reference,date,price,currency,patent_type,source\nT2,2023-01-05,oops,CNY,invention,x\n"
                + "T3,2023-01-05,5,CNY,invention,x\n", StandardCharsets.UTF_8);
        String[] refused = run("comparables", "import", bad.toString(), "--db", db.toString());
        assertThat(refused[0]).isEqualTo("2");
        assertThat(refused[2]).contains("row 2, column price, value 'oops'").contains("nothing imported");

        String[] listed = run("comparables", "list", "--json", "--db", db.toString());
        assertThat(listed[0]).isEqualTo("0");
        JsonNode array = JsonOutput.mapper().readTree(listed[1]);
        assertThat(array).hasSize(1);
        assertThat(array.get(0).get("reference").asText()).isEqualTo("T1");
        assertThat(array.get(0).get("patentType").asText()).isEqualTo("invention");
    }
}
