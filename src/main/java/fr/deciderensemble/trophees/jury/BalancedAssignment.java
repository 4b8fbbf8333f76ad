package fr.deciderensemble.trophees.jury;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.ToIntBiFunction;

/**
 * Gives each dossier its number of jurors as a minimum-cost flow, as HotCRP's autoassigner does: dossiers on one
 * side, jurors on the other, an arc wherever a juror may take a dossier. Choices already made stay. A juror's load
 * costs nothing up to the average, a high price for the one dossier above it and a prohibitive one beyond, so that
 * loads differ by at most one whenever conflicts allow it; within that, expertise decides. A dossier is given to a
 * juror at most once and never across a conflict. The result depends only on the input, in its order.
 */
public final class BalancedAssignment {

    private static final long INFINITE = Long.MAX_VALUE / 4;

    /** A dossier given to a juror, or a conflict between them. */
    public record Pair(long dossier, long juror) {
    }

    /** A dossier that could not have all its jurors: how many it lacks, and how many jurors were free of conflict. */
    public record Shortfall(long dossier, int missing, int jurorsWithoutConflict) {
    }

    /**
     * What the assignment would add, each juror's load once it is applied, and what it could not do.
     * {@code balanced} says whether loads differ by at most one.
     */
    public record Plan(List<Pair> added, Map<Long, Integer> loads, List<Shortfall> shortfalls, boolean balanced) {

        public Plan {
            added = List.copyOf(added);
            loads = Map.copyOf(loads);
            shortfalls = List.copyOf(shortfalls);
        }

        public boolean complete() {
            return shortfalls.isEmpty();
        }
    }

    private BalancedAssignment() {
    }

    /**
     * @param dossiers    the dossiers to staff, in a stable order
     * @param jurors      the jurors who may take them, in a stable order
     * @param perDossier  how many jurors each dossier should have in all
     * @param existing    assignments already made, kept as they are
     * @param conflicts   pairs that must never be assigned
     * @param preference  0 where the juror's expertise fits the dossier, 1 where it does not
     */
    public static Plan plan(List<Long> dossiers, List<Long> jurors, int perDossier, Collection<Pair> existing,
            Collection<Pair> conflicts, ToIntBiFunction<Long, Long> preference) {
        if (perDossier < 1) {
            throw new IllegalArgumentException("perDossier must be at least 1");
        }
        Set<Pair> taken = new HashSet<>(existing);
        Set<Pair> forbidden = new HashSet<>(conflicts);
        Map<Long, Integer> loads = new LinkedHashMap<>();
        jurors.forEach(juror -> loads.put(juror, 0));
        Map<Long, Integer> have = new HashMap<>();
        for (Pair pair : existing) {
            loads.computeIfPresent(pair.juror(), (juror, load) -> load + 1);
            have.merge(pair.dossier(), 1, Integer::sum);
        }
        int wanted = 0;
        int[] need = new int[dossiers.size()];
        for (int d = 0; d < dossiers.size(); d++) {
            need[d] = Math.max(0, perDossier - have.getOrDefault(dossiers.get(d), 0));
            wanted += need[d];
        }
        int totalLoad = loads.values().stream().mapToInt(Integer::intValue).sum() + wanted;
        int floor = jurors.isEmpty() ? 0 : totalLoad / jurors.size();

        // Balance outweighs expertise: one unit above the average costs more than every expertise miss together.
        long aboveAverage = wanted + 1L;
        long beyond = aboveAverage * (wanted + 1L);

        Flow flow = new Flow(dossiers.size() + jurors.size() + 2);
        int source = 0;
        int sink = dossiers.size() + jurors.size() + 1;
        int[] arcOf = new int[dossiers.size() * jurors.size()];
        Arrays.fill(arcOf, -1);
        for (int d = 0; d < dossiers.size(); d++) {
            if (need[d] > 0) {
                flow.arc(source, 1 + d, need[d], 0);
                for (int j = 0; j < jurors.size(); j++) {
                    Pair pair = new Pair(dossiers.get(d), jurors.get(j));
                    if (!taken.contains(pair) && !forbidden.contains(pair)) {
                        arcOf[d * jurors.size() + j] = flow.arc(1 + d, 1 + dossiers.size() + j, 1,
                                preference.applyAsInt(pair.dossier(), pair.juror()));
                    }
                }
            }
        }
        for (int j = 0; j < jurors.size(); j++) {
            int load = loads.get(jurors.get(j));
            int node = 1 + dossiers.size() + j;
            flow.arc(node, sink, Math.max(0, floor - load), 0);
            flow.arc(node, sink, load <= floor ? 1 : 0, aboveAverage);
            flow.arc(node, sink, INFINITE, beyond);
        }
        flow.run(source, sink);

        List<Pair> added = new ArrayList<>();
        int[] got = new int[dossiers.size()];
        for (int d = 0; d < dossiers.size(); d++) {
            for (int j = 0; j < jurors.size(); j++) {
                int arc = arcOf[d * jurors.size() + j];
                if (arc >= 0 && flow.used(arc)) {
                    added.add(new Pair(dossiers.get(d), jurors.get(j)));
                    loads.merge(jurors.get(j), 1, Integer::sum);
                    got[d]++;
                }
            }
        }
        List<Shortfall> shortfalls = new ArrayList<>();
        for (int d = 0; d < dossiers.size(); d++) {
            if (got[d] < need[d]) {
                long dossier = dossiers.get(d);
                int free = (int) jurors.stream().filter(juror -> !forbidden.contains(new Pair(dossier, juror))).count();
                shortfalls.add(new Shortfall(dossier, need[d] - got[d], free));
            }
        }
        int min = loads.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        int max = loads.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return new Plan(added, loads, shortfalls, max - min <= 1);
    }

