package io.pledgebench.io;

import com.fasterxml.jackson.core.JsonFactory;
import io.pledgebench.domain.Owner;

import java.util.List;

/**
 * What the database holds (the widths of {@code db/migration/V1__portfolios.sql}), so readers refuse a value the
 * store would refuse, with its cell and reason, before the import transaction starts; and the stored form of the
 * owners list, whose length is what the owners column must hold.
 */
public final class StorageLimits {

    /** {@code patent.owners}: the owners as JSON. */
    public static final int OWNERS_STORED = 4000;
    /** {@code portfolio.name}. */
    public static final int PORTFOLIO_NAME = 400;
    /** {@code portfolio.source} and {@code import_log.file}: the absolute path of the imported file or folder. */
    public static final int SOURCE_PATH = 2000;

    /** Jackson's streaming factory, as its object mapper uses it, without loading the mapper's classes. */
    private static final JsonFactory JSON = new JsonFactory();

    private StorageLimits() {
    }

    /**
     * The owners as stored: a JSON array of {@code {"name": …, "share": …}}, written with Jackson's streaming generator
     * (the same text its object mapper writes for a list of such maps, without building the maps; it runs once per
     * patent on import).
     */
    public static String ownersJson(List<Owner> owners) {
        java.io.StringWriter out = new java.io.StringWriter(32 + 24 * owners.size());
        try (com.fasterxml.jackson.core.JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            for (Owner o : owners) {
                g.writeStartObject();
                g.writeStringField("name", o.name());
                if (o.share() != null) {
                    g.writeNumberField("share", o.share().doubleValue());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("owners cannot be written as JSON: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /**
     * Whether the owners fit the owners column as stored. Most do by a wide margin: a name's JSON form is at most six
     * characters per character (\\uXXXX) plus the brackets, keys and share, so the exact JSON is only written when
     * that bound does not already fit.
     */
    public static boolean ownersFit(List<Owner> owners) {
        long bound = 2;
        for (Owner o : owners) {
            bound += 6L * o.name().length() + 48;
        }
        return bound <= OWNERS_STORED || ownersJson(owners).length() <= OWNERS_STORED;
    }

    /** {@code name} cut so that it and {@code suffix} fit the portfolio name column. */
    public static String portfolioName(String name, String suffix) {
        int room = PORTFOLIO_NAME - suffix.length();
        String base = name.length() <= room ? name : name.substring(0, Character.isLowSurrogate(name.charAt(room)) ? room - 1 : room);
        return base + suffix;
    }
}
