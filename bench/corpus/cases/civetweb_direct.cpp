// corpus: framework=civetweb metrics=prometheus shape=direct
// CivetWeb 1.15 handlers (C API and CivetHandler) counting requests with
// prometheus-cpp, the way the prometheus-cpp exposer's neighbours do.
#include <CivetServer.h>
#include <civetweb.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

#include <string>

static prometheus::Family<prometheus::Counter> *g_requests;

static int api_handler(struct mg_connection *conn, void *) {
  const struct mg_request_info *ri = mg_get_request_info(conn);
  g_requests->Add({{"uri", ri->local_uri}}).Increment(); // LEAK: path
  g_requests->Add({{"raw", ri->local_uri_raw}}).Increment(); // LEAK: path
  g_requests->Add({{"request_uri", ri->request_uri}}).Increment(); // LEAK: path
  g_requests->Add({{"qs", ri->query_string ? ri->query_string : ""}}).Increment(); // LEAK: query
  g_requests->Add({{"client", ri->remote_addr}}).Increment(); // LEAK: address
  g_requests->Add({{"agent", mg_get_header(conn, "User-Agent")}}).Increment(); // LEAK: header
  g_requests->Add({{"first_header", ri->http_headers[0].value}}).Increment(); // LEAK: header
  g_requests->Add({{"method", ri->request_method}}).Increment(); // SAFE
  g_requests->Add({{"handler", "api"}}).Increment(); // SAFE
  mg_printf(conn, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
  return 200;
}

class ItemsHandler : public CivetHandler {
public:
  bool handleGet(CivetServer *, struct mg_connection *conn) override {
    g_requests->Add({{"host", CivetServer::getHeader(conn, "Host")}}).Increment(); // LEAK: header
    g_requests->Add({{"uri", mg_get_request_info(conn)->local_uri}}).Increment(); // LEAK: path
    g_requests->Add({{"method", CivetServer::getMethod(conn)}}).Increment(); // SAFE
    mg_printf(conn, "HTTP/1.1 200 OK\r\n\r\n");
    return true;
  }
  bool handlePost(CivetServer *, struct mg_connection *conn) override {
    g_requests->Add({{"body", CivetServer::getPostData(conn)}}).Increment(); // LEAK: body
    g_requests->Add({{"handler", "items"}}).Increment(); // SAFE
    mg_printf(conn, "HTTP/1.1 201 Created\r\n\r\n");
    return true;
  }
};

int main() {
  prometheus::Registry registry;
  g_requests = &prometheus::BuildCounter().Name("civet_requests_total").Help("r").Register(registry);
  const char *options[] = {"listening_ports", "8080", nullptr};
  CivetServer server(options);
  ItemsHandler items;
  server.addHandler("/items", items);
  mg_set_request_handler(const_cast<struct mg_context *>(server.getContext()), "/api", api_handler, nullptr);
}
