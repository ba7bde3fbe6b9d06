package org.custodian.core.audit;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.custodian.core.audit.keys.TeamLeadKeys;
import org.custodian.core.audit.pack.AuditPackFormat;
import org.custodian.core.audit.pack.PackContents;
import org.custodian.core.audit.pack.PackEntry;
import org.custodian.core.audit.pack.PackRequest;
import org.custodian.core.crypto.Signing;
import org.custodian.core.errors.AuditFileException;
import org.custodian.core.errors.AuditFileException.Reason;
import org.custodian.core.events.Event;
import org.custodian.core.workspace.MutableClock;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditPackTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private Workspace storeA;
    private Workspace storeB;
    private TeamLeadKeys lead;
    private String fpA;
    private String fpB;

    @BeforeEach
    void open() {
        lead = TeamLeadKeys.generate();
        storeA = AuditFixture.store(dir.resolve("a"), clock);
        storeB = AuditFixture.store(dir.resolve("b"), clock);
        for (Workspace ws : List.of(storeA, storeB)) {
            ws.auditKeys().register(ws.session(), lead.publicKey());
        }
        fpA = storeA.auditKeys().storeFingerprint(storeA.session());
        fpB = storeB.auditKeys().storeFingerprint(storeB.session());
        AuditFixture.intake(storeA, clock, "Priya Shah", "321");
        AuditFixture.intake(storeB, clock, "Tom Example", "322");
        AuditFixture.intake(storeB, clock, "Ana Sample", "323");
    }

    @AfterEach
    void close() {
        storeA.close();
        storeB.close();
        lead.close();
    }

    private byte[] export(Workspace ws) {
        return ws.auditPacks().export(ws.session(), new PackRequest(AuditFixture.dayStart(clock), clock.now.plusSeconds(1), null),
                lead.publicKey().fingerprint());
    }

    @Test
    void packsFromTwoStoresWithDifferentKeysOpenWithTheirEntriesAndAnIntactChain() {
        assertNotEquals(fpA, fpB, "each store has its own key");
        PackContents a = AuditPackFormat.open(export(storeA), lead, Set.of(fpA, fpB)::contains);
        PackContents b = AuditPackFormat.open(export(storeB), lead, Set.of(fpA, fpB)::contains);
        assertEquals(fpA, a.storeFingerprint());
        assertEquals(fpB, b.storeFingerprint());
        assertEquals(1, a.entries().size());
        assertEquals(2, b.entries().size());
        assertEquals(1, a.firstSeq(), "the window reaches back to the store's first event");
        assertEquals(storeA.store().dsl().fetchCount(org.custodian.core.store.schema.Tables.EVENT) - 1, a.headCount(),
                "the export's own event follows the head the pack carries");
        PackEntry entry = a.entries().get(0);
        assertTrue(entry.readBack());
        assertTrue(entry.recordedFields().containsAll(Set.of("FULL_NAME", "PHONE", "EMAIL", "POSTCODE")));
        assertEquals("CONTRACT", entry.lawfulBasis());
    }

    @Test
    void thePackHoldsNoNameOrValueOfTheCustomer() {
        byte[] content = AuditPackFormat.contentBytes(AuditPackFormat.open(export(storeA), lead, fpA::equals));
        String text = new String(content, java.nio.charset.StandardCharsets.UTF_8);
        for (String personal : List.of("Priya", "Shah", "900321", "example.com", "SW1A", "Example Street", "1985",
                "Open an account", "Account opened")) {
            assertFalse(text.contains(personal), "the pack must not carry " + personal);
        }
    }

    @Test
    void everySingleByteChangeAndEveryCutIsRefused() {
        byte[] pack = export(storeA);
        assertNotNull(AuditPackFormat.open(pack, lead, fpA::equals));
        List<Integer> accepted = new ArrayList<>();
        for (int i = 0; i < pack.length; i++) {
            byte[] changed = pack.clone();
            changed[i] ^= (byte) (1 << (i % 8));
            try {
                AuditPackFormat.open(changed, lead, fpA::equals);
                accepted.add(i);
            } catch (AuditFileException expected) {
                // refused, as it must be
            }
        }
        assertEquals(List.of(), accepted, "positions whose change was accepted (of " + pack.length + ")");
        for (int length = 0; length < pack.length; length += Math.max(1, length / 7)) {
            byte[] cut = Arrays.copyOf(pack, length);
            assertThrows(AuditFileException.class, () -> AuditPackFormat.open(cut, lead, fpA::equals), "cut to " + length);
        }
        byte[] appended = Arrays.copyOf(pack, pack.length + 1);
        assertEquals(Reason.PACK_DAMAGED, assertThrows(AuditFileException.class,
                () -> AuditPackFormat.open(appended, lead, fpA::equals)).reason());
    }

    @Test
    void aForeignPackIsRefusedWithItsReason() {
        assertEquals(Reason.UNKNOWN_STORE, assertThrows(AuditFileException.class,
                () -> AuditPackFormat.open(export(storeB), lead, fpA::equals)).reason(), "a store the lead never trusted");
        try (TeamLeadKeys otherLead = TeamLeadKeys.generate()) {
            storeA.auditKeys().register(storeA.session(), otherLead.publicKey());
            byte[] forOther = storeA.auditPacks().export(storeA.session(), new PackRequest(AuditFixture.dayStart(clock),
                    clock.now.plusSeconds(1), null), otherLead.publicKey().fingerprint());
            assertEquals(Reason.NOT_FOR_THIS_KEY, assertThrows(AuditFileException.class,
                    () -> AuditPackFormat.open(forOther, lead, fpA::equals)).reason(), "a pack for another team lead");
            assertNotNull(AuditPackFormat.open(forOther, otherLead, fpA::equals), "which that lead can open");
        }
        assertEquals(Reason.NOT_A_PACK, assertThrows(AuditFileException.class,
                () -> AuditPackFormat.open("not a pack at all, just some text long enough to pass the length check ........."
                        .repeat(3).getBytes(), lead, fpA::equals)).reason());
        assertEquals(Reason.KEY_NOT_REGISTERED, assertThrows(AuditFileException.class, () -> storeA.auditPacks().export(
                storeA.session(), new PackRequest(AuditFixture.dayStart(clock), clock.now, null), "0000 0000")).reason());
    }

    @Test
    void aSignedPackWhoseEventsDoNotChainIsRefused() {
        PackContents genuine = AuditPackFormat.open(export(storeA), lead, fpA::equals);
        List<Event> events = new ArrayList<>(genuine.events());
        Event third = events.get(2);
        events.set(2, new Event(third.seq(), third.occurredAt(), third.actorId(), third.action() + "_X", third.purpose(), third.subjectKey(),
                third.details(), third.prevHash(), third.hash()));
        byte[] storePrivate = Signing.newPrivateKey();
        byte[] storePublic = Signing.publicKeyOf(storePrivate);
        String fp = org.custodian.core.audit.keys.Fingerprints.ofStore(storePublic);
        PackContents rewritten = new PackContents(genuine.packId(), fp, genuine.recipientFingerprint(), genuine.createdAt(),
                genuine.from(), genuine.to(), null, genuine.firstSeq(), genuine.anchorHash(), events, genuine.entries());
        byte[] content = AuditPackFormat.contentBytes(rewritten);
        byte[] signature = Signing.sign(storePrivate, "custodian/audit-pack/v1", AuditPackFormat.signedMessage(lead.publicKey(), content));
        byte[] pack = AuditPackFormat.seal(lead.publicKey(), storePublic, signature, content);
        assertEquals(Reason.CHAIN_BROKEN, assertThrows(AuditFileException.class,
                () -> AuditPackFormat.open(pack, lead, fp::equals)).reason());
        byte[] badSignature = AuditPackFormat.seal(lead.publicKey(), storePublic, new byte[64], content);
        assertEquals(Reason.BAD_SIGNATURE, assertThrows(AuditFileException.class,
                () -> AuditPackFormat.open(badSignature, lead, fp::equals)).reason());
    }
}
