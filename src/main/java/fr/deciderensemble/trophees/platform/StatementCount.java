package fr.deciderensemble.trophees.platform;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;

/**
 * Counts the SQL statements a thread runs between {@link #start()} and {@link #stop()}: how a page proves that its
 * cost does not grow with its rows (web.ServerTiming). It counts at the driver's connection, so that every statement
 * is seen, the process engine's and the login's included, not only those of JPA. Only connections opened through
 * {@link #counting(Connection)} count, and {@link ConfiguredDataSource} opens them so only when the count is on; on
 * a thread that did not start counting they count nothing.
 */
public final class StatementCount {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    private StatementCount() {
    }

    public static void start() {
        COUNT.set(new int[1]);
    }

    /** The statements run since {@link #start()} on this thread, which stops counting. */
    public static int stop() {
        int[] count = COUNT.get();
        COUNT.remove();
        return count == null ? 0 : count[0];
    }

    /** The statements run so far since {@link #start()} on this thread. */
    public static int sinceStart() {
        int[] count = COUNT.get();
        return count == null ? 0 : count[0];
    }

    /** The connection, whose statements count each execution on the thread that runs it. */
    static Connection counting(Connection connection) {
        Connection[] counted = new Connection[1];
        counted[0] = wrap(Connection.class, (method, args) -> {
            Object result = method.invoke(connection, args);
            return result instanceof Statement statement && method.getReturnType().isInterface()
                    ? wrap(method.getReturnType(), (call, callArgs) -> {
                        if (call.getName().equals("getConnection")) {
                            return counted[0]; // the statement's connection is the counted one
                        }
                        if (call.getName().startsWith("execute")) {
                            int[] count = COUNT.get();
                            if (count != null) {
                                count[0]++;
                            }
                        }
                        return call.invoke(statement, callArgs);
                    })
                    : result;
        });
        return counted[0];
    }

    /** A call on a proxy, whose exceptions reach the caller as the wrapped object threw them. */
    private interface Call {
        Object on(Method method, Object[] args) throws Exception;
    }

    /** A proxy of the type that passes its calls on, equal to itself only, as a JDBC object is. */
    private static <T> T wrap(Class<T> type, Call call) {
        InvocationHandler handler = (proxy, method, args) -> {
            switch (method.getName()) {
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                default:
                    try {
                        return call.on(method, args);
                    } catch (InvocationTargetException thrown) {
                        throw thrown.getCause();
                    }
            }
        };
        return type.cast(Proxy.newProxyInstance(StatementCount.class.getClassLoader(), new Class<?>[] {type},
                handler));
    }
}
