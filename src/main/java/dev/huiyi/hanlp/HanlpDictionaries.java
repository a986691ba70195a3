package dev.huiyi.hanlp;

import com.hankcs.hanlp.HanLP;
import dev.huiyi.api.ModelException;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * HanLP's process-wide dictionaries that our segmenter uses (core, bigram, person names, its bundled custom
 * dictionary; not the place and organisation role dictionaries, see {@link HanlpSegmenter}).
 * HanLP loads them itself, once per JVM, the first time a segmenter runs; they take most of a cold start. A
 * command line can start that load before it parses its arguments ({@link #preloadInBackground()}), so that
 * the two overlap. Loading is only what HanLP does on first use anyway: no configuration or dictionary of
 * HanLP's is changed.
 */
public final class HanlpDictionaries {
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final FutureTask<Void> LOAD = new FutureTask<>(() -> {
        HanLP.newSegment()
                .enableNameRecognize(true)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .seg("科技部党组书记、部长王志刚在京主持召开座谈会。");
        return null;
    });

    private HanlpDictionaries() {
    }

    /** Starts loading on a daemon thread; later calls (and {@link #awaitLoaded()}) share that one load. */
    public static void preloadInBackground() {
        if (STARTED.compareAndSet(false, true)) {
            Thread thread = new Thread(LOAD, "huiyi-hanlp-preload");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /**
     * Returns once HanLP's dictionaries are loaded: loads them on this thread unless a preload has started.
     * Every HanLP class initialisation of ours goes through here first, so they never race on two threads.
     */
    static void awaitLoaded() {
        if (STARTED.compareAndSet(false, true)) {
            LOAD.run();
        }
        try {
            LOAD.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelException("interrupted while loading HanLP", e);
        } catch (ExecutionException e) {
            throw new ModelException("HanLP failed to initialise: " + e.getCause(), e.getCause());
        }
    }
}
