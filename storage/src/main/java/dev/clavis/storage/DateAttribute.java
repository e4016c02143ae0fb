package dev.clavis.storage;

/**
 * The date attributes the store keeps as columns, so Locate can filter them as ranges (KMIP 2.1
 * §6.1.28: two instances of a Date attribute in a Locate request specify an inclusive range).
 */
public enum DateAttribute {
    /** KMIP 2.1 §4.28 Initial Date. */
    INITIAL_DATE("initial_date"),
    /** KMIP 2.1 §4.2 Activation Date. */
    ACTIVATION_DATE("activation_date"),
    /** KMIP 2.1 §4.15 Deactivation Date. */
    DEACTIVATION_DATE("deactivation_date"),
    /** KMIP 2.1 §4.18 Destroy Date. */
    DESTROY_DATE("destroy_date"),
    /** KMIP 2.1 §4.11 Compromise Date. */
    COMPROMISE_DATE("compromise_date"),
    /** KMIP 2.1 §4.36 Last Change Date. */
    LAST_CHANGE_DATE("last_change_date");

    private final String column;

    DateAttribute(String column) {
        this.column = column;
    }

    /** The column of table {@code managed_object} that holds this date. */
    String column() {
        return column;
    }
}
