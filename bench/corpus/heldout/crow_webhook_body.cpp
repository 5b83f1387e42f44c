// corpus: framework=crow metrics=prometheus shape=direct
// shaped after: gautamajay52/GitHub-Webhook-Bot src/main.cpp
//
// A webhook receiver: the event name comes in a header, the rest in the
// body. Known event names are counted as themselves, everything else as
// one bucket; body fields are only ever counted raw by mistake.

#include <set>
#include <string>

#include <crow.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

namespace webhook {

std::string json_string_field(const std::string &body, const std::string &field) {
  auto key = "\"" + field + "\":\"";
  auto pos = body.find(key);
  if (pos == std::string::npos)
    return std::string();
  pos += key.size();
  auto end = body.find('"', pos);
  return body.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
}

void send_message(const std::string &text);

void register_webhook(crow::SimpleApp &app, prometheus::Family<prometheus::Counter> &events,
                      prometheus::Family<prometheus::Counter> &payloads) {
  app.route_dynamic("/github")([&events, &payloads](const crow::request &req) {
    static const std::set<std::string> known{"push", "pull_request", "issues", "ping"};
    std::string event = req.get_header_value("X-GitHub-Event");
    events.Add({{"event", known.count(event) ? event : "other"}}).Increment(); // SAFE shape=guarded
    events.Add({{"event_raw", event}}).Increment(); // LEAK: header
    events.Add({{"delivery", req.get_header_value("X-GitHub-Delivery")}}).Increment(); // LEAK: header

    auto form = req.get_body_params();
    const char *action = form.get("action");
    payloads.Add({{"action", action ? action : "none"}}).Increment(); // LEAK: body

    std::string ref = json_string_field(req.body, "ref");
    payloads.Add({{"ref", ref}}).Increment(); // LEAK: body shape=helper-return
    payloads.Add({{"size", req.body.size() > 65536 ? "large" : "small"}}).Increment(); // SAFE shape=bounded
    payloads.Add({{"has_ref", ref.empty() ? "no" : "yes"}}).Increment(); // SAFE shape=bounded

    send_message("GitHub event " + event + " on " + ref); // SAFE shape=lookalike
    return crow::response(200);
  });
}

} // namespace webhook
