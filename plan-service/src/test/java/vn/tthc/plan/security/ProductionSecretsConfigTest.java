package vn.tthc.plan.security;

import vn.tthc.platform.config.ProductionSecretsConfigContract;

/** plan-service's configuration in the prod profile: the assertions are in {@link ProductionSecretsConfigContract}. */
class ProductionSecretsConfigTest extends ProductionSecretsConfigContract {
}
