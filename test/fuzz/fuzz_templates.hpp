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

/// The hardening issue's adversarial set: every combination of `1`,
/// <uint>, <int>, <double> and :s over 6 segments (15,625 templates), where
/// a backtracking matcher explores the whole trie for a path that matches
/// none.
inline const std::vector<std::string> &mixed_kinds_templates() {
  static const std::vector<std::string> t = [] {
    const char *kinds[] = {"1", "<uint>", "<int>", "<double>", ":s"};
    std::vector<std::string> prefixes{""};
    for (int level = 0; level < 6; ++level) {
      std::vector<std::string> next;
      for (const std::string &p : prefixes)
        for (const char *k : kinds)
          next.push_back(p + "/" + k);
      prefixes.swap(next);
    }
    return prefixes;
  }();
  return t;
}

#endif
