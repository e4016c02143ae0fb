package dev.clavis.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One row per SQLState the store maps, as the drivers report them. */
final class SqlErrorsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "08001, StoreUnavailableException",  // PostgreSQL: connection refused
        "08006, StoreUnavailableException",  // PostgreSQL: connection failure (I/O)
        "53100, StoreUnavailableException",  // PostgreSQL: disk full
        "53200, StoreUnavailableException",  // PostgreSQL: out of memory
        "57014, StoreUnavailableException",  // PostgreSQL: query canceled (statement timeout)
        "57P01, StoreUnavailableException",  // PostgreSQL: admin shutdown
        "58030, StoreUnavailableException",  // PostgreSQL: I/O error
        "40001, StoreUnavailableException",  // serialization failure
        "40P01, StoreUnavailableException",  // PostgreSQL: deadlock
        "HYT00, StoreUnavailableException",  // H2: lock timeout
        "90098, StoreUnavailableException",  // H2: database closed
        "90028, StoreUnavailableException",  // H2: I/O exception
        "90100, StoreUnavailableException",  // H2: no space left
        "90121, StoreUnavailableException",  // H2: closed by VM shutdown
        "22001, StoreLimitException",        // value too long
        "42P01, StoreException",             // anything else: General Failure
    })
    void mapsEachSqlState(String sqlState, String expected) {
        StoreException e = SqlErrors.map("get x", new SQLException("driver message", sqlState));
        assertThat(e.getClass().getSimpleName()).isEqualTo(expected);
        assertThat(e.getMessage()).contains("get x");
    }

    @ParameterizedTest(name = "pool timeout -> StoreUnavailableException")
    @CsvSource("clavis-store - Connection is not available")
    void aPoolTimeoutIsUnavailability(String message) {
        assertThat(SqlErrors.map("connect", new SQLTransientConnectionException(message)))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest(name = "22001 does not repeat the driver message")
    @CsvSource("Value too long for column: 'secret-looking-value'")
    void tooLongDoesNotEchoTheValue(String message) {
        assertThat(SqlErrors.map("create", new SQLException(message, "22001")).getMessage())
                .doesNotContain("secret-looking-value");
    }
}
