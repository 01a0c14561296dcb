package vn.tthc.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PostgresServerTest {

    @TempDir
    Path directory;

    @Test
    void keepsDataAcrossARestartAndHasTheSearchExtensions() throws Exception {
        int port = Ports.free();
        try (PostgresServer postgres = PostgresServer.start(directory, port, true)) {
            postgres.ensureDatabase("plan");
            try (var connection = DriverManager.getConnection(postgres.jdbcUrl("plan"), PostgresServer.USER, "")) {
                connection.createStatement().execute("create table note(text varchar(100))");
                connection.createStatement().execute("insert into note values ('Thủ tục hành chính')");
                connection.createStatement().execute("create extension if not exists unaccent");
                connection.createStatement().execute("create extension if not exists pg_trgm");
                var rows = connection.createStatement().executeQuery("select unaccent('Đăng ký thủ tục')");
                rows.next();
                assertEquals("Dang ky thu tuc", rows.getString(1));
            }
        }
        try (PostgresServer postgres = PostgresServer.start(directory, port, true)) {
            postgres.ensureDatabase("plan");
            try (var connection = DriverManager.getConnection(postgres.jdbcUrl("plan"), PostgresServer.USER, "")) {
                var rows = connection.createStatement().executeQuery("select text from note");
                rows.next();
                assertEquals("Thủ tục hành chính", rows.getString(1));
            }
        }
    }

    @Test
    void refusesAnUnsafeDatabaseName() throws Exception {
        try (PostgresServer postgres = PostgresServer.start(directory, Ports.free(), false)) {
            assertThrows(IllegalArgumentException.class, () -> postgres.ensureDatabase("x; drop database postgres"));
        }
    }
}
