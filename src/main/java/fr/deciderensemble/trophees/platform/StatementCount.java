package fr.deciderensemble.trophees.platform;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements JPA runs on a thread between {@link #start()} and {@link #stop()}: how a page proves
 * that its cost does not grow with its rows (web.ServerTiming). Registered on the persistence unit; on a thread
 * that did not start counting it does nothing.
 */
public class StatementCount extends SessionEventAdapter {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    public static void start() {
        COUNT.set(new int[1]);
    }

    /** The statements run since {@link #start()} on this thread. */
    public static int stop() {
        int[] count = COUNT.get();
        COUNT.remove();
        return count == null ? 0 : count[0];
    }

    @Override
    public void preExecuteCall(SessionEvent event) {
        int[] count = COUNT.get();
        if (count != null) {
            count[0]++;
        }
    }
}
