package org.custodian.bench;

import java.nio.file.Path;

/** Process start to login window shown, measured on the real app in fresh JVMs. */
final class ColdStart {

    private ColdStart() {
    }

    static void run(Path dir, int rounds) {
        Bench.say("cold start: not measured yet (needs the app's login window)");
    }
}
