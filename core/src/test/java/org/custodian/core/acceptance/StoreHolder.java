package org.custodian.core.acceptance;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.store.DataDirectory;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;

/**
 * Child-JVM main for {@link StoreInUseTest}: reads "username password", logs in, prints OPEN, keeps the store open
 * until a line CLOSE arrives (or stdin ends), then logs out and prints CLOSED.
 */
public final class StoreHolder {

    private StoreHolder() {
    }

    public static void main(String[] args) {
        java.io.PrintStream out = System.out;
        System.setOut(System.err); // log lines (console appender) go to stderr, not into the protocol
        try {
            Custodian custodian = new Custodian(DataDirectory.at(Path.of(args[0])), Clock.systemUTC());
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String[] credentials = in.readLine().split(" ", 2);
            Workspace workspace = custodian.logIn(credentials[0], Passphrase.copyOf(credentials[1]));
            out.println("OPEN");
            out.flush();
            for (String line = in.readLine(); line != null && !line.equals("CLOSE"); line = in.readLine()) {
                // wait
            }
            workspace.logOut();
            out.println("CLOSED");
            out.flush();
        } catch (Throwable t) {
            out.println("FAILED " + t.getClass().getName());
            out.flush();
            t.printStackTrace();
            System.exit(3);
        }
    }
}
