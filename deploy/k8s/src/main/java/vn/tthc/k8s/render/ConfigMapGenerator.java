package vn.tthc.k8s.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Kustomize's configMapGenerator for files and literals, with {@code options.disableNameSuffixHash: true} only. */
final class ConfigMapGenerator {

    private static final Set<String> SUPPORTED = Set.of("name", "files", "literals", "options");

    private ConfigMapGenerator() {
    }

    static List<ObjectNode> generate(JsonNode generators, Path directory) {
        List<ObjectNode> maps = new ArrayList<>();
        for (JsonNode generator : generators) {
            generator.fieldNames().forEachRemaining(field -> {
                if (!SUPPORTED.contains(field)) {
                    throw new RenderException("configMapGenerator: '" + field + "' is not supported");
                }
            });
            if (!generator.path("options").path("disableNameSuffixHash").asBoolean(false)) {
                throw new RenderException("configMapGenerator " + generator.path("name").asText()
                        + ": only options.disableNameSuffixHash: true is supported (no name hashes)");
            }
            ObjectNode map = Yaml.MAPPER.createObjectNode();
            map.put("apiVersion", "v1");
            map.put("kind", "ConfigMap");
            map.putObject("metadata").put("name", generator.path("name").asText());
            ObjectNode data = map.putObject("data");
            for (JsonNode file : generator.path("files")) {
                String entry = file.asText();
                int equals = entry.indexOf('=');
                String key = equals < 0 ? Path.of(entry).getFileName().toString() : entry.substring(0, equals);
                String path = equals < 0 ? entry : entry.substring(equals + 1);
                data.put(key, Yaml.read(directory.resolve(path)));
            }
            for (JsonNode literal : generator.path("literals")) {
                String entry = literal.asText();
                int equals = entry.indexOf('=');
                if (equals < 0) {
                    throw new RenderException("configMapGenerator literal without '=': " + entry);
                }
                data.put(entry.substring(0, equals), entry.substring(equals + 1));
            }
            maps.add(map);
        }
        return maps;
    }
}
