package org.custodian.core.store;

import static org.custodian.core.store.schema.Tables.CUSTOMER;
import static org.custodian.core.workspace.TestStores.*;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Instant;
import org.custodian.core.customers.CustomerRepository;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdBlocksTest {

    @TempDir
    Path dir;

    @Test
    void aReservedBlockIsNeverHandedOutAgainEvenWhenItsTransactionRollsBackOrTheStoreReopens() {
        Custodian custodian = custodian(dir);
        long afterReopen;
        long lastBefore;
        try (Workspace ws = setUp(custodian)) {
            Store store = ws.store();
            long first = insert(ws);
            long block = store.write(tx -> IdBlocks.reserve(tx, CUSTOMER, CUSTOMER.ID, 10));
            assertEquals(first + 1, block, "the block starts where the identity stood");
            assertThrows(IllegalStateException.class, () -> store.write(tx -> {
                IdBlocks.reserve(tx, CUSTOMER, CUSTOMER.ID, 5);
                throw new IllegalStateException("the batch failed");
            }));
            lastBefore = insert(ws);
            assertEquals(block + 10 + 5, lastBefore, "neither the used nor the rolled-back block is reused");
        }
        try (Workspace ws = custodian.logIn(LEAD, pw(LEAD_PASSWORD))) {
            afterReopen = insert(ws);
            assertTrue(afterReopen > lastBefore);
            long block = ws.store().write(tx -> IdBlocks.reserve(tx, CUSTOMER, CUSTOMER.ID, 3));
            assertTrue(block > afterReopen);
            assertEquals(block + 3, insert(ws));
        }
    }

    private static long insert(Workspace ws) {
        CustomerRepository repository = new CustomerRepository(ws.store().rowMac());
        return ws.store().write(tx -> repository.insert(tx, org.custodian.core.customers.CustomerReferences.next(),
                "Sam Sample", Instant.now(), ws.session().userId()).id());
    }
}
