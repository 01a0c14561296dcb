package vn.tthc.k8s.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Secrets that operators create by hand, as documented in deploy/README.md: the rows of the table under
 * the heading "Secrets you create", whose first cell is the Secret's name and second cell its keys, each in
 * backticks. Manifests never hold Secret values; this table is the contract they are checked against.
 */
public record SecretCatalogue(Map<String, Set<String>> keysBySecret) {

    public static final String HEADING = "Secrets you create";
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|([^|]*)\\|");
    private static final Pattern KEY = Pattern.compile("`([^`]+)`");

    public static SecretCatalogue read(Path readme) {
        try {
            return parse(Files.readString(readme));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SecretCatalogue parse(String markdown) {
        Map<String, Set<String>> secrets = new LinkedHashMap<>();
        boolean inSection = false;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("#")) {
                inSection = line.contains(HEADING);
                continue;
            }
            Matcher row = ROW.matcher(line.trim());
            if (inSection && row.find()) {
                Set<String> keys = new TreeSet<>();
                Matcher key = KEY.matcher(row.group(2));
                while (key.find()) {
                    keys.add(key.group(1));
                }
                secrets.put(row.group(1), keys);
            }
        }
        return new SecretCatalogue(secrets);
    }

    public boolean defines(String secret, String key) {
        return keysBySecret.getOrDefault(secret, Set.of()).contains(key);
    }

    public boolean defines(String secret) {
        return keysBySecret.containsKey(secret);
    }
}
