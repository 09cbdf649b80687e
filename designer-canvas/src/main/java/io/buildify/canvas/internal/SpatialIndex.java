package io.buildify.canvas.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A uniform grid of buckets over model space for culling: each item is kept, with its bounding box, in every
 * bucket its box touches, so a viewport query visits only the buckets it overlaps instead of every item. When a
 * query would visit more buckets than there are items (far zoomed out) it scans the items instead. A query
 * allocates nothing per item: entries are marked with the query's stamp to report each item once.
 *
 * @param <T> the indexed items (keys by equals/hashCode)
 */
final class SpatialIndex<T> {
    private final double cellSize;
    private final Map<T, Entry<T>> entries = new HashMap<>();
    private final Map<Long, List<Entry<T>>> cells = new HashMap<>();
    private int stamp;

    SpatialIndex(double cellSize) {
        if (!(cellSize > 0)) {
            throw new IllegalArgumentException("cell size must be positive, was " + cellSize);
        }
        this.cellSize = cellSize;
    }

    int size() {
        return entries.size();
    }

    /** Adds the item or moves it to new bounds. */
    void put(T item, double minX, double minY, double maxX, double maxY) {
        Entry<T> entry = entries.get(item);
        int loX = cell(minX), loY = cell(minY), hiX = cell(maxX), hiY = cell(maxY);
        if (entry == null) {
            entry = new Entry<>(item);
            entries.put(item, entry);
        } else if (entry.loX == loX && entry.loY == loY && entry.hiX == hiX && entry.hiY == hiY) {
            entry.setBounds(minX, minY, maxX, maxY);
            return;
        } else {
            unlink(entry);
        }
        entry.loX = loX;
        entry.loY = loY;
        entry.hiX = hiX;
        entry.hiY = hiY;
        entry.setBounds(minX, minY, maxX, maxY);
        for (int x = loX; x <= hiX; x++) {
            for (int y = loY; y <= hiY; y++) {
                cells.computeIfAbsent(key(x, y), k -> new ArrayList<>(4)).add(entry);
            }
        }
    }

    void remove(T item) {
        Entry<T> entry = entries.remove(item);
        if (entry != null) {
            unlink(entry);
        }
    }

    void clear() {
        entries.clear();
        cells.clear();
    }

    /** Reports, once each, the items whose boxes meet the rectangle. */
    void query(double minX, double minY, double maxX, double maxY, Consumer<? super T> found) {
        int loX = cell(minX), loY = cell(minY), hiX = cell(maxX), hiY = cell(maxY);
        if ((double) (hiX - loX + 1) * (hiY - loY + 1) > entries.size()) {
            for (Entry<T> entry : entries.values()) {
                if (entry.meets(minX, minY, maxX, maxY)) {
                    found.accept(entry.item);
                }
            }
            return;
        }
        int current = ++stamp;
        for (int x = loX; x <= hiX; x++) {
            for (int y = loY; y <= hiY; y++) {
                List<Entry<T>> cell = cells.get(key(x, y));
                if (cell == null) {
                    continue;
                }
                for (int i = 0, n = cell.size(); i < n; i++) {
                    Entry<T> entry = cell.get(i);
                    if (entry.stamp != current) {
                        entry.stamp = current;
                        if (entry.meets(minX, minY, maxX, maxY)) {
                            found.accept(entry.item);
                        }
                    }
                }
            }
        }
    }

    private void unlink(Entry<T> entry) {
        for (int x = entry.loX; x <= entry.hiX; x++) {
            for (int y = entry.loY; y <= entry.hiY; y++) {
                Long key = key(x, y);
                List<Entry<T>> cell = cells.get(key);
                if (cell != null && cell.remove(entry) && cell.isEmpty()) {
                    cells.remove(key);
                }
            }
        }
    }

    private int cell(double coordinate) {
        return (int) Math.floor(coordinate / cellSize);
    }

    /**
     * A unique key per cell. Multiplying by an odd constant is a bijection on longs, so keys stay unique, and it
     * spreads the bits: the plain packed key hashes to x ^ y, which put whole diagonals of cells in one bucket.
     */
    private static long key(int x, int y) {
        return (((long) x << 32) ^ (y & 0xffffffffL)) * 0x9E3779B97F4A7C15L;
    }

    private static final class Entry<T> {
        final T item;
        int loX, loY, hiX, hiY;
        double minX, minY, maxX, maxY;
        int stamp;

        Entry(T item) {
            this.item = item;
        }

        void setBounds(double newMinX, double newMinY, double newMaxX, double newMaxY) {
            minX = newMinX;
            minY = newMinY;
            maxX = newMaxX;
            maxY = newMaxY;
        }

        boolean meets(double qMinX, double qMinY, double qMaxX, double qMaxY) {
            return minX <= qMaxX && maxX >= qMinX && minY <= qMaxY && maxY >= qMinY;
        }
    }
}
