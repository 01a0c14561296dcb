package vn.tthc.local.architecture;

import com.tngtech.archunit.lang.ArchRule;

import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering every service keeps (ARCHITECTURE.md, "Inside a service"), as ArchUnit rules over one service's
 * base package: domain classes at the root (and in the service's domain sub-packages), then one package per role.
 * Each service's {@code ArchitectureTest} applies them to its main classes.
 */
public final class ServiceArchitecture {

    /** What a domain class never uses: the web and use-case layers, and the framework. */
    private static final List<String> FRAMEWORK = List.of("io.quarkus..", "io.smallrye..", "io.vertx..", "jakarta.ws.rs..",
            "jakarta.enterprise..", "org.eclipse.microprofile..");

    private final String base;
    private final List<String> domainPackages;

    /**
     * @param base              the service's base package, e.g. {@code vn.tthc.plan}
     * @param domainSubPackages the service's domain sub-packages beside the root, e.g. {@code schedule}
     */
    public ServiceArchitecture(String base, String... domainSubPackages) {
        this.base = base;
        List<String> packages = new ArrayList<>(List.of(base));
        for (String sub : domainSubPackages) {
            packages.add(base + "." + sub + "..");
        }
        this.domainPackages = List.copyOf(packages);
    }

    /** Resources are thin: they call services, never a repository, and open no transaction. */
    public ArchRule resourcesUseNoRepository() {
        return noClasses().that().resideInAPackage(base + ".rest..")
                .should().dependOnClassesThat().resideInAPackage(base + ".repository..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.transaction.Transactional")
                .orShould().dependOnClassesThat().resideInAPackage("io.quarkus.narayana..")
                .because("resources validate, call one service method and map the result (ARCHITECTURE.md)");
    }

    /** Domain classes are reached by unit tests without HTTP: they know nothing of resources, services or Quarkus. */
    public ArchRule domainIsPlain() {
        List<String> forbidden = new ArrayList<>(FRAMEWORK);
        forbidden.add(base + ".rest..");
        forbidden.add(base + ".service..");
        return noClasses().that().resideInAnyPackage(domainPackages.toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                .because("domain rules live in domain classes that unit tests reach without HTTP or Quarkus");
    }

    /** No two packages of the service need each other. */
    public ArchRule noPackageCycles() {
        return slices().matching(base + ".(*)..").should().beFreeOfCycles()
                .because("a cycle between packages makes the layering meaningless");
    }

    public List<ArchRule> all() {
        return List.of(resourcesUseNoRepository(), domainIsPlain(), noPackageCycles());
    }
}
