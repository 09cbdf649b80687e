package io.buildify.server.db;

import io.buildify.server.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded cluster on a real PostgreSQL: persistence, password authentication, durability settings. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsDataAndPasswordAcrossRestarts() throws Exception {
        String password;
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, TestPaths.postgresBinaries())) {
            password = db.password();
            try (Connection c = connect(db.jdbcUrl(), db.password()); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE kept (v int)");
                s.execute("INSERT INTO kept VALUES (42)");
            }
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, TestPaths.postgresBinaries())) {
            assertThat(db.password()).isEqualTo(password);
            try (Connection c = connect(db.jdbcUrl(), db.password()); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT v FROM kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(42);
            }
        }
    }

    /** zonky unpacks once per JVM and reuses that folder; a second cluster naming another folder must still start. */
    @Test
    void secondClusterWithItsOwnBinariesFolderStartsInTheSameJvm(@TempDir Path otherData, @TempDir Path otherBinaries)
            throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir, TestPaths.postgresBinaries());
             EmbeddedDatabase second = EmbeddedDatabase.start(otherData, otherBinaries);
             Connection c = connect(second.jdbcUrl(), second.password()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1")) {
            assertThat(first.jdbcUrl()).isNotEqualTo(second.jdbcUrl());
            assertThat(rs.next()).isTrue();
        }
    }

    @Test
    void passwordFileIsOwnerOnlyAndAuthenticationIsScramNotTrust() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, TestPaths.postgresBinaries())) {
            Path passwordFile = dataDir.resolve("password");
            assertThat(Files.getPosixFilePermissions(passwordFile))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.readString(passwordFile, StandardCharsets.UTF_8).strip())
                    .isEqualTo(db.password()).hasSizeGreaterThanOrEqualTo(32);
            assertThat(Files.getPosixFilePermissions(dataDir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));

            try (Connection c = connect(db.jdbcUrl(), db.password()); Statement s = c.createStatement()) {
                assertThat(hbaMethods(s)).containsOnly("scram-sha-256");
                assertThat(setting(s, "fsync")).isEqualTo("on");
                assertThat(setting(s, "synchronous_commit")).isEqualTo("on");
                assertThat(setting(s, "listen_addresses")).isEqualTo("127.0.0.1");
                assertThat(setting(s, "unix_socket_directories")).isEmpty();
                assertThat(setting(s, "server_version")).startsWith("17.");
                try (ResultSet rs = s.executeQuery(
                        "SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = 'postgres'")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getBoolean(1)).as("stored as a SCRAM verifier").isTrue();
                }
            }
            assertThatThrownBy(() -> connect(db.jdbcUrl(), "wrong-password").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            assertThatThrownBy(() -> connect(db.jdbcUrl(), null).close()).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void refusesToStartWhenThePasswordOfAnExistingClusterIsLost() throws Exception {
        EmbeddedDatabase.start(dataDir, TestPaths.postgresBinaries()).close();
        Files.delete(dataDir.resolve("password"));

        assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir, TestPaths.postgresBinaries()))
                .hasMessageContaining("password").hasMessageContaining("missing");
    }

    private static java.util.List<String> hbaMethods(Statement s) throws SQLException {
        java.util.List<String> methods = new java.util.ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT auth_method FROM pg_hba_file_rules WHERE error IS NULL")) {
            while (rs.next()) {
                methods.add(rs.getString(1));
            }
        }
        return methods;
    }

    private static String setting(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT current_setting('" + name + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    static Connection connect(String url, String password) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", "postgres");
        if (password != null) {
            login.setProperty("password", password);
        }
        return DriverManager.getConnection(url, login);
    }
}
