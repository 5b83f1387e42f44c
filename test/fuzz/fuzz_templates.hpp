// The template set the match fuzzer routes against: every syntax, and
// overlaps that force the matcher to backtrack.
#ifndef LABELGUARD_FUZZ_TEMPLATES_HPP
#define LABELGUARD_FUZZ_TEMPLATES_HPP

#include <string>
#include <vector>

inline const std::vector<std::string> &fuzz_templates() {
  static const std::vector<std::string> t{
      "/",
      "/health",
      "/users/:id",
      "/users/me",
      "/users/:id/posts",
      "/users/{id}/orders/<uint>/items/{}",
      "/users/{1:id}/orders/<int>",
      "/n/<uint>/a",
      "/n/<int>/b",
      "/n/<double>/c",
      "/n/<float>",
      "/n/:s/d",
      "/n/*",
      "/files/*/meta",
      "/static/<path>",
      "/a/:b?/:c?",
      "/v1/projects:batchGet",
      "/caf%C3%A9/<str>",
      "/enc/a%2Fb",
      "/*",
  };
  return t;
}

#endif
