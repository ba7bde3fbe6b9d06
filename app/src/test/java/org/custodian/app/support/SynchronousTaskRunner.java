package org.custodian.app.support;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.custodian.app.common.TaskRunner;

/** Runs the work at once on the calling thread, so view-model tests need no toolkit and no waiting. */
public final class SynchronousTaskRunner implements TaskRunner {

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
