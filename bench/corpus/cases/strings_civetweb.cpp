// corpus: framework=civetweb metrics=prometheus shape=strings
// C-style string handling in a CivetWeb handler: strncpy, snprintf, strtok,
// std::string from char buffers.
#include <civetweb.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

#include <cstdio>
#include <cstring>
#include <string>

extern prometheus::Family<prometheus::Counter> *g_requests;

int handler(struct mg_connection *conn, void *) {
  const struct mg_request_info *ri = mg_get_request_info(conn);

  char uri[128];
  std::strncpy(uri, ri->local_uri, sizeof uri - 1);
  uri[sizeof uri - 1] = '\0';
  g_requests->Add({{"uri", uri}}).Increment(); // LEAK: path

  char label[256];
  std::snprintf(label, sizeof label, "q=%s", ri->query_string ? ri->query_string : "");
  g_requests->Add({{"query", label}}).Increment(); // LEAK: query

  std::string client(ri->remote_addr);
  client += ":";
  client += std::to_string(ri->remote_port);
  g_requests->Add({{"client", client}}).Increment(); // LEAK: address

  char segments[128];
  std::strncpy(segments, ri->local_uri, sizeof segments - 1);
  segments[sizeof segments - 1] = '\0';
  const char *first = std::strtok(segments, "/");
  g_requests->Add({{"segment", first ? first : "root"}}).Increment(); // LEAK: path

  const char *agent = mg_get_header(conn, "User-Agent");
  std::string ua = agent ? std::string(agent, std::strlen(agent)) : std::string("none");
  g_requests->Add({{"ua", ua}}).Increment(); // LEAK: header

  char fixed[32];
  std::snprintf(fixed, sizeof fixed, "handler_%d", 1);
  g_requests->Add({{"handler", fixed}}).Increment(); // SAFE

  g_requests->Add({{"len", std::to_string(std::strlen(ri->local_uri))}}).Increment(); // SAFE
  return 200;
}
