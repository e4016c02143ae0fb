-- Clavis object store, schema version 1. Portable SQL: runs unchanged on H2 2.x and PostgreSQL.
-- Every attribute KMIP Locate filters on has a column (or a child table for multi-valued ones)
-- and an index; the full attribute set is kept encoded in managed_object.attributes.

CREATE TABLE managed_object (
    uid                     VARCHAR(64)   NOT NULL,
    -- creation order: Locate returns the most recently created object first (KMIP 2.1 6.1.28)
    seq                     BIGINT        GENERATED ALWAYS AS IDENTITY,
    object_type             INTEGER       NOT NULL,
    state                   INTEGER       NOT NULL,
    owner_identity          VARCHAR(1024) NOT NULL,
    cryptographic_algorithm INTEGER,
    cryptographic_length    INTEGER,
    usage_mask              INTEGER,
    initial_date            TIMESTAMP WITH TIME ZONE,
    activation_date         TIMESTAMP WITH TIME ZONE,
    deactivation_date       TIMESTAMP WITH TIME ZONE,
    destroy_date            TIMESTAMP WITH TIME ZONE,
    compromise_date         TIMESTAMP WITH TIME ZONE,
    last_change_date        TIMESTAMP WITH TIME ZONE,
    fresh                   BOOLEAN       NOT NULL,
    archived                BOOLEAN       NOT NULL,
    attributes              BYTEA         NOT NULL,
    sealed_material         BYTEA,
    kek_version             INTEGER,
    row_version             BIGINT        NOT NULL,
    CONSTRAINT pk_managed_object PRIMARY KEY (uid)
);

-- newest first: Locate pages without a selective filter walk this index backwards
CREATE UNIQUE INDEX ux_mo_seq ON managed_object (seq);

CREATE INDEX ix_mo_object_type ON managed_object (object_type, seq);
CREATE INDEX ix_mo_state ON managed_object (state, seq);
CREATE INDEX ix_mo_owner ON managed_object (owner_identity, seq);
CREATE INDEX ix_mo_algorithm ON managed_object (cryptographic_algorithm, cryptographic_length);
CREATE INDEX ix_mo_length ON managed_object (cryptographic_length);
CREATE INDEX ix_mo_usage_mask ON managed_object (usage_mask);
CREATE INDEX ix_mo_initial_date ON managed_object (initial_date);
CREATE INDEX ix_mo_activation_date ON managed_object (activation_date);
CREATE INDEX ix_mo_deactivation_date ON managed_object (deactivation_date);
CREATE INDEX ix_mo_destroy_date ON managed_object (destroy_date);
CREATE INDEX ix_mo_compromise_date ON managed_object (compromise_date);
CREATE INDEX ix_mo_last_change_date ON managed_object (last_change_date);
CREATE INDEX ix_mo_kek_version ON managed_object (kek_version);

-- Name (KMIP 2.1 4.40): multi-valued, unique within the server.
CREATE TABLE object_name (
    uid      VARCHAR(64)   NOT NULL,
    position INTEGER       NOT NULL,
    name     VARCHAR(1024) NOT NULL,
    CONSTRAINT pk_object_name PRIMARY KEY (uid, position),
    CONSTRAINT fk_object_name FOREIGN KEY (uid) REFERENCES managed_object (uid)
);
CREATE UNIQUE INDEX ux_object_name_name ON object_name (name);

-- Object Group (KMIP 2.1 4.41): multi-valued.
CREATE TABLE object_group (
    uid        VARCHAR(64)   NOT NULL,
    position   INTEGER       NOT NULL,
    group_name VARCHAR(1024) NOT NULL,
    CONSTRAINT pk_object_group PRIMARY KEY (uid, position),
    CONSTRAINT fk_object_group FOREIGN KEY (uid) REFERENCES managed_object (uid)
);
CREATE INDEX ix_object_group_name ON object_group (group_name, uid);

-- Custom attributes (x-/y- names), one value per name.
CREATE TABLE object_custom_attribute (
    uid             VARCHAR(64)   NOT NULL,
    attribute_name  VARCHAR(255)  NOT NULL,
    attribute_value VARCHAR(1024) NOT NULL,
    CONSTRAINT pk_object_custom_attribute PRIMARY KEY (uid, attribute_name),
    CONSTRAINT fk_object_custom_attribute FOREIGN KEY (uid) REFERENCES managed_object (uid)
);
CREATE INDEX ix_object_custom_attribute ON object_custom_attribute (attribute_name, attribute_value, uid);

-- Grants: an identity other than the owner may perform these KMIP operations on the object.
CREATE TABLE object_grant (
    uid       VARCHAR(64)   NOT NULL,
    grantee   VARCHAR(1024) NOT NULL,
    operation INTEGER       NOT NULL,
    CONSTRAINT pk_object_grant PRIMARY KEY (uid, grantee, operation),
    CONSTRAINT fk_object_grant FOREIGN KEY (uid) REFERENCES managed_object (uid)
);
CREATE INDEX ix_object_grant_grantee ON object_grant (grantee, uid);
