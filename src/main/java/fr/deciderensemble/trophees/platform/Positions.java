package fr.deciderensemble.trophees.platform;

import java.util.ArrayList;
import java.util.List;

/** Moving one entry of an ordered list by one place, as staff's "up" and "down" buttons do. */
public final class Positions {

    private Positions() {
    }

    /** The list with the entry at {@code index} swapped with its neighbour; unchanged at either end. */
    public static <T> List<T> moved(List<T> list, int index, int offset) {
        List<T> moved = new ArrayList<>(list);
        int target = index + offset;
        if (index >= 0 && index < list.size() && target >= 0 && target < list.size()) {
            moved.set(index, list.get(target));
            moved.set(target, list.get(index));
        }
        return moved;
    }
}
