package org.custodian.core.acceptance;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.custodian.core.crypto.Passphrase;
import org.custodian.core.customers.Customer;
import org.custodian.core.store.DataDirectory;
import org.custodian.core.workspace.Custodian;
import org.custodian.core.workspace.Workspace;

/**
 * Child-JVM main for {@link KillAfterSpaceReuseTest}: warms up, prints READY, reads "username password" from stdin,
 * logs in, registers {@code args[1]} customers printing {@code SAVED <reference>} after each register returned,
 * prints IDLE and then does nothing until it is killed (a user who saved and walked away).
 */
public final class SaveAndIdle {

    private SaveAndIdle() {
    }

    public static void main(String[] args) throws Exception {
        // raw stdout, flushed by hand: the parent must see a line as soon as it is written
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.setOut(System.err); // log lines go to stderr, not into the protocol
        try {
            Custodian custodian = new Custodian(DataDirectory.at(Path.of(args[0])), Clock.systemUTC());
            custodian.warmUp();
            out.println("READY");
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String[] credentials = in.readLine().split(" ", 2);
            Workspace workspace = custodian.logIn(credentials[0], Passphrase.copyOf(credentials[1]));
            int count = Integer.parseInt(args[1]);
            for (int i = 0; i < count; i++) {
                Customer customer = workspace.customers().register(workspace.session(), "Sam Sample " + i);
                out.println("SAVED " + customer.reference());
                out.flush();
            }
            out.println("IDLE");
            out.flush();
            Thread.sleep(Long.MAX_VALUE);
        } catch (Throwable t) {
            out.println("FAILED " + t.getClass().getName());
            out.flush();
            t.printStackTrace();
            System.exit(3);
        }
    }
}
