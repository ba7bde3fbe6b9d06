package org.custodian.app.home;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.custodian.core.auth.Role;
import org.custodian.core.auth.Session;

/** The shell around every page: who is signed in, which pages their role can use, which one is open. */
public final class HomeViewModel {

    private final Session session;
    private final Runnable onLock;
    private final Runnable onLogOut;
    private final ObjectProperty<Page> current = new SimpleObjectProperty<>(this, "current", Page.INTAKE);

    public HomeViewModel(Session session, Runnable onLock, Runnable onLogOut) {
        this.session = session;
        this.onLock = onLock;
        this.onLogOut = onLogOut;
    }

    public List<Page> pages() {
        return Arrays.stream(Page.values()).filter(p -> !p.teamLeadOnly() || session.is(Role.TEAM_LEAD)).toList();
    }

    public String signedIn() {
        return session.displayName() + " (" + session.username() + ")";
    }

    public String role() {
        return session.role().label();
    }

    public ObjectProperty<Page> currentProperty() {
        return current;
    }

    public void open(Page page) {
        if (pages().contains(page)) {
            current.set(page);
        }
    }

    public void lock() {
        onLock.run();
    }

    public void logOut() {
        onLogOut.run();
    }
}
