// Helpers that hand request data back: by return value and through an
// out-parameter; and one that bounds what it returns.
#include <httplib.h>
#include <string>

std::string pathOf(const httplib::Request &req) { return req.path; }
std::string normalize(const std::string &p) {
  std::string copy = p;
  return copy;
}
void fill(const httplib::Request &req, std::string &out) { out = req.target; }
std::string bucket(const std::string &p) { return p.size() > 16 ? "long" : "short"; }
