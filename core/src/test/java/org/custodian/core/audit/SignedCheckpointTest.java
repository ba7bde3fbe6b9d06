package org.custodian.core.audit;

import static org.custodian.core.store.schema.Tables.EVENT;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.custodian.core.audit.keys.TeamLeadKeys;
import org.custodian.core.errors.AuditFileException;
import org.custodian.core.events.EventAction;
import org.custodian.core.events.EventDraft;
import org.custodian.core.events.EventLog;
import org.custodian.core.workspace.MutableClock;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignedCheckpointTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private Workspace ws;
    private TeamLeadKeys lead;

    @BeforeEach
    void open() {
        ws = AuditFixture.store(dir.resolve("a"), clock);
        lead = TeamLeadKeys.generate();
        ws.auditKeys().register(ws.session(), lead.publicKey());
        AuditFixture.intake(ws, clock, "Priya Shah", "321");
    }

    @AfterEach
    void close() {
        ws.close();
        lead.close();
    }

    private String signedNow() {
        return ws.audit().signedCheckpoint(ws.session(), lead).toText();
    }

    @Test
    void aLogThatOnlyGrewIsConfirmed() {
        String kept = signedNow();
        AuditFixture.intake(ws, clock, "Tom Example", "322");
        assertEquals(CheckpointVerdict.GREW_FROM, ws.audit().compare(ws.session(), kept));
    }

    @Test
    void aTruncatedLogIsCaught() {
        String kept = signedNow();
        long count = ws.store().dsl().fetchCount(EVENT);
        ws.store().dsl().deleteFrom(EVENT).where(EVENT.SEQ.gt(count - 3L)).execute();
        assertEquals(CheckpointVerdict.TRUNCATED, ws.audit().compare(ws.session(), kept));
    }

    @Test
    void aRolledBackLogIsCaughtEvenWhenItHasGrownPastTheCheckpoint() {
        String kept = signedNow();
        long count = ws.store().dsl().fetchCount(EVENT);
        // roll back five events, then write a consistent new history longer than the one signed
        ws.store().dsl().deleteFrom(EVENT).where(EVENT.SEQ.gt(count - 5L)).execute();
        for (int i = 0; i < 10; i++) {
            ws.store().write(tx -> new EventLog(clock).append(tx, EventDraft.of(ws.session().userId(),
                    EventAction.SETTING_CHANGED, Map.of("setting", "x"))));
        }
        assertTrue(ws.store().dsl().fetchCount(EVENT) > count);
        assertEquals(CheckpointVerdict.DIVERGED, ws.audit().compare(ws.session(), kept));
    }

    @Test
    void aForgedAnUnsignedAForeignOrAnUnregisteredCheckpointIsRefusedBeforeAnyComparison() {
        String kept = signedNow();
        String forged = kept.replaceFirst("count=(\\d+)", "count=3");
        assertEquals(CheckpointVerdict.BAD_SIGNATURE, ws.audit().compare(ws.session(), forged));
        String unsigned = ws.audit().checkpoint(ws.session()).toText();
        assertEquals(CheckpointVerdict.NOT_SIGNED, ws.audit().compare(ws.session(), unsigned));
        assertEquals(CheckpointVerdict.NOT_SIGNED, ws.audit().compare(ws.session(), kept.lines().limit(6)
                .reduce("", (a, b) -> a + b + "\n")), "the signature line cut off");

        try (TeamLeadKeys stranger = TeamLeadKeys.generate()) {
            SignedCheckpoint bySomeoneElse = SignedCheckpoint.sign(ws.audit().checkpoint(ws.session()),
                    ws.auditKeys().storeFingerprint(ws.session()), stranger);
            assertEquals(CheckpointVerdict.SIGNER_NOT_REGISTERED, ws.audit().compare(ws.session(), bySomeoneElse.toText()));
            assertEquals(AuditFileException.Reason.KEY_NOT_REGISTERED, assertThrows(AuditFileException.class,
                    () -> ws.audit().signedCheckpoint(ws.session(), stranger)).reason());
        }
        try (Workspace other = AuditFixture.store(dir.resolve("b"), clock)) {
            other.auditKeys().register(other.session(), lead.publicKey());
            String ofOther = other.audit().signedCheckpoint(other.session(), lead).toText();
            assertEquals(CheckpointVerdict.OTHER_STORE, ws.audit().compare(ws.session(), ofOther));
        }
        assertEquals(CheckpointVerdict.GREW_FROM, ws.audit().compare(ws.session(), kept), "the genuine one still passes");
    }
}
