package org.custodian.core.handover;

import static org.custodian.core.store.schema.Tables.DEPARTMENT;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Departments whose queues take handovers. No personal data, so no row MAC (like purposes and scripts). */
public final class DepartmentRepository {

    public List<Department> all(DSLContext dsl) {
        return dsl.selectFrom(DEPARTMENT).orderBy(DEPARTMENT.NAME)
                .fetch(r -> new Department(r.getCode(), r.getName(), r.getActive()));
    }

    public Optional<Department> find(DSLContext dsl, String code) {
        return dsl.selectFrom(DEPARTMENT).where(DEPARTMENT.CODE.eq(code)).fetchOptional()
                .map(r -> new Department(r.getCode(), r.getName(), r.getActive()));
    }

    public boolean nameTaken(DSLContext dsl, String name) {
        return dsl.fetchExists(DEPARTMENT, DEPARTMENT.NAME.equalIgnoreCase(name));
    }

    public Department insert(DSLContext tx, String code, String name, Instant at, long by) {
        tx.insertInto(DEPARTMENT).set(DEPARTMENT.CODE, code).set(DEPARTMENT.NAME, name).set(DEPARTMENT.ACTIVE, true)
                .set(DEPARTMENT.CREATED_AT, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).set(DEPARTMENT.CREATED_BY, by).execute();
        return new Department(code, name, true);
    }

    public void setActive(DSLContext tx, String code, boolean active) {
        tx.update(DEPARTMENT).set(DEPARTMENT.ACTIVE, active).where(DEPARTMENT.CODE.eq(code)).execute();
    }
}