    /**
     * Minimum-cost maximum flow by successive shortest paths with potentials (Dijkstra), each phase pushing a
     * blocking flow over the arcs of zero reduced cost: few phases, as costs take few distinct values.
     */
    private static final class Flow {

        private final int nodes;
        private final List<int[]> adjacency = new ArrayList<>();
        private int[] to = new int[16];
        private long[] capacity = new long[16];
        private long[] cost = new long[16];
        private int arcs;

        Flow(int nodes) {
            this.nodes = nodes;
            for (int n = 0; n < nodes; n++) {
                adjacency.add(new int[0]);
            }
        }

        /** Adds an arc and its residual twin; returns the arc's index. */
        int arc(int from, int target, long arcCapacity, long arcCost) {
            if (arcs + 2 > to.length) {
                to = Arrays.copyOf(to, to.length * 2);
                capacity = Arrays.copyOf(capacity, capacity.length * 2);
                cost = Arrays.copyOf(cost, cost.length * 2);
            }
            int index = arcs;
            to[index] = target;
            capacity[index] = arcCapacity;
            cost[index] = arcCost;
            to[index + 1] = from;
            capacity[index + 1] = 0;
            cost[index + 1] = -arcCost;
            arcs += 2;
            append(from, index);
            append(target, index + 1);
            return index;
        }

        private void append(int node, int arc) {
            int[] list = adjacency.get(node);
            int[] longer = Arrays.copyOf(list, list.length + 1);
            longer[list.length] = arc;
            adjacency.set(node, longer);
        }

        /** Whether a unit-capacity arc carries flow: its twin then holds the unit. */
        boolean used(int arc) {
            return capacity[arc ^ 1] > 0;
        }

        void run(int source, int sink) {
            long[] potential = new long[nodes];
            long[] distance = new long[nodes];
            while (true) {
                Arrays.fill(distance, INFINITE);
                distance[source] = 0;
                PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> a[0] != b[0]
                        ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
                queue.add(new long[] {0, source});
                while (!queue.isEmpty()) {
                    long[] head = queue.poll();
                    int node = (int) head[1];
                    if (head[0] > distance[node]) {
                        continue;
                    }
                    for (int arc : adjacency.get(node)) {
                        if (capacity[arc] > 0) {
                            long next = distance[node] + cost[arc] + potential[node] - potential[to[arc]];
                            if (next < distance[to[arc]]) {
                                distance[to[arc]] = next;
                                queue.add(new long[] {next, to[arc]});
                            }
                        }
                    }
                }
                if (distance[sink] >= INFINITE) {
                    return;
                }
                for (int n = 0; n < nodes; n++) {
                    if (distance[n] < INFINITE) {
                        potential[n] += distance[n];
                    }
                }
                blockingFlow(source, sink, potential);
            }
        }

        /** Dinic's blocking flow over the arcs whose reduced cost is zero: all shortest paths of this phase at once. */
        private void blockingFlow(int source, int sink, long[] potential) {
            int[] level = new int[nodes];
            int[] next = new int[nodes];
            while (true) {
                Arrays.fill(level, -1);
                level[source] = 0;
                ArrayDeque<Integer> queue = new ArrayDeque<>();
                queue.add(source);
                while (!queue.isEmpty()) {
                    int node = queue.poll();
                    for (int arc : adjacency.get(node)) {
                        if (admissible(arc, node, potential) && level[to[arc]] < 0) {
                            level[to[arc]] = level[node] + 1;
                            queue.add(to[arc]);
                        }
                    }
                }
                if (level[sink] < 0) {
                    return;
                }
                Arrays.fill(next, 0);
                while (push(source, sink, INFINITE, level, next, potential) > 0) {
                    // Each push saturates a path; the level graph is rebuilt once none is left.
                }
            }
        }

        private boolean admissible(int arc, int from, long[] potential) {
            return capacity[arc] > 0 && cost[arc] + potential[from] - potential[to[arc]] == 0;
        }

        private long push(int node, int sink, long limit, int[] level, int[] next, long[] potential) {
            if (node == sink) {
                return limit;
            }
            int[] out = adjacency.get(node);
            for (; next[node] < out.length; next[node]++) {
                int arc = out[next[node]];
                int target = to[arc];
                if (level[target] == level[node] + 1 && admissible(arc, node, potential)) {
                    long pushed = push(target, sink, Math.min(limit, capacity[arc]), level, next, potential);
                    if (pushed > 0) {
                        capacity[arc] -= pushed;
                        capacity[arc ^ 1] += pushed;
                        return pushed;
                    }
                }
            }
            return 0;
        }
    }
}
