#include "seed/DemoRandom.h"

#include <cmath>
#include <numeric>

namespace md::seed {

namespace {

std::uint64_t splitMix(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t rotateLeft(std::uint64_t value, int bits) { return (value << bits) | (value >> (64 - bits)); }

} // namespace

DemoRandom::DemoRandom(std::uint64_t seed)
{
    for (auto& word : m_state) word = splitMix(seed);
}

// xoshiro256** (Blackman and Vigna): fast, and good enough for anything but cryptography.
std::uint64_t DemoRandom::next()
{
    const std::uint64_t result = rotateLeft(m_state[1] * 5, 7) * 9;
    const std::uint64_t shifted = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= shifted;
    m_state[3] = rotateLeft(m_state[3], 45);
    return result;
}

long long DemoRandom::between(long long low, long long high)
{
    if (high <= low) return low;
    const auto span = static_cast<std::uint64_t>(high - low) + 1;
    return low + static_cast<long long>(next() % span); // the bias is far below anything visible
}

double DemoRandom::unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

std::size_t DemoRandom::weighted(const std::vector<double>& weights)
{
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    double point = unit() * total;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (point < weights[i]) return i;
        point -= weights[i];
    }
    return weights.empty() ? 0 : weights.size() - 1;
}

std::size_t DemoRandom::skewed(std::size_t count, double exponent)
{
    if (count == 0) return 0;
    auto index = static_cast<std::size_t>(std::pow(unit(), exponent) * static_cast<double>(count));
    return index < count ? index : count - 1;
}

DemoRandom DemoRandom::fork(std::uint64_t salt) { return DemoRandom(next() ^ (salt * 0x9e3779b97f4a7c15ULL)); }

} // namespace md::seed
