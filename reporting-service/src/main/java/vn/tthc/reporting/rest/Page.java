package vn.tthc.reporting.rest;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, which page (from 0), its size and how many items there are in all. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final String PAGE_DEFAULT = "0";
    public static final String SIZE_DEFAULT = "20";
    public static final int SIZE_MAX = 200;

    /** The page of an in-memory list. */
    public static <T> Page<T> of(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new Page<>(List.copyOf(all.subList(from, to)), page, size, all.size());
    }

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), page, size, total);
    }
}
