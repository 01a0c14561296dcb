package vn.tthc.bench;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The load generator: calls made by a fixed number of clients as fast as answers come (closed loop, for a
 * capacity), or started at a fixed arrival rate whatever the answers do (open loop, for latencies at a given
 * rate). In the open loop a call's latency counts from the moment it was due, so a stalled server is not hidden by
 * calls that were never sent (coordinated omission).
 */
final class Load {

    /** One call; {@code i} counts from 0. True when the answer was the expected one. */
    @FunctionalInterface
    interface Call {
        boolean run(int i) throws Exception;
    }

    /** What a run did. {@code answeredAt[i]} is the System.nanoTime() of call i's answer (0 when it failed or never ran). */
    record Result(int ok, int failed, double seconds, Latencies latencies, long startedAt, long lastAnswerAt,
                  long[] answeredAt, String firstError) {

        double perSecond() {
            return ok / seconds;
        }

        /** Seconds from the first call's start to the last answer. */
        double secondsToLastAnswer() {
            return (lastAnswerAt - startedAt) / 1e9;
        }
    }

    private Load() {
    }

    /**
     * {@code clients} clients call in a loop until {@code duration} is over or {@code maxCalls} calls were made; the
     * rate is what was answered per second over the run.
     */
    static Result closed(int clients, Duration duration, int maxCalls, Call call) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong lastAnswer = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        Latencies latencies = new Latencies();
        long[] answeredAt = new long[Math.max(0, Math.min(maxCalls, 5_000_000))];
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            threads[c] = new Thread(() -> {
                while (System.nanoTime() < end) {
                    int i = next.getAndIncrement();
                    if (i >= maxCalls) {
                        return;
                    }
                    long t0 = System.nanoTime();
                    boolean success = invoke(call, i, firstError);
                    long t1 = System.nanoTime();
                    record(success, i, t1, t1 - t0, ok, failed, latencies, answeredAt, lastAnswer);
                }
            }, "bench-client-" + c);
            threads[c].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long stop = System.nanoTime();
        return new Result(ok.get(), failed.get(), (stop - start) / 1e9, latencies, start, lastAnswer.get(), answeredAt,
                firstError.get());
    }

    /**
     * Calls at {@code ratePerSecond} for {@code calls} calls, at most {@code maxInFlight} at a time (a call due while
     * all are busy waits, and its wait counts in its latency).
     */
    static Result open(double ratePerSecond, int calls, int maxInFlight, Call call) throws InterruptedException {
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong lastAnswer = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        Latencies latencies = new Latencies();
        long[] answeredAt = new long[calls];
        ExecutorService pool = Executors.newFixedThreadPool(maxInFlight, runnable -> {
            Thread thread = new Thread(runnable, "bench-open-loop");
            thread.setDaemon(true);
            return thread;
        });
        long interval = (long) (1e9 / ratePerSecond);
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int index = i;
            pool.execute(() -> {
                boolean success = invoke(call, index, firstError);
                long t1 = System.nanoTime();
                record(success, index, t1, t1 - due, ok, failed, latencies, answeredAt, lastAnswer);
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(5, TimeUnit.MINUTES)) {
            pool.shutdownNow();
        }
        long stop = System.nanoTime();
        return new Result(ok.get(), failed.get(), (stop - start) / 1e9, latencies, start, lastAnswer.get(), answeredAt,
                firstError.get());
    }

    private static boolean invoke(Call call, int i, AtomicReference<String> firstError) {
        try {
            return call.run(i);
        } catch (Exception e) {
            firstError.compareAndSet(null, e.toString());
            return false;
        }
    }

    private static void record(boolean success, int i, long answeredNanos, long latency, AtomicInteger ok, AtomicInteger failed,
                               Latencies latencies, long[] answeredAt, AtomicLong lastAnswer) {
        if (success) {
            ok.incrementAndGet();
            latencies.add(latency);
            if (i < answeredAt.length) {
                answeredAt[i] = answeredNanos;
            }
            lastAnswer.accumulateAndGet(answeredNanos, Math::max);
        } else {
            failed.incrementAndGet();
        }
    }
}
