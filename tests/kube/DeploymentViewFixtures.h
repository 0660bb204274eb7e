#pragma once
// JSON fixtures of DeploymentViewTest, kept out of the test's own file because Qt 6.4's moc
// misreads raw string literals (see tests/support/README.md).

enum class Fixture { Deployment, BareDeployment, PatchNone, PatchGeneration, PatchUpdating, PatchOldPending, PatchNotAvailable, PatchPaused, PatchDeadline, CrashingPod, PendingPod, BackOffEvent, ModernEvent, LabelsSelector, ExpressionsSelector };

const char* fixture(Fixture which);
