#pragma once
// How many CSV imports may run at once on this replica. An import holds its upload (up to the
// route's 20 MiB) and a bounded working set while it runs, so the replica's memory for imports is
// at most capacity × (upload + working set) however many sellers upload together; an import that
// finds every place taken is refused at once (429 with Retry-After) rather than queued, because a
// queued import would keep its upload in memory while it waits.

#include <atomic>
#include <cstddef>
#include <optional>

namespace md::catalog {

class ImportGate {
public:
    // Held by a running import; leaving its scope frees the place.
    class Pass {
    public:
        Pass(Pass&& other) noexcept : m_gate(other.m_gate) { other.m_gate = nullptr; }
        Pass& operator=(Pass&&) = delete;
        Pass(const Pass&) = delete;
        Pass& operator=(const Pass&) = delete;
        ~Pass();

    private:
        friend class ImportGate;
        explicit Pass(ImportGate* gate) : m_gate(gate) {}
        ImportGate* m_gate;
    };

    explicit ImportGate(std::size_t capacity);

    // A place for one import, or nullopt when capacity imports are running.
    std::optional<Pass> tryEnter();
    std::size_t capacity() const { return m_capacity; }

private:
    const std::size_t m_capacity;
    std::atomic<std::size_t> m_running{0};
};

} // namespace md::catalog
