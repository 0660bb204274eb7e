#include "support/ProcessMemory.h"

#include <fstream>
#include <sstream>
#include <string>

namespace md::test {

std::optional<ProcessMemory> ProcessMemory::of(qint64 pid)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    if (!status) return std::nullopt;
    ProcessMemory memory;
    bool haveResident = false, havePeak = false;
    std::string line;
    while (std::getline(status, line)) {
        std::istringstream fields(line);
        std::string key;
        qint64 kib = 0;
        fields >> key >> kib;
        if (key == "VmRSS:") {
            memory.residentKib = kib;
            haveResident = true;
        } else if (key == "VmHWM:") {
            memory.peakResidentKib = kib;
            havePeak = true;
        }
    }
    if (!haveResident || !havePeak) return std::nullopt;
    return memory;
}

bool ProcessMemory::resetPeak(qint64 pid)
{
    std::ofstream clearRefs("/proc/" + std::to_string(pid) + "/clear_refs");
    if (!clearRefs) return false;
    clearRefs << "5";
    clearRefs.flush();
    return static_cast<bool>(clearRefs);
}

} // namespace md::test
