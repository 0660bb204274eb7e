#pragma once
// A small deterministic random source for the demo data: the same seed gives the same marketplace
// on every machine and standard library (std::uniform_int_distribution is not portable, so the
// ranges are computed here).

#include <cstdint>
#include <string>
#include <vector>

namespace md::seed {

class DemoRandom {
public:
    explicit DemoRandom(std::uint64_t seed);

    std::uint64_t next();
    // Uniform in [low, high], both inclusive.
    long long between(long long low, long long high);
    double unit(); // [0, 1)
    bool chance(double probability) { return unit() < probability; }
    // Index into weights, chosen proportionally to them.
    std::size_t weighted(const std::vector<double>& weights);
    // Skewed towards 0: a few items are chosen much more often than the rest (best-sellers,
    // regular customers). exponent 1 is uniform; larger is more skewed.
    std::size_t skewed(std::size_t count, double exponent);

    template <typename Container> const auto& pick(const Container& items)
    {
        return items[static_cast<std::size_t>(between(0, static_cast<long long>(std::size(items)) - 1))];
    }

    // An independent stream for one sub-task, so adding draws in one place does not reshuffle another.
    DemoRandom fork(std::uint64_t salt);

private:
    std::uint64_t m_state[4];
};

} // namespace md::seed
