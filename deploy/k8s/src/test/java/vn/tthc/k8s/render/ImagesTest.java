package vn.tthc.k8s.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImagesTest {

    @Test
    void an_images_name_excludes_tag_and_digest_but_keeps_a_registry_port() {
        assertThat(Images.imageName("nginx")).isEqualTo("nginx");
        assertThat(Images.imageName("nginx:1.27")).isEqualTo("nginx");
        assertThat(Images.imageName("registry:5000/a/b")).isEqualTo("registry:5000/a/b");
        assertThat(Images.imageName("registry:5000/a/b:1@sha256:f")).isEqualTo("registry:5000/a/b");
    }
}
