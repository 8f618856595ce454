package app.gendan.domain;

/**
 * A little heap set aside so that, when a file too big for the heap bound runs the app out of
 * memory, there is room left to unwind, log and say so in words. Without it the handler that
 * would say "this file needs more memory" can itself fail for want of a few kilobytes, and the
 * user sees an OutOfMemoryError instead.
 */
public final class MemoryReserve {
    private static final int SIZE = 2 << 20;
    private static volatile byte[] reserve = new byte[SIZE];

    private MemoryReserve() {}

    /** Lets go of the reserve: called first thing when an OutOfMemoryError is caught. */
    public static void release() {
        reserve = null;
    }

    /** Sets the reserve aside again once the work that ran out has let go of its memory. */
    public static void refill() {
        if (reserve == null) {
            try {
                reserve = new byte[SIZE];
            } catch (OutOfMemoryError e) {
                // still short: the next refill tries again
            }
        }
    }

    /** The heap bound in MB, for messages. */
    public static long boundMb() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }
}
