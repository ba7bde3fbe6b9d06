package org.custodian.core.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.custodian.core.crypto.DataKey;
import org.custodian.core.errors.CustodianException;
import org.custodian.core.errors.DatabaseCorruptException;
import org.custodian.core.errors.StorageFailureException;
import org.custodian.core.errors.StorageFailures;
import org.custodian.core.errors.StoreAlreadyExistsException;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open, encrypted H2 database of one data directory (docs/decisions/0001-encrypted-store.md).
 *
 * <p>One connection stays open for the store's life (H2 closes, and compacts, a database when its last
 * connection closes). Writes are serialised through {@link #write}, which runs one transaction: services call it
 * so a change and the events recording it commit together or not at all.
 */
public final class Store implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Store.class);
    private static final String DB_USER = "custodian";
    /**
     * WRITE_DELAY=0: a commit writes its chunk to the file before COMMIT returns (H2 2.5.252: with an auto-commit
     * delay of 0 {@code TransactionStore.endTransaction} calls {@code MVStore.commit()} itself, and
     * {@code FileStore.setAutoCommitDelay} never starts the background writer or its chunk executors).
     *
     * <p>REUSE_SPACE=FALSE: every chunk is appended at the end of the file, never written into space freed by dead
     * chunks. With space reuse, H2 2.5.252 loses confirmed commits when the process dies: a chunk written into a
     * freed gap (not where the previous chunk predicted, {@code Chunk.next}) makes
     * {@code RandomAccessStore.writeChunk} rewrite the store header, but {@code writeStoreHeader} records
     * {@code lastChunk}, which {@code FileStore.storeBuffer} only advances after {@code writeChunk} returns, so the
     * header names the chunk before it. After a kill, {@code RandomAccessStore.readStoreHeader} starts from that
     * header and from the last chunk in the file, follows the {@code next} chain, finds neither path to the new
     * chunks, and silently opens the older version. Gaps are freed once dead chunks are older than the retention
     * time (45 s), so from then on (in a long session, or at once in a session after an earlier one) a kill could
     * take the latest saves with it: about 1 kill in 10 in the loop test (docs/decisions/0001-encrypted-store.md). Appending keeps the newest chunk last in the file, where that
     * recovery always looks first. The cost is space: a session only grows the file; {@link #close} reclaims it.
     *
     * <p>TRACE_LEVEL_FILE=0: H2's trace file would hold values in clear. No SHUTDOWN COMPACT or DEFRAG (see the
     * ADR).
     */
    private static final String SETTINGS = ";CIPHER=AES;WRITE_DELAY=0;REUSE_SPACE=FALSE;TRACE_LEVEL_FILE=0"
            + ";TRACE_LEVEL_SYSTEM_OUT=0;DB_CLOSE_ON_EXIT=FALSE";
    /**
     * The space-reclaiming pass after a clean close ({@link #reclaimSpace}): space reuse on (H2's default), so
     * H2's own close-time compaction ({@code FileStore.stop}, {@code RandomAccessStore.compactStore}) can rewrite
     * and move chunks and truncate the file; no statement runs in between, so nothing but that compaction writes.
     */
    private static final String RECLAIM_SETTINGS = ";CIPHER=AES;WRITE_DELAY=0;TRACE_LEVEL_FILE=0;TRACE_LEVEL_SYSTEM_OUT=0"
            + ";DB_CLOSE_ON_EXIT=FALSE;IFEXISTS=TRUE;MAX_COMPACT_TIME=" + Store.RECLAIM_MILLIS;
    /** Compaction time H2 may spend in the reclaiming pass (it checks after each step of up to 16 MB). */
    static final int RECLAIM_MILLIS = 1000;

    private final DataDirectory directory;
    private final JdbcConnectionPool pool;
    private final Connection anchor;
    private final DSLContext dsl;
    private final RowMac rowMac;
    private final SubjectKeys subjectKeys;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final EventHead eventHead;
    private final String reclaimUrl;
    /** H2's password, kept only for the reclaiming pass at close (the data key it derives from is live anyway). */
    private char[] reclaimPassword;

    private Store(DataDirectory directory, JdbcConnectionPool pool, Connection anchor, DataKey dataKey,
                  String reclaimUrl, char[] reclaimPassword) {
        this.directory = directory;
        this.pool = pool;
        this.anchor = anchor;
        this.reclaimUrl = reclaimUrl;
        this.reclaimPassword = reclaimPassword;
        Settings settings = new Settings().withExecuteLogging(false).withRenderSchema(false);
        this.dsl = DSL.using(new DefaultConfiguration().set(pool).set(SQLDialect.H2).set(settings)
                .set(new TypedErrors(directory)));
        this.rowMac = new RowMac(dataKey.rowMacKey());
        this.subjectKeys = new SubjectKeys(dataKey.subjectKey());
        this.eventHead = new EventHead(directory.eventHeadFile(), rowMac);
    }

    /** Opens the existing store; never creates one. */
    public static Store open(DataDirectory directory, DataKey dataKey) {
        return connect(directory, directory.databaseBase(), dataKey, true);
    }

    /**
     * Creates a new store under the set-up name. The caller renames it into place with {@link #promoteSetup}
     * only once its key ring is written, so a crash never leaves a database that no key ring opens.
     */
    public static Store createForSetup(DataDirectory directory, DataKey dataKey) {
        if (Files.exists(directory.databaseFile())) {
            throw new StoreAlreadyExistsException();
        }
        deleteSetupLeftovers(directory);
        StorageFailures.checkWritable(directory.root(), directory.probe());
        return connect(directory, directory.setupDatabaseBase(), dataKey, false);
    }

    /** Moves a closed set-up database into place. */
    public static void promoteSetup(DataDirectory directory) {
        try {
            Files.move(directory.setupDatabaseFile(), directory.databaseFile(),
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (java.io.IOException e) {
            throw StorageFailures.classify(e, directory.root(), directory.probe());
        }
    }

    /** Removes a set-up database that never got its key ring (an interrupted first run). */
    public static void deleteSetupLeftovers(DataDirectory directory) {
        try {
            Files.deleteIfExists(directory.setupDatabaseFile());
            Files.deleteIfExists(directory.root().resolve(DataDirectory.SETUP_DATABASE_NAME + ".trace.db"));
        } catch (java.io.IOException e) {
            throw StorageFailures.classify(e, directory.root(), directory.probe());
        }
    }

    private static Store connect(DataDirectory directory, Path base, DataKey dataKey, boolean mustExist) {
        String file = "jdbc:h2:file:" + base.toString().replace('\\', '/');
        String url = file + SETTINGS + (mustExist ? ";IFEXISTS=TRUE" : "");
        char[] filePassword = dataKey.databaseFilePassword();
        char[] userPassword = dataKey.databaseUserPassword();
        char[] password = new char[filePassword.length + 1 + userPassword.length];
        System.arraycopy(filePassword, 0, password, 0, filePassword.length);
        password[filePassword.length] = ' ';
        System.arraycopy(userPassword, 0, password, filePassword.length + 1, userPassword.length);
        JdbcConnectionPool pool = null;
        Connection anchor = null;
        try {
            JdbcDataSource source = new JdbcDataSource();
            source.setURL(url);
            source.setUser(DB_USER);
            // its own copy: the data source keeps the array and reads it for every physical connection the pool
            // opens later in the session (a search beside a save needs a second one); ours is wiped below
            source.setPasswordChars(password.clone());
            pool = JdbcConnectionPool.create(source);
            pool.setMaxConnections(8);
            anchor = pool.getConnection();
            if (mustExist) {
                // before Flyway, which writes (its lock), so a refused file is left exactly as it was found
                checkNotRolledBack(directory, dataKey, anchor);
            }
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .cleanDisabled(true)
                    .load()
                    .migrate();
            return new Store(directory, pool, anchor, dataKey, file + RECLAIM_SETTINGS, password.clone());
        } catch (RuntimeException | SQLException e) {
            closeQuietly(anchor, pool);
            CustodianException mapped = H2Errors.map(e, directory.root(), directory.probe());
            if (mustExist && mapped instanceof StorageFailureException
                    && (H2Errors.sqlCause(e) != null || e instanceof org.flywaydb.core.api.FlywayException)) {
                // The key ring authenticated this key and the directory is writable with space (else classify
                // said so): a database H2 still cannot read is damaged. H2 reports garbled pages under several
                // codes (22018, or 50000 inside 90049), none of them a disk problem. A garbled catalogue can also
                // hide Flyway's history table, which Flyway reports without any SQL error.
                mapped = new DatabaseCorruptException();
            }
            LOG.warn("Store could not be opened: {} (H2 error code {})", mapped.getClass().getSimpleName(),
                    errorCode(e));
            throw mapped;
        } finally {
            Arrays.fill(filePassword, '\0');
            Arrays.fill(userPassword, '\0');
            Arrays.fill(password, '\0');
        }
    }

    /**
     * Loads and exercises the classes an unlock needs (H2, Flyway, jOOQ) on a throwaway in-memory database, so
     * the real open after the password is typed does not pay for class loading. {@code exercise} runs inside a
     * transaction there, for callers to touch the write paths a login takes. Holds no data.
     */
    public static void warmUp(java.util.function.Consumer<DSLContext> exercise) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:mem:custodian-warm-up-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;TRACE_LEVEL_FILE=0");
        source.setUser("warm");
        source.setPassword("");
        try (Connection connection = source.getConnection()) {
            Flyway.configure().dataSource(source).locations("classpath:db/migration").load().migrate();
            DSLContext warm = DSL.using(connection, SQLDialect.H2);
            warm.selectFrom(org.custodian.core.store.schema.Tables.APP_USER).fetch();
            warm.transaction(configuration -> exercise.accept(configuration.dsl()));
            warm.execute("CHECKPOINT");
            connection.createStatement().execute("SHUTDOWN");
        } catch (SQLException | RuntimeException e) {
            LOG.debug("warm-up failed ({}); the real open will simply be slower", e.getClass().getSimpleName());
        }
    }

    private static String errorCode(Throwable e) {
        SQLException sql = H2Errors.sqlCause(e);
        return sql == null ? "none" : Integer.toString(sql.getErrorCode());
    }

    public DataDirectory directory() {
        return directory;
    }

    /** For reads. Writes go through {@link #write}. */
    public DSLContext dsl() {
        return dsl;
    }

    public RowMac rowMac() {
        return rowMac;
    }

    public SubjectKeys subjectKeys() {
        return subjectKeys;
    }

    /**
     * Runs one transaction, serialised with every other write (the event chain needs a single writer). A failure
     * rolls everything back and arrives as a typed error.
     */
    public <T> T write(Function<DSLContext, T> work) {
        writeLock.lock();
        try {
            T result = dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
            // With WRITE_DELAY=0 the commit has already written its chunk (see SETTINGS); the checkpoint stores
            // anything still unsaved and is a no-op otherwise, so a save is never reported done while any of it
            // lives only in memory, whatever the delay setting becomes.
            dsl.execute("CHECKPOINT");
            eventHead.record(dsl);
            return result;
        } catch (CustodianException e) {
            throw e;
        } catch (RuntimeException e) {
            if (e.getCause() instanceof CustodianException typed) {
                throw typed;
            }
            if (H2Errors.sqlCause(e) != null) {
                CustodianException mapped = H2Errors.map(e, directory.root(), directory.probe());
                LOG.warn("Write failed: {} (H2 error code {})", mapped.getClass().getSimpleName(), errorCode(e));
                throw mapped;
            }
            throw e;
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Writes a consistent copy of the open database to {@code zip} with H2's online {@code BACKUP TO}, holding the
     * write lock so no save lands between the copy and the head it reports. The copy holds H2's file as it is on
     * disk: still encrypted under this store's key (docs/decisions/0013-encrypted-backups.md).
     */
    public StoreSnapshot snapshotTo(Path zip) {
        writeLock.lock();
        try {
            dsl.execute("CHECKPOINT");
            dsl.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace('\\', '/').replace("'", "''") + "'");
            org.custodian.core.store.schema.tables.records.EventRecord head = dsl
                    .selectFrom(org.custodian.core.store.schema.Tables.EVENT)
                    .orderBy(org.custodian.core.store.schema.Tables.EVENT.SEQ.desc()).limit(1).fetchOne();
            return head == null ? new StoreSnapshot(0, new byte[32]) : new StoreSnapshot(head.getSeq(), head.getHash());
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Every failed statement, read or write, reaches callers as a typed error (never jOOQ's exception, whose
     * message carries H2's text and can echo values).
     */
    private static final class TypedErrors implements ExecuteListener {
        private static final long serialVersionUID = 1L;
        private final transient DataDirectory directory;

        TypedErrors(DataDirectory directory) {
            this.directory = directory;
        }

        @Override
        public void exception(ExecuteContext ctx) {
            SQLException sql = ctx.sqlException();
            if (sql != null) {
                CustodianException mapped = H2Errors.map(sql, directory.root(), directory.probe());
                LOG.warn("Statement failed: {} (H2 error code {})", mapped.getClass().getSimpleName(), sql.getErrorCode());
                ctx.exception(mapped);
            }
        }
    }

    private static void checkNotRolledBack(DataDirectory directory, DataKey dataKey, Connection anchor) {
        RowMac mac = new RowMac(dataKey.rowMacKey());
        try {
            new EventHead(directory.eventHeadFile(), mac).check(DSL.using(anchor, SQLDialect.H2));
        } catch (RuntimeException e) {
            // no compaction or flush on the way out: the refused file stays as it was found
            try (java.sql.Statement statement = anchor.createStatement()) {
                statement.execute("SHUTDOWN IMMEDIATELY");
            } catch (SQLException ignored) {
                LOG.debug("immediate shutdown reported H2 error code {}", ignored.getErrorCode());
            }
            throw e;
        } finally {
            mac.destroy();
        }
    }

    @Override
    public void close() {
        rowMac.destroy();
        subjectKeys.destroy();
        closeQuietly(anchor, pool);
        reclaimSpace();
    }

    /**
     * With REUSE_SPACE=FALSE a session only appends, and H2's close cannot compact such a store (with reuse off
     * {@code RandomAccessStore.getRewriteCandidates} offers nothing to rewrite and {@code compactMoveChunks} does
     * nothing). After the clean close, the file is opened once more with space reuse on and closed at once, so H2's
     * close-time compaction rewrites, moves and truncates for up to {@link #RECLAIM_MILLIS}. Best effort: a
     * failure is logged and the store stays as the clean close left it. Nothing commits in this pass, so there is
     * no confirmed save for it to lose.
     */
    private void reclaimSpace() {
        char[] password = reclaimPassword;
        reclaimPassword = null;
        if (password == null) {
            return;
        }
        long started = System.nanoTime();
        try {
            JdbcDataSource source = new JdbcDataSource();
            source.setURL(reclaimUrl);
            source.setUser(DB_USER);
            source.setPasswordChars(password);
            source.getConnection().close();
            LOG.debug("space reclaimed at close in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Reclaiming space at close failed ({}, H2 error code {}); the store is closed and intact",
                    e.getClass().getSimpleName(), errorCode(e));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static void closeQuietly(Connection anchor, JdbcConnectionPool pool) {
        try {
            if (anchor != null) {
                anchor.close();
            }
        } catch (SQLException e) {
            LOG.debug("closing the anchor connection failed (H2 error code {})", e.getErrorCode());
        }
        if (pool != null) {
            pool.dispose();
        }
    }
}
