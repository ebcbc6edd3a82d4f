package no.medvirk.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Numbered pieces of work on a pool of threads, for the benchmarks: waits for all, and a failure fails the run. */
public final class Parallel {

    /** One numbered piece of work. */
    public interface Task {
        void run(int n) throws Exception;
    }

    private Parallel() {}

    public static void run(int threads, int tasks, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    task.run(n);
                    return null;
                }));
            }
            for (var future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
