package dev.clavis.storage;

/** The little SQL that differs between H2 and PostgreSQL. */
enum SqlDialect {
    H2 {
        @Override
        String bitAnd(String left, String right) {
            return "BITAND(" + left + ", CAST(" + right + " AS INTEGER))";
        }

        @Override
        String newestFirstHint() {
            // H2 does not walk (object_type, seq) backwards for "= ? ORDER BY seq DESC": it reads
            // every matching row and sorts them (11 s for a page of 10 among 1,000,000 objects).
            return " USE INDEX (ux_mo_seq)";
        }
    },
    POSTGRESQL {
        @Override
        String bitAnd(String left, String right) {
            return "(" + left + " & CAST(" + right + " AS INTEGER))";
        }

        @Override
        String newestFirstHint() {
            return "";
        }
    };

    /**
     * A table hint after {@code managed_object mo} that makes a Locate page without a selective
     * filter scan the creation-order index newest first and stop after the page.
     */
    abstract String newestFirstHint();

    /** The bitwise AND of an INTEGER column and an INTEGER parameter or expression. */
    abstract String bitAnd(String left, String right);
}
