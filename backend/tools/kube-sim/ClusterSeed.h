#pragma once
// The objects a fresh simulator starts with (--seed):
// - demo: a realistic marketplace namespace (marketdesk-server, storefront-web, catalog-api,
//   cart-api, checkout-api, payment-gateway, search-indexer, notification-worker, inventory-sync,
//   order-events-consumer), 2-4 replicas each, 2-4 revisions of ReplicaSet history, pods that have
//   been running for hours or days, and the ScalingReplicaSet events of their last rollout;
// - empty: nothing;
// - bench:<deployments>:<pods>: many small healthy deployments ("svc-00001"...) sharing the pods
//   evenly, for list and paging benchmarks; built without history or events so it is quick.

#include "DeploymentController.h"
#include "EventRecorder.h"
#include "ObjectStore.h"
#include "PodSimulator.h"
#include "SimOptions.h"

namespace md::kubesim {

void seedCluster(const SeedSpec& seed, ObjectStore& store, PodSimulator& pods, EventRecorder& events,
                 DeploymentController& controller);

} // namespace md::kubesim
