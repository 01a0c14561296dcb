package vn.tthc.k8s.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Kustomize's {@code images}: replaces the name, tag or digest of matching container images in pod templates. */
final class Images {

    private Images() {
    }

    static void apply(List<ObjectNode> objects, JsonNode entries) {
        for (JsonNode entry : entries) {
            for (ObjectNode object : objects) {
                if (!Resources.WORKLOADS.contains(Resources.kind(object))) {
                    continue;
                }
                JsonNode pod = object.path("spec").path("template").path("spec");
                for (String list : new String[] {"containers", "initContainers"}) {
                    for (JsonNode container : pod.path(list)) {
                        rewrite((ObjectNode) container, entry);
                    }
                }
            }
        }
    }

    static void rewrite(ObjectNode container, JsonNode entry) {
        String image = container.path("image").asText("");
        String name = imageName(image);
        if (!name.equals(entry.path("name").asText())) {
            return;
        }
        String reference = image.substring(name.length());
        String newName = entry.path("newName").asText(name);
        if (entry.hasNonNull("digest")) {
            reference = "@" + entry.get("digest").asText();
        } else if (entry.hasNonNull("newTag")) {
            reference = ":" + entry.get("newTag").asText();
        }
        container.put("image", newName + reference);
    }

    /** The image without its tag or digest (a registry port's colon is part of the name). */
    static String imageName(String image) {
        int at = image.indexOf('@');
        String withoutDigest = at < 0 ? image : image.substring(0, at);
        int colon = withoutDigest.lastIndexOf(':');
        int slash = withoutDigest.lastIndexOf('/');
        return colon > slash ? withoutDigest.substring(0, colon) : withoutDigest;
    }
}
