// The registered routes, and a membership test of them; and a test that
// bounds nothing.
#include <set>
#include <string>

static const std::set<std::string> kRoutes = {"/users", "/orders"};

bool is_registered(const std::string &path) { return kRoutes.count(path) > 0; }
bool looks_like_api(const std::string &path) { return path.rfind("/api", 0) == 0; }
