#include "seed/DemoSeeder.h"
#include <stdexcept>
namespace md::seed {
std::string seedDemo(pqxx::connection&, const DemoOptions&) { throw std::runtime_error("todo"); }
} // namespace md::seed
