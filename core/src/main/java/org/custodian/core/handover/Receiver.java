package org.custodian.core.handover;

import java.util.Objects;

/** Who a handover goes to: one named colleague, or a department's queue that any colleague may take from. */
public sealed interface Receiver {

    /** What people see in a list of receivers. */
    String label();

    record Colleague(long userId, String displayName, String username) implements Receiver {
        public Colleague {
            Objects.requireNonNull(displayName, "displayName");
            Objects.requireNonNull(username, "username");
        }

        @Override
        public String label() {
            return displayName + " (" + username + ")";
        }
    }

    record Queue(String code, String name) implements Receiver {
        public Queue {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String label() {
            return name + " (department queue)";
        }
    }
}
