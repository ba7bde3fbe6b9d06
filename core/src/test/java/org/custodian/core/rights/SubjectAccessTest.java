package org.custodian.core.rights;

import static org.custodian.core.rights.EveryKindOfData.*;
import static org.custodian.core.store.schema.Tables.EVENT;
import static org.custodian.core.workspace.TestStores.*;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.custodian.core.auth.Role;
import org.custodian.core.errors.AccessDeniedException;
import org.custodian.core.errors.InvalidInputException;
import org.custodian.core.workspace.MutableClock;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubjectAccessTest {

    @TempDir
    Path dir;
    @TempDir
    Path out;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private Workspace ws;
    private long customerId;

    @BeforeEach
    void open() {
        ws = setUp(custodian(dir, clock));
        customerId = EveryKindOfData.seed(ws, clock);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private long accessRequest(IdentityStatus identity) {
        return ws.rights().requests().log(ws.session(), customerId, RightKind.ACCESS, LocalDate.of(2026, 11, 24), identity)
                .request().id();
    }

    @Test
    void aSubjectAccessExportHoldsEveryKindOfDataInBothFiles() throws Exception {
        long request = accessRequest(IdentityStatus.NOT_NEEDED);
        Path html = out.resolve("sar.html");
        Path json = out.resolve("sar.json");
        SubjectAccessReport report = ws.rights().subjectAccess().export(ws.session(), request, html, json);

        for (String key : List.of("record", "contact_points", "consents", "interactions", "corrections", "special_category",
                "identity_checks", "flags", "third_parties", "disclosures", "handovers", "rights_requests", "access_events")) {
            assertFalse(report.section(key).rows().isEmpty(), key + " is in the export");
        }
        assertEquals(2, report.section("contact_points").rows().size());
        assertEquals(4, report.section("consents").rows().size(), "one consent per marketing channel");
        assertEquals(2, report.section("interactions").rows().size());
        assertTrue(report.section("access_events").rows().stream().anyMatch(r -> r.get("What").equals("CUSTOMER_VIEWED")
                && r.get("Purpose").equals(ACCOUNT)), "a view with its purpose");

        String htmlText = Files.readString(html, StandardCharsets.UTF_8);
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        for (String value : List.of(NAME, PHONE_E164, EMAIL, ADDRESS, ADDRESS_NOW, NATURE, HEALTH, THIRD_PARTY, HANDOVER_NEED, DOB)) {
            assertTrue(htmlText.contains(value), "HTML holds " + value);
            assertTrue(root.toString().contains(value), "JSON holds " + value);
        }
        assertEquals(NAME, root.get("record").get(0).get("Full name").asText());
        assertEquals(2, root.get("contact_points").size());

        var exported = ws.store().dsl().select(EVENT.DETAILS, EVENT.SUBJECT_KEY).from(EVENT)
                .where(EVENT.ACTION.eq("SUBJECT_ACCESS_EXPORTED")).fetchOne();
        assertNotNull(exported, "the export is an event");
        assertTrue(exported.value1().contains("interactions=2"));
        assertFalse(exported.value1().contains("Quentin"));
        assertEquals(ws.store().subjectKeys().forCustomer(customerId), exported.value2());
    }

    @Test
    void theHtmlEscapesMarkupInTheData() throws Exception {
        ws.records().rectify(ws.session(), new org.custodian.core.records.Rectification(customerId, ACCOUNT,
                org.custodian.core.gdpr.Field.ADDRESS, null, "<b>12</b> Quay & Dock", org.custodian.core.records.RectificationReason.DETAILS_CHANGED, null));
        long request = accessRequest(IdentityStatus.NOT_NEEDED);
        Path html = out.resolve("escaped.html");
        ws.rights().subjectAccess().export(ws.session(), request, html, out.resolve("escaped.json"));
        String text = Files.readString(html);
        assertTrue(text.contains("&lt;b&gt;12&lt;/b&gt; Quay &amp; Dock"));
        assertFalse(text.contains("<b>12"));
    }

    @Test
    void noExportWhileIdentityIsAwaitedNorByAnAgent() {
        long request = accessRequest(IdentityStatus.AWAITING);
        var refused = assertThrows(InvalidInputException.class,
                () -> ws.rights().subjectAccess().export(ws.session(), request, out.resolve("a.html"), out.resolve("a.json")));
        assertEquals("rights.id-awaited", refused.violations().get(0).code());
        assertFalse(Files.exists(out.resolve("a.json")), "nothing written");

        ws.rights().requests().identityVerified(ws.session(), request, LocalDate.of(2026, 11, 24));
        var agentUser = ws.users().add(ws.session(), AGENT, AGENT_NAME, Role.AGENT, pw(AGENT_PASSWORD));
        var agent = new org.custodian.core.auth.Session(agentUser.id(), AGENT, AGENT_NAME, Role.AGENT);
        assertThrows(AccessDeniedException.class,
                () -> ws.rights().subjectAccess().export(agent, request, out.resolve("b.html"), out.resolve("b.json")));
        assertFalse(Files.exists(out.resolve("b.json")));
    }
}
