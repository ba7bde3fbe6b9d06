package org.custodian.app.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (key derivation, opening the store) away from the UI thread and hands the result back on it.
 * View models take this interface so their tests can run the work synchronously, without a toolkit.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs a small update (progress from running work) on the UI thread; at once, where there is no UI thread. */
    default void onUi(Runnable update) {
        update.run();
    }
}
