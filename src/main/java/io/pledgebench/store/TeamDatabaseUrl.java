package io.pledgebench.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the team database is: {@code postgresql://HOST[:PORT]/DB?user=NAME} (also {@code postgres://…},
 * {@code jdbc:postgresql://…} and {@code jdbc:postgresql:DB?user=NAME} for a server on this machine). The login is
 * part of the address; its password never is: an address holding one ({@code user:secret@host} or
 * {@code password=}) is refused, because a command line is visible to every user of the machine in its process
 * list and lands in shell histories and logs. The password comes from a file, a prompt or PGPASSFILE instead.
 */
public record TeamDatabaseUrl(String host, int port, String database, String user, List<String> options) {

    public static final int DEFAULT_PORT = 5432;

    public TeamDatabaseUrl {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(user, "user");
        options = List.copyOf(options);
    }

    /** Whether {@code text} names a PostgreSQL database rather than an H2 file. */
    public static boolean isTeam(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("postgresql:") || t.startsWith("postgres:") || t.startsWith("jdbc:postgresql:");
    }

    /**
     * Reads an address.
     *
     * @throws IllegalArgumentException saying what is wrong: a password in it, no login, no database, a bad port
     */
    public static TeamDatabaseUrl parse(String text) {
        String t = Objects.requireNonNull(text, "text").strip();
        String lower = t.toLowerCase(Locale.ROOT);
        String rest;
        if (lower.startsWith("jdbc:postgresql://")) {
            rest = t.substring("jdbc:postgresql://".length());
        } else if (lower.startsWith("jdbc:postgresql:")) {
            rest = "localhost/" + t.substring("jdbc:postgresql:".length());
        } else if (lower.startsWith("postgresql://")) {
            rest = t.substring("postgresql://".length());
        } else if (lower.startsWith("postgres://")) {
            rest = t.substring("postgres://".length());
        } else {
            throw new IllegalArgumentException("not a PostgreSQL address: it starts with postgresql://HOST:PORT/DATABASE");
        }
        URI uri;
        try {
            uri = new URI("postgresql://" + rest);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the database address cannot be read (" + e.getReason()
                    + "); write it as postgresql://HOST:PORT/DATABASE?user=NAME");
        }
        String user = null;
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            if (userInfo.contains(":")) {
                throw new IllegalArgumentException(passwordRefused());
            }
            user = decode(userInfo);
        }
        List<String> options = new ArrayList<>();
        String query = uri.getRawQuery();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (key.equals("password") || key.equals("sslpassword")) {
                    throw new IllegalArgumentException(passwordRefused());
                }
                if (key.equals("user")) {
                    if (user != null && !user.equals(value)) {
                        throw new IllegalArgumentException("the database address names two logins (" + user + " and "
                                + value + "); give one");
                    }
                    user = value;
                } else {
                    options.add(pair);
                }
            }
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw new IllegalArgumentException("the database address has no server name: write postgresql://HOST:PORT/"
                    + "DATABASE?user=NAME");
        }
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        String path = uri.getPath() == null ? "" : uri.getPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        if (database.isEmpty() || database.contains("/")) {
            throw new IllegalArgumentException("the database address names no database: write postgresql://" + host
                    + ":" + port + "/DATABASE?user=NAME");
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("the database address names no login: add ?user=NAME (your database"
                    + " login; the password is asked for, or read from --password-file or PGPASSFILE)");
        }
        return new TeamDatabaseUrl(host, port, database, user, options);
    }

    private static String passwordRefused() {
        return "the database address holds a password, which would be visible to every user of this machine and kept"
                + " in shell histories; remove it and give the password with --password-file, at the prompt, or in"
                + " PGPASSFILE (~/.pgpass)";
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** The JDBC address, without the login (given as a connection property) and never with a password. */
    public String jdbcUrl() {
        String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + hostPart + ":" + port + "/" + database
                + (options.isEmpty() ? "" : "?" + String.join("&", options));
    }

    /** How the database is named to people: {@code postgresql://NAME@HOST:PORT/DB}. */
    public String display() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database;
    }

    /** The same server and database under another login. */
    public TeamDatabaseUrl as(String login) {
        return new TeamDatabaseUrl(host, port, database, login, options);
    }

    @Override
    public String toString() {
        return display();
    }
}
