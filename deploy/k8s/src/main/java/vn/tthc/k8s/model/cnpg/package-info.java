/**
 * A model of the CloudNativePG (postgresql.cnpg.io/v1) and Barman Cloud plugin (barmancloud.cnpg.io/v1) resources,
 * limited to the fields these manifests use: no Java model of them is on Maven Central. A field the model lacks is
 * reported like a misspelt one; when a manifest starts to use another real field of the operator's CRD, add it here.
 */
package vn.tthc.k8s.model.cnpg;
