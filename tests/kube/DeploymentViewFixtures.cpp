#include "DeploymentViewFixtures.h"

const char* fixture(Fixture which)
{
    switch (which) {
    case Fixture::Deployment:
        return R"({"metadata":{"name":"checkout-api","namespace":"marketplace","uid":"u-1","generation":1,
        "resourceVersion":"42","creationTimestamp":"2026-11-30T10:00:00Z",
        "annotations":{"deployment.kubernetes.io/revision":"3"}},
      "spec":{"replicas":1,"selector":{"matchLabels":{"app":"checkout-api"}},
        "strategy":{"type":"RollingUpdate"},
        "template":{"metadata":{"labels":{"app":"checkout-api"}},"spec":{"containers":[
          {"name":"app","image":"registry.example.com/marketplace/checkout-api:1.14.2"},
          {"name":"proxy","image":"envoy:1.28"}]}}},
      "status":{"observedGeneration":1,"replicas":1,"updatedReplicas":1,"readyReplicas":1,"availableReplicas":1,
        "conditions":[{"type":"Available","status":"True","reason":"MinimumReplicasAvailable","message":"ok",
                       "lastUpdateTime":"2026-11-30T10:01:00Z"}]}})";
    case Fixture::BareDeployment:
        return R"({"metadata":{"name":"x"},"spec":{},"status":{}})";
    case Fixture::PatchNone:
        return R"([])";
    case Fixture::PatchGeneration:
        return R"([{"op":"replace","path":"/metadata/generation","value":5}])";
    case Fixture::PatchUpdating:
        return R"([{"op":"replace","path":"/status/updatedReplicas","value":1}])";
    case Fixture::PatchOldPending:
        return R"([{"op":"replace","path":"/status/replicas","value":5}])";
    case Fixture::PatchNotAvailable:
        return R"([{"op":"replace","path":"/status/availableReplicas","value":2}])";
    case Fixture::PatchPaused:
        return R"([{"op":"add","path":"/spec/paused","value":true}])";
    case Fixture::PatchDeadline:
        return R"([{"op":"add","path":"/status/conditions/-","value":
            {"type":"Progressing","status":"False","reason":"ProgressDeadlineExceeded",
             "message":"ReplicaSet \"checkout-api-7d\" has timed out progressing."}}])";
    case Fixture::CrashingPod:
        return R"({"metadata":{"name":"checkout-api-7d-x1"},
            "spec":{"nodeName":"node-b","containers":[{"name":"app"},{"name":"proxy"}]},
            "status":{"phase":"Running","startTime":"2026-11-30T10:00:00Z","containerStatuses":[
              {"name":"app","ready":false,"restartCount":4,"state":{"waiting":{"reason":"CrashLoopBackOff"}}},
              {"name":"proxy","ready":true,"restartCount":1,"state":{"running":{}}}]}})";
    case Fixture::PendingPod:
        return R"({"metadata":{"name":"p"},"status":{"phase":"Pending"}})";
    case Fixture::BackOffEvent:
        return R"({"type":"Warning","reason":"BackOff","message":"Back-off restarting",
            "involvedObject":{"kind":"Pod","name":"p1"},"count":7,
            "firstTimestamp":"2026-11-30T10:00:00Z","lastTimestamp":"2026-11-30T10:05:00Z"})";
    case Fixture::ModernEvent:
        return R"({"type":"Normal","reason":"Scheduled","eventTime":"2026-11-30T11:00:00.000000Z",
            "involvedObject":{"kind":"Pod","name":"p2"}})";
    case Fixture::LabelsSelector:
        return R"({"matchLabels":{"app":"web","tier":"front"}})";
    case Fixture::ExpressionsSelector:
        return R"({"matchLabels":{"app":"web"},"matchExpressions":[
                     {"key":"env","operator":"In","values":["prod","staging"]},
                     {"key":"canary","operator":"DoesNotExist"},{"key":"track","operator":"Exists"},
                     {"key":"zone","operator":"NotIn","values":["a"]}]})";
    }
    return "null";
}
