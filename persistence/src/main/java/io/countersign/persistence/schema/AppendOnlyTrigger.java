package io.countersign.persistence.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * Attached by the migrations as a BEFORE UPDATE, DELETE row trigger to every evidence table, so
 * the database itself refuses to rewrite history — whichever code path or SQL console tries it.
 */
public final class AppendOnlyTrigger implements Trigger {

    /** SQLSTATE class 45 is "unhandled user-defined exception"; callers may match on it. */
    public static final String SQL_STATE = "45000";

    private String tableName = "?";

    @Override
    public void init(
            Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.tableName = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        String operation = newRow == null ? "DELETE" : "UPDATE";
        throw new SQLException(
                "evidence store is append-only: " + operation + " on " + tableName.toLowerCase(Locale.ROOT)
                        + " refused",
                SQL_STATE);
    }
}
