package vn.tthc.k8s.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretCatalogueTest {

    @Test
    void reads_the_table_under_its_heading_only() {
        SecretCatalogue catalogue = SecretCatalogue.parse("""
                ## Other
                | `elsewhere` | `k` | |
                ### Secrets you create
                | Secret | keys | for |
                |---|---|---|
                | `tthc-db-plan` | `username`, `password` | plan-service |
                ## Next
                | `after` | `k` | |
                """);
        assertThat(catalogue.keysBySecret()).containsOnlyKeys("tthc-db-plan");
        assertThat(catalogue.defines("tthc-db-plan", "password")).isTrue();
        assertThat(catalogue.defines("tthc-db-plan", "other")).isFalse();
    }
}
