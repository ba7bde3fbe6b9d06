package org.custodian.app.support;

import java.time.Instant;
import java.util.Map;
import org.custodian.core.intake.IntakeForm;
import org.custodian.core.workspace.Workspace;

/** Synthetic customers saved through core's intake, as an agent's call would save them. */
public final class Customers {

    public static final Map<String, String> SAM = Map.of("nature", "Open an account", "name", "Sam Sample", "dob", "14/03/1985",
            "phone", "07700 900123", "email", "sam.sample@example.com", "postcode", "sw1a1aa", "address", "1 Example Street",
            "actions", "Account opened", "outcome", "Customer happy");

    private Customers() {
    }

    /** Saves a new customer with the new-customer script; returns the customer's id. */
    public static long save(Workspace workspace, Map<String, String> answers) {
        var script = workspace.scripts().scripts().stream().filter(s -> s.id().equals("new-customer")).findFirst().orElseThrow();
        return workspace.intake().save(workspace.session(), new IntakeForm(script, answers, null, Instant.now().minusSeconds(60)),
                null, true).customerId();
    }

    /** Sam Sample with another name, phone and email, for a store with several people in it. */
    public static Map<String, String> like(String name, String phone, String email) {
        var answers = new java.util.HashMap<>(SAM);
        answers.put("name", name);
        answers.put("phone", phone);
        answers.put("email", email);
        return answers;
    }
}
