package io.pledgebench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code list} prints the portfolios one at a time (bounded memory) and still gives SPEC's JSON array. */
class ListCommandTest {

    @TempDir
    Path dir;

    private String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PledgeBenchCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    @Test
    void listJsonIsAnArrayOfEveryPortfolioNewestFirstWithItsPatents() throws Exception {
        String db = dir.resolve("db/test").toString();
        run("import", "sample-portfolios/cn-tech-sme", "--db", db);
        run("import", "sample-portfolios/us-amazon", "--db", db);

        JsonNode array = new ObjectMapper().readTree(run("list", "--db", db, "--json"));

        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(2);
        assertThat(array.get(0).get("id").asLong()).isEqualTo(2);
        assertThat(array.get(1).get("patents")).hasSize(25);
        assertThat(array.get(1).get("patents").get(0).has("patentNumber")).isTrue();
        assertThat(run("list", "--db", db)).contains("#2").contains("#1");
    }

    @Test
    void aSinglePortfolioIsStillAnArray() throws Exception {
        String db = dir.resolve("db/one").toString();
        run("import", "sample-portfolios/us-amazon", "--db", db);
        run("list", "--db", db);
        JsonNode array = new ObjectMapper().readTree(run("list", "--db", db, "--json"));
        assertThat(array).hasSize(1);
    }
}
