package dev.clavis.storage;

/** The little SQL that differs between H2 and PostgreSQL. */
enum SqlDialect {
    H2 {
        @Override
        String bitAnd(String left, String right) {
            return "BITAND(" + left + ", " + right + ")";
        }
    },
    POSTGRESQL {
        @Override
        String bitAnd(String left, String right) {
            return "(" + left + " & " + right + ")";
        }
    };

    /** The bitwise AND of two INTEGER expressions. */
    abstract String bitAnd(String left, String right);
}
