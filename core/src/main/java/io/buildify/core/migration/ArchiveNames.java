package io.buildify.core.migration;

import io.buildify.core.validation.NameRules;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Names of archived columns and tables: {@code _archived_<name>_<yyyyMMddHHmmss>_v<version>} (UTC, and the version
 * the migration publishes, so a name archived twice within one second still gets two archives). The leading underscore
 * keeps them apart from every name a designer may choose ({@link NameRules#IDENTIFIER} starts with a letter), so an
 * archive never collides with a live field. A name that would pass 63 bytes keeps a prefix of the original name
 * and a hash of all of it.
 */
final class ArchiveNames {
    static final String PREFIX = "_archived_";
    /** What {@link SqlIdentifiers#quote} accepts besides designer names. */
    static final Pattern ARCHIVED = Pattern.compile("^_archived_[a-z0-9_]+$");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneOffset.UTC);

    private ArchiveNames() {
    }

    static String of(String name, int version, Clock clock) {
        String stamp = STAMP.format(clock.instant()) + "_v" + version;
        String full = PREFIX + name + "_" + stamp;
        if (full.getBytes(StandardCharsets.UTF_8).length <= NameRules.MAX_IDENTIFIER_BYTES) {
            return full;
        }
        String hash = ConstraintNames.shortHash(name);
        int keep = NameRules.MAX_IDENTIFIER_BYTES - PREFIX.length() - hash.length() - stamp.length() - 2;
        return PREFIX + name.substring(0, keep) + "_" + hash + "_" + stamp;
    }
}
