package org.custodian.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Process start to login window shown, on the real app in fresh JVMs (headless Monocle, software rendering). */
final class ColdStart {

    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Djava.awt.headless=true");

    private ColdStart() {
    }

    static void run(Path dir, int rounds) throws Exception {
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            ChildJvm.Result result = ChildJvm.run(ColdStartProbe.class, HEADLESS, List.of(),
                    Map.of("CUSTODIAN_HOME", dir.toString()), null, "login-shown");
            samples.add((result.nanosAtLine("login-shown") - result.startedNanos()) / 1e6);
        }
        Bench.say("cold start samples ms (headless Monocle, software rendering): " + Bench.rounded(samples));
        Bench.figure("cold_start_ms_median", Bench.median(samples), "ms");
    }
}
