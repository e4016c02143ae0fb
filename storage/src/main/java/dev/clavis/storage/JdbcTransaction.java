package dev.clavis.storage;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/** One {@link StoreTransaction} on one JDBC connection; closed by {@link JdbcObjectStore}. */
final class JdbcTransaction implements StoreTransaction {
    private static final String OBJECT_COLUMNS = "uid, object_type, state, owner_identity, "
            + "cryptographic_algorithm, cryptographic_length, usage_mask, initial_date, activation_date, "
            + "deactivation_date, destroy_date, compromise_date, last_change_date, fresh, archived, "
            + "attributes, sealed_material, kek_version, row_version";
    private static final int OBJECT_COLUMN_COUNT = OBJECT_COLUMNS.split(",").length;

    /**
     * A non-locking read of one object and its children in one statement (docs/adr/0007, "What to
     * change next", 2): the first branch is the object's row (child_kind 0) and carries the
     * object's columns; each child branch carries NULLs there and its own child_kind (1 name, 2
     * group, 3 custom attribute), child_position, child_name and child_value. The object branch
     * comes first so that PostgreSQL, which types a UNION chain pair by pair, takes every object
     * column's type from it; the child columns are typed there by casts. The UNION sits in a
     * derived table because H2 caches the parse of a SELECT but never of a bare UNION (docs/adr/0007,
     * decision 5); the text is constant, so each connection prepares it once. FOR UPDATE is not
     * allowed on a UNION: the locking read keeps two statements.
     */
    private static final String READ_OBJECT;

    static {
        String noObject = String.join(", ", java.util.Collections.nCopies(OBJECT_COLUMN_COUNT, "NULL"));
        READ_OBJECT = "SELECT " + OBJECT_COLUMNS + ", child_kind, child_position, child_name, child_value FROM ("
                + "SELECT " + OBJECT_COLUMNS + ", 0 AS child_kind, 0 AS child_position,"
                + " CAST(NULL AS VARCHAR(1024)) AS child_name, CAST(NULL AS VARCHAR(1024)) AS child_value"
                + " FROM managed_object WHERE uid = ?"
                + " UNION ALL SELECT " + noObject + ", 1, position, name, NULL FROM object_name WHERE uid = ?"
                + " UNION ALL SELECT " + noObject + ", 2, position, group_name, NULL FROM object_group WHERE uid = ?"
                + " UNION ALL SELECT " + noObject + ", 3, 0, attribute_name, attribute_value"
                + " FROM object_custom_attribute WHERE uid = ?) t";
    }

    private Connection connection;
    private final SqlDialect dialect;
    private final StoreLimits limits;
    private final int statementTimeoutSeconds;
    private final Supplier<Connection> writerGate;
    private boolean gatePassed;
    /** Whether rows other than audit rows changed ({@link JdbcObjectStore#committedChanges}). */
    private boolean changed;
    private boolean closed;

    /**
     * @param statementTimeoutSeconds set on every statement, or 0 when the connection already has it
     *     (H2: {@code Statement.setQueryTimeout} runs {@code SET QUERY_TIMEOUT}, which clears every
     *     session's parsed-statement cache, so H2 gets it once in the URL instead)
     * @param writerGate {@code null}, or run once, before the first write and before the first row
     *     lock of the transaction ({@code SELECT … FOR UPDATE} writes lock marks in H2): it returns
     *     the connection every later statement runs on. For an H2 file store it takes the store's
     *     single-writer lock and hands out the shared writer connection ({@link H2GroupCommit})
     */
    JdbcTransaction(Connection connection, SqlDialect dialect, StoreLimits limits, int statementTimeoutSeconds,
            Supplier<Connection> writerGate) {
        this.connection = connection;
        this.dialect = dialect;
        this.limits = limits;
        this.statementTimeoutSeconds = statementTimeoutSeconds;
        this.writerGate = writerGate;
    }

    /**
     * Before a statement that changes rows other than audit rows, and before it is prepared (the
     * writer gate may change the connection).
     */
    private void beginWrite() {
        passWriterGate();
        changed = true;
    }

    /** Before the first write or row lock: audit rows pass it alone, they change no managed object. */
    private void passWriterGate() {
        if (writerGate != null && !gatePassed) {
            connection = writerGate.get();
            gatePassed = true;
        }
    }

    boolean changed() {
        return changed;
    }

