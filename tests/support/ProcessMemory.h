#pragma once
// The memory of a process as Linux accounts it (/proc/<pid>/status): resident set now (VmRSS) and
// its peak (VmHWM), for tests that bound what a request may cost a server. resetPeak() sets the
// peak back to the current resident set (Linux 4.0+, writing 5 to /proc/<pid>/clear_refs), so a
// test can measure the peak of one request on a server that served others before.

#include <QtGlobal>

#include <optional>

namespace md::test {

struct ProcessMemory {
    qint64 residentKib = 0;
    qint64 peakResidentKib = 0;

    double residentMib() const { return residentKib / 1024.0; }
    double peakResidentMib() const { return peakResidentKib / 1024.0; }

    // nullopt when the process is gone or /proc cannot be read.
    static std::optional<ProcessMemory> of(qint64 pid);
    // False when the kernel refused (the test then cannot measure a single request's peak).
    static bool resetPeak(qint64 pid);
};

} // namespace md::test
