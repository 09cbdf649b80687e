package io.buildify.server.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Set;

/**
 * The embedded PostgreSQL's superuser password, generated once with {@link SecureRandom} and kept in a file only its
 * owner may read or write ({@code rw-------}). The password never appears on a command line or in a log.
 */
public final class PasswordFile {
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final int PASSWORD_BYTES = 24;

    private final Path file;

    public PasswordFile(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    public Path path() {
        return file;
    }

    public boolean exists() {
        return Files.isRegularFile(file);
    }

    /** Reads the stored password, or generates and stores a new one when there is none. */
    public String readOrCreate() throws IOException {
        if (exists()) {
            return read();
        }
        String password = generate();
        try {
            write(password);
            return password;
        } catch (FileAlreadyExistsException raced) {
            return read();
        }
    }

    public String read() throws IOException {
        String password = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (password.isEmpty()) {
            throw new IOException("the password file " + file + " is empty");
        }
        return password;
    }

    /** 32 characters of base64url: safe inside a SQL string literal, no quotes or backslashes. */
    static String generate() {
        byte[] bytes = new byte[PASSWORD_BYTES];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void write(String password) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] content = (password + "\n").getBytes(StandardCharsets.UTF_8);
        if (Posix.supported(file.getParent())) {
            // Created with the final permissions, so there is no moment where others could read it.
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.write(file, content, StandardOpenOption.TRUNCATE_EXISTING);
        } else {
            // Windows: the file inherits the ACL of the user's profile directory, which others cannot read.
            Files.write(file, content, StandardOpenOption.CREATE_NEW);
        }
    }
}
