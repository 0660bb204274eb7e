#pragma once
// Polls a condition until it holds or the time is up, measured by the clock. QTRY_VERIFY_WITH_TIMEOUT
// counts poll steps instead (its timeout / 50 ms evaluations), so a condition that itself takes seconds
// (a request to a server whose database is frozen) would keep it going for many times its timeout.

#include <QTest>

#include <chrono>
#include <functional>

namespace md::test {

inline bool eventually(const std::function<bool()>& condition, std::chrono::milliseconds timeout,
                       std::chrono::milliseconds interval = std::chrono::milliseconds(100))
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        if (condition()) return true;
        if (std::chrono::steady_clock::now() > deadline) return false;
        QTest::qWait(static_cast<int>(interval.count()));
    }
}

} // namespace md::test
