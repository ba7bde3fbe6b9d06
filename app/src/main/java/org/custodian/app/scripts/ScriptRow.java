package org.custodian.app.scripts;

import org.custodian.core.gdpr.Purpose;
import org.custodian.core.scripts.Script;

/** One active script as the team lead sees it, with the purpose it serves and that purpose's lawful basis. */
public record ScriptRow(Script script, String title, String id, int version, String enquiryType, String purpose,
                        String lawfulBasis) {

    static ScriptRow of(Script script, Purpose purpose) {
        return new ScriptRow(script, script.title(), script.id(), script.version(), script.enquiryType().label(),
                purpose.name(), purpose.basis().label() + ", " + purpose.basis().article().replace("UK GDPR ", ""));
    }
}
