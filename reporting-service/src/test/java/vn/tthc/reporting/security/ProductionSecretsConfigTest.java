package vn.tthc.reporting.security;

import vn.tthc.platform.config.ProductionSecretsConfigContract;

/** reporting-service's configuration in the prod profile: the assertions are in {@link ProductionSecretsConfigContract}. */
class ProductionSecretsConfigTest extends ProductionSecretsConfigContract {
}
