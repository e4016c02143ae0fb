-- Name (KMIP 1.4 §3.2, KMIP 2.1 §4.40): unique among the objects that are not destroyed. A
-- destroyed object keeps its Name attribute (its metadata stays, KMIP 2.1 §6.1.15) but no
-- longer holds the name: a new object may take it. live_name is the name while the object is
-- not destroyed, NULL afterwards; the unique index is on it (NULLs never clash, in H2 and
-- PostgreSQL alike). Locate by name keeps using the name column.
ALTER TABLE object_name ADD COLUMN live_name VARCHAR(1024);
UPDATE object_name SET live_name = name
    WHERE uid IN (SELECT uid FROM managed_object WHERE state NOT IN (5, 6));
DROP INDEX ux_object_name_name;
CREATE UNIQUE INDEX ux_object_name_live ON object_name (live_name);
CREATE INDEX ix_object_name_name ON object_name (name);
