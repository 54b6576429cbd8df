package org.rapaio.jupyter.kernel.channels;

/**
 * Corrected copy of the class of the same name in rapaio-jupyter-kernel 3.0.1, compiled by
 * notebooks/setup.sh and put ahead of the kernel jar on the kernel's class path.
 *
 * <p>Written from the jar's bytecode ({@code javap -c -p}). Fields, constructor and method
 * signatures are the jar's; only {@link #start()} differs.
 *
 * <p>The bug: the jar's {@code start()} calls {@code super.start()} first and sets
 * {@code running = true} after it. The new thread can reach {@code while (running)} before the
 * flag is set, see {@code false} and end at once. When that happens to a channel's loop, the
 * kernel never answers that channel, and Jupyter gives up after 60 s with "Kernel didn't
 * respond" (6 starts in 40 with the stock jar on a busy 2-core machine). Setting the flag before
 * the thread starts closes the race; {@code Thread.start()} makes the write visible to the new
 * thread. {@link Channels} fixes the second start-up race.
 */
public final class LoopThread extends Thread {

    private volatile boolean running = false;
    private final long sleep;
    private final Runnable loopBody;

    public LoopThread(String name, long sleep, Runnable loopBody) {
        super(name);
        this.sleep = sleep;
        this.loopBody = loopBody;
    }

    @Override
    public void run() {
        while (running) {
            loopBody.run();
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                running = false;
                return;
            }
        }
    }

    @Override
    public synchronized void start() {
        running = true; // before the thread exists, so its first check of the loop sees true
        super.start();
    }

    public void shutdown() {
        running = false;
    }
}
