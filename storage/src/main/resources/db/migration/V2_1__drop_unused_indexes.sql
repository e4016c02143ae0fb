-- Two indexes no query can use, dropped: every create and every update of their column wrote to
-- them, and on H2 each index is one more B-tree rewritten in every commit (docs/adr/0013).
-- ix_mo_usage_mask: Locate matches Cryptographic Usage Mask with a bitwise AND
-- (usage_mask & ? = ?), which no B-tree index serves.
-- ix_mo_kek_version: the only query on kek_version counts the sealed objects per KEK version
-- (GROUP BY over rows that must be read anyway for sealed_material IS NOT NULL); re-sealing finds
-- its objects by paging through the table, not by version.
DROP INDEX ix_mo_usage_mask;
DROP INDEX ix_mo_kek_version;