    void close() {
        closed = true;
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        if (closed) {
            throw new IllegalStateException("store transaction: closed (expected: used inside inTransaction only)");
        }
        PreparedStatement ps = connection.prepareStatement(sql);
        if (statementTimeoutSeconds > 0) {
            ps.setQueryTimeout(statementTimeoutSeconds);
        }
        return ps;
    }

    // ---------------------------------------------------------------- create

    /**
     * Inserts the object without asking first whether its uid exists: a used uid fails the insert
     * on the primary key {@code pk_managed_object} (SQLState 23505 on H2 and PostgreSQL), mapped to
     * {@link ObjectAlreadyExistsException} by {@link #mapWriteError}. The name check still runs
     * first; when it finds a clash, the uid is looked up so that a used uid is reported as
     * {@link ObjectAlreadyExistsException}, as it was when the existence query ran first. A failed
     * insert aborts a PostgreSQL transaction; the exception ends the transaction anyway.
     */
    @Override
    public StoredObject create(StoredObject object) {
        StoredObject o = normalize(object).toBuilder().version(1).build();
        validate(o);
        try {
            // No existence query before the insert (one round trip less per Create): an existing
            // uid fails the insert on pk_managed_object, which mapWriteError reports as
            // ObjectAlreadyExistsException. Only when a name clashes is the uid looked up, so that
            // an existing uid is still reported as such whatever the names.
            try {
                checkNamesFree(o.uid(), o.names());
            } catch (DuplicateNameException e) {
                if (exists(o.uid())) {
                    throw new ObjectAlreadyExistsException(o.uid());
                }
                throw e;
            }
            beginWrite();
            try (PreparedStatement ps = prepare("INSERT INTO managed_object (" + OBJECT_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int i = 1;
                ps.setString(i++, o.uid());
                ps.setInt(i++, o.objectType());
                ps.setInt(i++, o.state());
                ps.setString(i++, o.owner());
                i = bindMetadata(ps, i, o);
                ps.setBytes(i++, o.attributes());
                ps.setBytes(i++, o.sealedMaterial());
                setInteger(ps, i++, o.kekVersion());
                ps.setLong(i, 1L);
                ps.executeUpdate();
            }
            insertChildren(o);
            return o;
        } catch (SQLException e) {
            throw mapWriteError("create " + o.uid(), e, o);
        }
    }

    /** Binds the mutable metadata columns in OBJECT_COLUMNS order, from cryptographic_algorithm to archived. */
    private static int bindMetadata(PreparedStatement ps, int i, StoredObject o) throws SQLException {
        setInteger(ps, i++, o.cryptographicAlgorithm());
        setInteger(ps, i++, o.cryptographicLength());
        setInteger(ps, i++, o.usageMask());
        setInstant(ps, i++, o.initialDate());
        setInstant(ps, i++, o.activationDate());
        setInstant(ps, i++, o.deactivationDate());
        setInstant(ps, i++, o.destroyDate());
        setInstant(ps, i++, o.compromiseDate());
        setInstant(ps, i++, o.lastChangeDate());
        ps.setBoolean(i++, o.fresh());
        ps.setBoolean(i++, o.archived());
        return i;
    }

    private void insertChildren(StoredObject o) throws SQLException {
        if (!o.names().isEmpty()) {
            // live_name: the name while the object is not destroyed (V1_1 migration)
            try (PreparedStatement ps = prepare(
                    "INSERT INTO object_name (uid, position, name, live_name) VALUES (?, ?, ?, ?)")) {
                for (int p = 0; p < o.names().size(); p++) {
                    ps.setString(1, o.uid());
                    ps.setInt(2, p);
                    ps.setString(3, o.names().get(p));
                    ps.setString(4, o.destroyed() ? null : o.names().get(p));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!o.objectGroups().isEmpty()) {
            try (PreparedStatement ps = prepare("INSERT INTO object_group (uid, position, group_name) VALUES (?, ?, ?)")) {
                for (int p = 0; p < o.objectGroups().size(); p++) {
                    ps.setString(1, o.uid());
                    ps.setInt(2, p);
                    ps.setString(3, o.objectGroups().get(p));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!o.customAttributes().isEmpty()) {
            try (PreparedStatement ps = prepare(
                    "INSERT INTO object_custom_attribute (uid, attribute_name, attribute_value) VALUES (?, ?, ?)")) {
                for (Map.Entry<String, String> e : o.customAttributes().entrySet()) {
                    ps.setString(1, o.uid());
                    ps.setString(2, e.getKey());
                    ps.setString(3, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private void deleteChildren(String uid) throws SQLException {
        for (String table : List.of("object_name", "object_group", "object_custom_attribute")) {
            try (PreparedStatement ps = prepare("DELETE FROM " + table + " WHERE uid = ?")) {
                ps.setString(1, uid);
                ps.executeUpdate();
            }
        }
    }

    private boolean exists(String uid) throws SQLException {
        try (PreparedStatement ps = prepare("SELECT 1 FROM managed_object WHERE uid = ?")) {
            ps.setString(1, uid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * A clear error for the common case; the unique index still guards against races. Only
     * objects that are not destroyed hold their names.
     */
    private void checkNamesFree(String uid, List<String> names) throws SQLException {
        if (names.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("SELECT name FROM object_name WHERE uid <> ? AND live_name IN (");
        for (int i = 0; i < names.size(); i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        sql.append(')');
        try (PreparedStatement ps = prepare(sql.toString())) {
            ps.setString(1, uid);
            for (int i = 0; i < names.size(); i++) {
                ps.setString(i + 2, names.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    throw new DuplicateNameException(rs.getString(1));
                }
            }
        }
    }

    private StoreException mapWriteError(String action, SQLException e, StoredObject o) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (state.equals("23505")) {
            if (message.contains("ux_object_name_live")) {
                return new DuplicateNameException(o.names().size() == 1 ? o.names().get(0) : String.join(", ", o.names()));
            }
            if (message.contains("pk_managed_object") || message.contains("primary key")) {
                return new ObjectAlreadyExistsException(o.uid());
            }
        }
        return SqlErrors.map(action, e);
    }

    // ---------------------------------------------------------------- read

    @Override
    public Optional<StoredObject> find(String uid) {
        return Optional.ofNullable(read(uid, false));
    }

    @Override
    public StoredObject get(String uid) {
        StoredObject o = read(uid, false);
        if (o == null) {
            throw new ObjectNotFoundException(uid);
        }
        return o;
    }

    @Override
    public StoredObject getForUpdate(String uid) {
        StoredObject o = read(uid, true);
        if (o == null) {
            throw new ObjectNotFoundException(uid);
        }
        return o;
    }

    /**
     * One object with its names, groups and custom attributes, or {@code null}. Without {@code
     * forUpdate} (find, get: every KMIP Get) this is one statement, {@link #READ_OBJECT}
     * (docs/adr/0007); with it, the row is locked by {@code SELECT … FOR UPDATE} and the children
     * are read by a second statement, as FOR UPDATE is not allowed on a UNION.
     */
    private StoredObject read(String uid, boolean forUpdate) {
        if (uid == null || uid.length() > 64) {
            return null;
        }
        try {
            if (!forUpdate) {
                return readOne(uid);
            }
            passWriterGate();
            StoredObject.Builder b;
            try (PreparedStatement ps = prepare("SELECT " + OBJECT_COLUMNS + " FROM managed_object WHERE uid = ? FOR UPDATE")) {
                ps.setString(1, uid);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    b = readRow(rs);
                }
            }
            readChildren(uid, b);
            return b.build();
        } catch (SQLException e) {
            throw SqlErrors.map("get " + uid, e);
        }
    }

    /** The non-locking read: {@link #READ_OBJECT}, the object row and its children in any order. */
    private StoredObject readOne(String uid) throws SQLException {
        StoredObject.Builder b = null;
        Children children = new Children();
        try (PreparedStatement ps = prepare(READ_OBJECT)) {
            for (int i = 1; i <= 4; i++) {
                ps.setString(i, uid);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getInt(OBJECT_COLUMN_COUNT + 1) == 0) {
                        b = readRow(rs);
                    } else {
                        children.add(rs, OBJECT_COLUMN_COUNT + 1);
                    }
                }
            }
        }
        if (b == null) {
            return null;
        }
        children.addTo(b);
        return b.build();
    }

    /** Children rows as (kind, position, name, value) collected into a builder's lists and map. */
    private static final class Children {
        private final TreeMap<Integer, String> names = new TreeMap<>();
        private final TreeMap<Integer, String> groups = new TreeMap<>();
        private final Map<String, String> custom = new TreeMap<>();

        /** One row; {@code kindColumn} is the kind's column, position, name and value follow it. */
        void add(ResultSet rs, int kindColumn) throws SQLException {
            switch (rs.getInt(kindColumn)) {
                case 1 -> names.put(rs.getInt(kindColumn + 1), rs.getString(kindColumn + 2));
                case 2 -> groups.put(rs.getInt(kindColumn + 1), rs.getString(kindColumn + 2));
                default -> custom.put(rs.getString(kindColumn + 2), rs.getString(kindColumn + 3));
            }
        }

        void addTo(StoredObject.Builder b) {
            b.names(new ArrayList<>(names.values())).objectGroups(new ArrayList<>(groups.values())).customAttributes(custom);
        }
    }

    private static StoredObject.Builder readRow(ResultSet rs) throws SQLException {
        return StoredObject.builder(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4))
                .cryptographicAlgorithm(integer(rs, 5))
                .cryptographicLength(integer(rs, 6))
                .usageMask(integer(rs, 7))
                .initialDate(instant(rs, 8))
                .activationDate(instant(rs, 9))
                .deactivationDate(instant(rs, 10))
                .destroyDate(instant(rs, 11))
                .compromiseDate(instant(rs, 12))
                .lastChangeDate(instant(rs, 13))
                .fresh(rs.getBoolean(14))
                .archived(rs.getBoolean(15))
                .attributes(rs.getBytes(16))
                .sealedMaterial(rs.getBytes(17))
                .kekVersion(integer(rs, 18))
                .version(rs.getLong(19));
    }

    private void readChildren(String uid, StoredObject.Builder b) throws SQLException {
        Children children = new Children();
        // The UNION sits in a derived table: H2 caches the parse of a SELECT but never of a bare
        // UNION (SelectUnion is not cacheable), which cost a parse per read (docs/adr/0007).
        try (PreparedStatement ps = prepare(
                "SELECT kind, position, name, val FROM ("
                + "SELECT 1 AS kind, position, name, NULL AS val FROM object_name WHERE uid = ?"
                + " UNION ALL SELECT 2, position, group_name, NULL FROM object_group WHERE uid = ?"
                + " UNION ALL SELECT 3, 0, attribute_name, attribute_value FROM object_custom_attribute WHERE uid = ?) children")) {
            ps.setString(1, uid);
            ps.setString(2, uid);
            ps.setString(3, uid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    children.add(rs, 1);
                }
            }
        }
        children.addTo(b);
    }

    // ---------------------------------------------------------------- update

    @Override
    public StoredObject update(StoredObject object) {
        return write(object, false);
    }

    @Override
    public StoredObject destroy(StoredObject object) {
        if (!object.destroyed()) {
            throw new InvalidAttributeException("destroy state: " + object.state() + " (expected: "
                    + StoredObject.STATE_DESTROYED + " Destroyed or " + StoredObject.STATE_DESTROYED_COMPROMISED
                    + " Destroyed Compromised)");
        }
        return write(object, true);
    }

    private StoredObject write(StoredObject object, boolean eraseMaterial) {
        StoredObject o = normalize(object);
        validate(o);
        try {
            // Lock the row before comparing versions: H2 (2.5, MVStore) can let an UPDATE that waited
            // on another transaction's row lock apply "row_version = row_version + 1 WHERE
            // row_version = ?" to the row it saw before the wait, losing the other update (seen as
            // ObjectStoreContract.concurrentReadModifyWritesLoseNoUpdate failing under load). With
            // the row locked first, the version compared is the committed one.
            StoredObject current = read(o.uid(), true);
            if (current == null) {
                throw new ObjectNotFoundException(o.uid());
            }
            if (current.version() != o.version()) {
                throw new StaleObjectException(o.uid(), o.version());
            }
            if (!o.destroyed()) {
                checkNamesFree(o.uid(), o.names());
            }
            beginWrite();
            try (PreparedStatement ps = prepare("UPDATE managed_object SET state = ?, "
                    + "cryptographic_algorithm = ?, cryptographic_length = ?, usage_mask = ?, initial_date = ?, "
                    + "activation_date = ?, deactivation_date = ?, destroy_date = ?, compromise_date = ?, "
                    + "last_change_date = ?, fresh = ?, archived = ?, attributes = ?, "
                    + (eraseMaterial ? "sealed_material = NULL, " : "")
                    + "row_version = row_version + 1 WHERE uid = ? AND row_version = ?")) {
                int i = 1;
                ps.setInt(i++, o.state());
                i = bindMetadata(ps, i, o);
                ps.setBytes(i++, o.attributes());
                ps.setString(i++, o.uid());
                ps.setLong(i, o.version());
                if (ps.executeUpdate() != 1) {
                    throw new StaleObjectException(o.uid(), o.version());
                }
            }
            if (!current.names().equals(o.names()) || !current.objectGroups().equals(o.objectGroups())
                    || !current.customAttributes().equals(o.customAttributes()) || current.destroyed() != o.destroyed()) {
                deleteChildren(o.uid());
                insertChildren(o);
            }
            return o.toBuilder()
                    .objectType(current.objectType())
                    .owner(current.owner())
                    .sealedMaterial(eraseMaterial ? null : current.sealedMaterial())
                    .kekVersion(current.kekVersion())
                    .version(o.version() + 1)
                    .build();
        } catch (SQLException e) {
            throw mapWriteError("update " + o.uid(), e, o);
        }
    }

    @Override
    public StoredObject updateSealedMaterial(String uid, long expectedVersion, byte[] sealedMaterial, int kekVersion) {
        if (sealedMaterial == null) {
            throw new InvalidAttributeException("sealed material: null (expected: material; use destroy to erase it)");
        }
        if (sealedMaterial.length > limits.maxSealedMaterialBytes()) {
            throw new StoreLimitException("sealedMaterial", sealedMaterial.length, limits.maxSealedMaterialBytes());
        }
        try {
            // Lock the row first, as write() does: the version compared must be the committed one.
            StoredObject locked = read(uid, true);
            if (locked == null) {
                throw new ObjectNotFoundException(uid);
            }
            if (locked.version() != expectedVersion) {
                throw new StaleObjectException(uid, expectedVersion);
            }
            beginWrite();
            try (PreparedStatement ps = prepare("UPDATE managed_object SET sealed_material = ?, kek_version = ?, "
                    + "row_version = row_version + 1 WHERE uid = ? AND row_version = ? AND sealed_material IS NOT NULL")) {
                ps.setBytes(1, sealedMaterial);
                ps.setInt(2, kekVersion);
                ps.setString(3, uid);
                ps.setLong(4, expectedVersion);
                if (ps.executeUpdate() != 1) {
                    StoredObject current = read(uid, false);
                    if (current == null) {
                        throw new ObjectNotFoundException(uid);
                    }
                    if (current.version() != expectedVersion) {
                        throw new StaleObjectException(uid, expectedVersion);
                    }
                    throw new InvalidAttributeException("sealed material of " + uid
                            + ": none (expected: an object that holds material, not destroyed)");
                }
            }
            return get(uid);
        } catch (SQLException e) {
            throw SqlErrors.map("re-seal " + uid, e);
        }
    }

    // ---------------------------------------------------------------- locate

    @Override
    public LocateResult locate(LocateQuery q) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (q.visibleTo() != null) {
            where.append(" AND (mo.owner_identity = ? OR mo.uid IN (SELECT g.uid FROM object_grant g WHERE g.grantee = ?))");
            params.add(q.visibleTo());
            params.add(q.visibleTo());
        }
        equality(where, params, "mo.object_type", q.objectType());
        if (q.objectTypeIn() != null) {
            if (q.objectTypeIn().isEmpty()) {
                where.append(" AND 1 = 0");
            } else {
                where.append(" AND mo.object_type IN (")
                        .append(String.join(", ", java.util.Collections.nCopies(q.objectTypeIn().size(), "?"))).append(')');
                params.addAll(new java.util.TreeSet<>(q.objectTypeIn()));
            }
        }
        equality(where, params, "mo.state", q.state());
        equality(where, params, "mo.owner_identity", q.owner());
        equality(where, params, "mo.cryptographic_algorithm", q.cryptographicAlgorithm());
        equality(where, params, "mo.cryptographic_length", q.cryptographicLength());
        if (q.usageMask() != null) {
            where.append(" AND ").append(dialect.bitAnd("mo.usage_mask", "?")).append(" = ?");
            params.add(q.usageMask());
            params.add(q.usageMask());
        }
        for (String name : q.names()) {
            where.append(" AND mo.uid IN (SELECT n.uid FROM object_name n WHERE n.name = ?)");
            params.add(name);
        }
        if (q.objectGroup() != null) {
            where.append(" AND mo.uid IN (SELECT og.uid FROM object_group og WHERE og.group_name = ?)");
            params.add(q.objectGroup());
            if (q.groupMember() == LocateQuery.GroupMember.FRESH) {
                where.append(" AND mo.fresh = TRUE");
            }
        }
        for (Map.Entry<DateAttribute, DateRange> e : q.dates().entrySet()) {
            where.append(" AND mo.").append(e.getKey().column()).append(" BETWEEN ? AND ?");
            params.add(OffsetDateTime.ofInstant(e.getValue().from(), ZoneOffset.UTC));
            params.add(OffsetDateTime.ofInstant(e.getValue().to(), ZoneOffset.UTC));
        }
        for (Map.Entry<String, String> e : q.customAttributes().entrySet()) {
            where.append(" AND mo.uid IN (SELECT ca.uid FROM object_custom_attribute ca"
                    + " WHERE ca.attribute_name = ? AND ca.attribute_value = ?)");
            params.add(e.getKey());
            params.add(e.getValue());
        }
        storageStatus(where, q.storageStatusMask());
        // without a selective filter (name, group, custom attribute, date range, visibility), walk
        // the objects newest first and stop after the page
        boolean selective = !q.names().isEmpty() || q.objectGroup() != null || !q.customAttributes().isEmpty()
                || !q.dates().isEmpty() || q.visibleTo() != null || q.owner() != null;
        String from = " FROM managed_object mo" + (selective ? "" : dialect.newestFirstHint());

        int max = q.maximumItems() == null ? limits.maxLocateItems() : Math.min(q.maximumItems(), limits.maxLocateItems());
        if (q.groupMember() == LocateQuery.GroupMember.DEFAULT) {
            max = Math.min(max, 1);
        }
        try {
            List<String> uids = new ArrayList<>();
            if (max > 0) {
                try (PreparedStatement ps = prepare("SELECT mo.uid" + from + where
                        + " ORDER BY mo.seq DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                    int i = bind(ps, params);
                    ps.setLong(i++, q.offsetItems());
                    ps.setInt(i, max);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            uids.add(rs.getString(1));
                        }
                    }
                }
            }
            long located;
            if (max > 0 && uids.size() < max && (q.offsetItems() == 0 || !uids.isEmpty())) {
                located = q.offsetItems() + uids.size(); // the page ended before the limit: no count needed
            } else if (!q.countLocatedItems()) {
                located = -1;
            } else {
                try (PreparedStatement ps = prepare("SELECT COUNT(*) FROM managed_object mo" + where)) {
                    bind(ps, params);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        located = rs.getLong(1);
                    }
                }
            }
            return new LocateResult(uids, located);
        } catch (SQLException e) {
            throw SqlErrors.map("locate", e);
        }
    }

    private static void storageStatus(StringBuilder where, int mask) {
        if (mask == 7) {
            return;
        }
        String destroyed = "mo.state IN (" + StoredObject.STATE_DESTROYED + ", " + StoredObject.STATE_DESTROYED_COMPROMISED + ")";
        List<String> parts = new ArrayList<>();
        if ((mask & LocateQuery.ONLINE_STORAGE) != 0) {
            parts.add("(mo.archived = FALSE AND NOT " + destroyed + ")");
        }
        if ((mask & LocateQuery.ARCHIVAL_STORAGE) != 0) {
            parts.add("(mo.archived = TRUE AND NOT " + destroyed + ")");
        }
        if ((mask & LocateQuery.DESTROYED_STORAGE) != 0) {
            parts.add(destroyed);
        }
        where.append(" AND (").append(String.join(" OR ", parts)).append(')');
    }

    private static void equality(StringBuilder where, List<Object> params, String column, Object value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = ?");
            params.add(value);
        }
    }

    private static int bind(PreparedStatement ps, List<Object> params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            ps.setObject(i++, p);
        }
        return i;
    }

    // ---------------------------------------------------------------- re-seal support

    @Override
    public List<StoredObject> page(String afterUid, int limit) {
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("page limit: " + limit + " (expected: 1..10000)");
        }
        try {
            List<StoredObject.Builder> rows = new ArrayList<>();
            try (PreparedStatement ps = prepare("SELECT " + OBJECT_COLUMNS + " FROM managed_object"
                    + (afterUid == null ? "" : " WHERE uid > ?") + " ORDER BY uid FETCH FIRST ? ROWS ONLY")) {
                int i = 1;
                if (afterUid != null) {
                    ps.setString(i++, afterUid);
                }
                ps.setInt(i, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(readRow(rs));
                    }
                }
            }
            List<StoredObject> result = new ArrayList<>(rows.size());
            for (StoredObject.Builder b : rows) {
                StoredObject partial = b.build();
                readChildren(partial.uid(), b);
                result.add(b.build());
            }
            return result;
        } catch (SQLException e) {
            throw SqlErrors.map("page", e);
        }
    }

    @Override
    public Map<Integer, Long> countByKekVersion() {
        try (PreparedStatement ps = prepare("SELECT kek_version, COUNT(*) FROM managed_object"
                + " WHERE sealed_material IS NOT NULL GROUP BY kek_version ORDER BY kek_version")) {
            Map<Integer, Long> counts = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(integer(rs, 1), rs.getLong(2));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw SqlErrors.map("count by KEK version", e);
        }
    }

    // ---------------------------------------------------------------- grants

    @Override
    public void grant(String uid, String grantee, Set<Integer> operations) {
        checkText("grantee", grantee);
        try {
            if (!exists(uid)) {
                throw new ObjectNotFoundException(uid);
            }
            Set<Integer> have = new TreeSet<>();
            for (Grant g : grantsFor(uid)) {
                if (g.grantee().equals(grantee)) {
                    have.addAll(g.operations());
                }
            }
            Set<Integer> added = new TreeSet<>(operations);
            added.removeAll(have);
            if (added.isEmpty()) {
                return;
            }
            beginWrite();
            perOperation("INSERT INTO object_grant (uid, grantee, operation) VALUES (?, ?, ?)", uid, grantee, added);
        } catch (SQLException e) {
            throw SqlErrors.map("grant on " + uid, e);
        }
    }

    @Override
    public void revokeGrant(String uid, String grantee, Set<Integer> operations) {
        try {
            beginWrite();
            if (operations.isEmpty()) {
                try (PreparedStatement ps = prepare("DELETE FROM object_grant WHERE uid = ? AND grantee = ?")) {
                    ps.setString(1, uid);
                    ps.setString(2, grantee);
                    ps.executeUpdate();
                }
                return;
            }
            perOperation("DELETE FROM object_grant WHERE uid = ? AND grantee = ? AND operation = ?", uid, grantee, operations);
        } catch (SQLException e) {
            throw SqlErrors.map("revoke grant on " + uid, e);
        }
    }

    /** Runs {@code sql} (parameters uid, grantee, operation) once per operation, in one batch. */
    private void perOperation(String sql, String uid, String grantee, Set<Integer> operations) throws SQLException {
        try (PreparedStatement ps = prepare(sql)) {
            for (int op : operations) {
                ps.setString(1, uid);
                ps.setString(2, grantee);
                ps.setInt(3, op);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public List<Grant> grantsFor(String uid) {
        try (PreparedStatement ps = prepare("SELECT grantee, operation FROM object_grant WHERE uid = ? ORDER BY grantee, operation")) {
            ps.setString(1, uid);
            Map<String, Set<Integer>> byGrantee = new TreeMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byGrantee.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getInt(2));
                }
            }
            List<Grant> grants = new ArrayList<>();
            byGrantee.forEach((grantee, ops) -> grants.add(new Grant(uid, grantee, ops)));
            return grants;
        } catch (SQLException e) {
            throw SqlErrors.map("grants of " + uid, e);
        }
    }

    // ---------------------------------------------------------------- audit table

    private static final String AUDIT_COLUMNS = "node, seq, recorded_at, request_id, identity, peer, operation, "
            + "object_ids, result_status, result_reason, prev_hash, hash, line";

    @Override
    public void appendAudit(List<AuditRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        passWriterGate();
        try (PreparedStatement ps = prepare("INSERT INTO audit_log (" + AUDIT_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AuditRow r : rows) {
                int i = 1;
                ps.setString(i++, r.node());
                ps.setLong(i++, r.seq());
                ps.setObject(i++, OffsetDateTime.ofInstant(r.recordedAt(), ZoneOffset.UTC));
                ps.setString(i++, r.requestId());
                ps.setString(i++, r.identity());
                ps.setString(i++, r.peer());
                ps.setString(i++, r.operation());
                ps.setString(i++, r.objectIds());
                ps.setString(i++, r.resultStatus());
                ps.setString(i++, r.resultReason());
                ps.setString(i++, r.prevHash());
                ps.setString(i++, r.hash());
                ps.setString(i, r.line());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw SqlErrors.map("audit rows " + rows.get(0).seq() + ".." + rows.get(rows.size() - 1).seq()
                    + " of node " + rows.get(0).node(), e);
        }
    }

    @Override
    public Optional<AuditRow> lastAudit(String node) {
        List<AuditRow> rows = auditQuery("SELECT " + AUDIT_COLUMNS + " FROM audit_log WHERE node = ?"
                + " ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY", node, null, null);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    @Override
    public List<AuditRow> auditRows(String node, long afterSeq, int limit) {
        return auditQuery("SELECT " + AUDIT_COLUMNS + " FROM audit_log WHERE node = ? AND seq > ?"
                + " ORDER BY seq FETCH FIRST ? ROWS ONLY", node, afterSeq, limit);
    }

    private List<AuditRow> auditQuery(String sql, String node, Long afterSeq, Integer limit) {
        try (PreparedStatement ps = prepare(sql)) {
            ps.setString(1, node);
            if (afterSeq != null) {
                ps.setLong(2, afterSeq);
                ps.setInt(3, limit);
            }
            List<AuditRow> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AuditRow(rs.getString(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class).toInstant(),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw SqlErrors.map("audit rows of node " + node, e);
        }
    }

    @Override
    public List<String> auditNodes() {
        try (PreparedStatement ps = prepare("SELECT DISTINCT node FROM audit_log ORDER BY node")) {
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw SqlErrors.map("audit nodes", e);
        }
    }

    // ---------------------------------------------------------------- validation and mapping

    /** Dates to microseconds, the precision both databases keep. */
    private static StoredObject normalize(StoredObject o) {
        return o.toBuilder()
                .initialDate(micros(o.initialDate()))
                .activationDate(micros(o.activationDate()))
                .deactivationDate(micros(o.deactivationDate()))
                .destroyDate(micros(o.destroyDate()))
                .compromiseDate(micros(o.compromiseDate()))
                .lastChangeDate(micros(o.lastChangeDate()))
                .build();
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    private void validate(StoredObject o) {
        if (o.uid().isEmpty() || o.uid().length() > 64) {
            throw new StoreLimitException("uid", o.uid().length(), 64);
        }
        checkText("owner", o.owner());
        checkCount("names", o.names().size());
        checkCount("objectGroups", o.objectGroups().size());
        checkCount("customAttributes", o.customAttributes().size());
        if (Set.copyOf(o.names()).size() != o.names().size()) {
            throw new DuplicateNameException(firstDuplicate(o.names()));
        }
        for (String name : o.names()) {
            checkText("name", name);
        }
        for (String group : o.objectGroups()) {
            checkText("objectGroup", group);
        }
        for (Map.Entry<String, String> e : o.customAttributes().entrySet()) {
            String name = e.getKey();
            if (!(name.startsWith("x-") || name.startsWith("y-")) || name.length() < 3) {
                throw new InvalidAttributeException("custom attribute name: \"" + name
                        + "\" (expected: a name starting with x- or y-)");
            }
            if (name.length() > limits.maxCustomAttributeNameLength()) {
                throw new StoreLimitException("custom attribute name", name.length(), limits.maxCustomAttributeNameLength());
            }
            checkText("custom attribute " + name, e.getValue());
        }
        int attributesLength = o.attributes().length;
        if (attributesLength > limits.maxAttributesBytes()) {
            throw new StoreLimitException("attributes", attributesLength, limits.maxAttributesBytes());
        }
        if (o.sealedMaterialLength() > limits.maxSealedMaterialBytes()) {
            throw new StoreLimitException("sealedMaterial", o.sealedMaterialLength(), limits.maxSealedMaterialBytes());
        }
    }

    private static String firstDuplicate(List<String> values) {
        Set<String> seen = new java.util.HashSet<>();
        for (String v : values) {
            if (!seen.add(v)) {
                return v;
            }
        }
        return "";
    }

    private void checkCount(String field, int count) {
        if (count > limits.maxValuesPerObject()) {
            throw new StoreLimitException(field, count, limits.maxValuesPerObject());
        }
    }

    private void checkText(String field, String value) {
        if (value == null || value.isEmpty()) {
            throw new InvalidAttributeException(field + ": empty (expected: a non-empty text)");
        }
        if (value.length() > limits.maxTextLength()) {
            throw new StoreLimitException(field, value.length(), limits.maxTextLength());
        }
        // PostgreSQL's B-tree index entries are at most ~2,700 bytes: bound the encoded length too.
        if (value.length() > 512 && value.getBytes(StandardCharsets.UTF_8).length > 2 * limits.maxTextLength()) {
            throw new StoreLimitException(field + " (UTF-8 bytes)", value.getBytes(StandardCharsets.UTF_8).length,
                    2L * limits.maxTextLength());
        }
    }

    private static void setInteger(PreparedStatement ps, int i, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, value);
        }
    }

    private static void setInstant(PreparedStatement ps, int i, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(i, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
