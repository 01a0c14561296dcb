package vn.tthc.k8s.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KustomizeTest {

    @Test
    void findsKubectlByNameOrOnThePathAndSaysInOneLineHowToInstallIt(@TempDir Path dir) throws IOException {
        Path kubectl = Files.createFile(dir.resolve("kubectl"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        assertThat(Kustomize.locate(null, null, "/nowhere:" + dir)).contains(kubectl);
        assertThat(Kustomize.locate(null, kubectl.toString(), null)).contains(kubectl);
        assertThat(Kustomize.locate(null, null, "/nowhere")).isEmpty();
        assertThat(Kustomize.locate(dir.resolve("missing").toString(), null, dir.toString())).as("a named kubectl that is not there").isEmpty();
        assertThat(Kustomize.MISSING).doesNotContain("\n").contains("kubectl not found", "install kubectl", "KUBECTL=");
    }
}
