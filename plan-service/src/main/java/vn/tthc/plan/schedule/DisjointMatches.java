package vn.tthc.plan.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where patterns match a text without overlapping: an earlier pattern's match wins over a later one's. */
public final class DisjointMatches {

    private DisjointMatches() {
    }

    /** The spans {start, end} of the matches, in reading order. */
    public static List<int[]> in(String text, List<Pattern> patterns) {
        List<int[]> spans = new ArrayList<>();
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                if (spans.stream().noneMatch(s -> start < s[1] && end > s[0])) {
                    spans.add(new int[] {start, end});
                }
            }
        }
        spans.sort(Comparator.comparingInt(s -> s[0]));
        return spans;
    }
}
