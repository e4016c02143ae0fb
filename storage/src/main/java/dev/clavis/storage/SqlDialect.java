package dev.clavis.storage;

/** The little SQL that differs between H2 and PostgreSQL. */
enum SqlDialect {
    H2 {
        @Override
        String bitAnd(String left, String right) {
            return "BITAND(" + left + ", CAST(" + right + " AS INTEGER))";
        }
    },
    POSTGRESQL {
        @Override
        String bitAnd(String left, String right) {
            return "(" + left + " & CAST(" + right + " AS INTEGER))";
        }
    };

    /** The bitwise AND of an INTEGER column and an INTEGER parameter or expression. */
    abstract String bitAnd(String left, String right);
}
