package dev.clavis.storage;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;

/** Turns a JDBC failure into the store exception the server can map to a Result Reason. */
final class SqlErrors {
    private SqlErrors() {
    }

    /** Whether the cause chain holds an I/O failure of the database's own storage. */
    private static boolean storageFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.io.IOException || t.getClass().getName().equals("org.h2.mvstore.MVStoreException")) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("MVStoreException: Writing to")) {
                return true;
            }
        }
        return false;
    }

    static StoreException map(String action, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String detail = action + ": " + e.getMessage() + " (SQLState " + state + ")";
        if (e instanceof SQLTransientConnectionException || e instanceof SQLTimeoutException
                || state.startsWith("08") // connection exception
                || state.startsWith("53") // PostgreSQL insufficient resources: disk full, out of memory
                || state.startsWith("57") // PostgreSQL operator intervention: query canceled, shutdown
                || state.startsWith("58") // PostgreSQL system error: I/O error
                || state.equals("HYT00") // H2 lock timeout
                || state.equals("40001") || state.equals("40P01") // serialization failure, deadlock
                || state.equals("90098") // H2 database closed
                || state.equals("90028") || state.equals("90031") // H2 I/O error
                || state.equals("90100") // H2 no space left
                || state.equals("90121")) { // H2 database closed by VM shutdown
            return new StoreUnavailableException("database unavailable: " + detail, e);
        }
        if (storageFailure(e)) { // H2 reports a failed file write (disk full) as a general error
            return new StoreUnavailableException("database storage failed (disk full?): " + detail, e);
        }
        if (state.equals("22001")) {
            // the driver's message may quote the value: not repeated here
            return new StoreLimitException("value", action + ": a value is too long for its column (expected: within the store limits)");
        }
        return new StoreException("database error: " + detail, e);
    }
}
