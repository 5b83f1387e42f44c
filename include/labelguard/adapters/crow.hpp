// Registering Crow routes with labelguard as they are declared.
//
// Crow keeps its rules private and cannot list them, so the route macros are
// wrapped; each takes the same arguments and yields the same rule, so it goes
// wherever CROW_ROUTE / CROW_BP_ROUTE did (an expression, not a statement):
//
//   crow::SimpleApp app;
//   LABELGUARD_CROW_ROUTE(app, "/users/<int>")([](int id) { ... });
//   LABELGUARD_CROW_ROUTE(app, "/orders").methods("POST"_method)(...);
//   auto &rule = LABELGUARD_CROW_ROUTE(app, "/files/<path>");
//   ...
//   counter.Add({{"path", labelguard::route_label(req.url)}})
//
// labelguard's fix renames CROW_ROUTE and CROW_BP_ROUTE to these where a
// service declares its routes with them. Like declare_route(), they never
// throw and never abort (also with -fno-exceptions): a rule the guard cannot
// register is left out, and rejected_routes() lists it.
#ifndef LABELGUARD_ADAPTERS_CROW_HPP
#define LABELGUARD_ADAPTERS_CROW_HPP

#if __has_include(<crow.h>)
#include <crow.h>
#elif __has_include("crow_all.h")
#include "crow_all.h"
#else
#error "labelguard/adapters/crow.hpp needs Crow's <crow.h> (or crow_all.h)"
#endif

#include "labelguard/route_guard.hpp"

namespace labelguard {

/// Registers a Crow rule's template (crow::BaseRule::rule()) and returns the
/// rule itself, so the handler and methods() chain on as before. Crow's typed
/// parameters keep their meaning: "/users/<int>" matches "/users/42" only.
/// Never throws: a template the guard rejects is not registered, and
/// rejected_routes() lists it (as declare_route() does).
template <class Rule> Rule &register_crow_rule(Rule &rule) noexcept {
  declare_route(rule.rule());
  return rule;
}

} // namespace labelguard

/// CROW_ROUTE(app, url), with `url` registered in the process-wide table.
#define LABELGUARD_CROW_ROUTE(app, url) ::labelguard::register_crow_rule(CROW_ROUTE(app, url))

/// CROW_BP_ROUTE(blueprint, url). Crow gives the rule "/<prefix><url>" when it
/// is declared, which is what gets registered; the prefixes of enclosing
/// blueprints are added later, inside app.register_blueprint(), where we cannot
/// see them: register nested blueprints' full templates with register_routes().
#define LABELGUARD_CROW_BP_ROUTE(blueprint, url)                                 \
  ::labelguard::register_crow_rule(CROW_BP_ROUTE(blueprint, url))

#endif // LABELGUARD_ADAPTERS_CROW_HPP
