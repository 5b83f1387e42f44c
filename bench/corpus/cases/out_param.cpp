// corpus: framework=civetweb metrics=prometheus shape=out-param
// Request data written into out-parameters (CivetWeb, POCO, cpprestsdk
// accessors and user helpers) and then used as a label.
#include <CivetServer.h>
#include <civetweb.h>
#include <cpprest/http_listener.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/NameValueCollection.h>
#include <Poco/URI.h>
#include <prometheus/counter.h>
#include <prometheus/registry.h>

#include <cstring>
#include <string>
#include <vector>

using Family = prometheus::Family<prometheus::Counter>;

bool civet_handler(struct mg_connection *conn, Family &fam) {
  std::string q;
  if (CivetServer::getParam(conn, "q", q))
    fam.Add({{"q", q}}).Increment(); // LEAK: query

  std::string sid;
  CivetServer::getCookie(conn, "sid", sid);
  fam.Add({{"sid", sid}}).Increment(); // LEAK: cookie

  const struct mg_request_info *ri = mg_get_request_info(conn);
  char name[64];
  if (ri->query_string && mg_get_var(ri->query_string, std::strlen(ri->query_string), "name", name, sizeof name) > 0)
    fam.Add({{"name", name}}).Increment(); // LEAK: query

  char session[64];
  const char *cookie_header = mg_get_header(conn, "Cookie");
  if (cookie_header && mg_get_cookie(cookie_header, "session", session, sizeof session) > 0)
    fam.Add({{"session", session}}).Increment(); // LEAK: cookie

  std::string decoded;
  CivetServer::urlDecode(ri->local_uri, decoded);
  fam.Add({{"uri", decoded}}).Increment(); // LEAK: path

  std::string body = CivetServer::getPostData(conn);
  std::string field;
  CivetServer::getParam(body, "field", field);
  fam.Add({{"field", field}}).Increment(); // LEAK: body

  std::string fixed;
  CivetServer::getParam("a=1&b=2", "a", fixed);
  fam.Add({{"fixed", fixed}}).Increment(); // SAFE
  return true;
}

void poco_handler(Poco::Net::HTTPServerRequest &request, Family &fam) {
  std::vector<std::string> segments;
  Poco::URI(request.getURI()).getPathSegments(segments);
  if (!segments.empty())
    fam.Add({{"segment", segments[0]}}).Increment(); // LEAK: path framework=poco

  Poco::Net::NameValueCollection cookies;
  request.getCookies(cookies);
  fam.Add({{"session", cookies.get("session", "")}}).Increment(); // LEAK: cookie framework=poco

  std::vector<std::string> fixed_segments;
  Poco::URI("/api/v1").getPathSegments(fixed_segments);
  fam.Add({{"segment", fixed_segments.at(0)}}).Increment(); // SAFE framework=poco
}

void cpprest_handler(const web::http::http_request &req, Family &fam) {
  std::string tenant;
  if (req.headers().match("X-Tenant", tenant))
    fam.Add({{"tenant", tenant}}).Increment(); // LEAK: header framework=cpprest
}

// User helpers with out-parameters.
void extract_tenant(const web::http::http_request &req, std::string &out) {
  out = req.headers().has("X-Tenant") ? req.headers().find("X-Tenant")->second : "";
}

bool parse_target(const std::string &target, std::string *path, std::string *query) {
  auto q = target.find('?');
  *path = target.substr(0, q);
  *query = q == std::string::npos ? "" : target.substr(q + 1);
  return true;
}

void fill_constant(std::string &out) { out = "constant"; }

void user_helpers(const web::http::http_request &req, Family &fam) {
  std::string tenant;
  extract_tenant(req, tenant);
  fam.Add({{"tenant", tenant}}).Increment(); // LEAK: header framework=cpprest

  std::string path, query;
  parse_target(req.request_uri().to_string(), &path, &query);
  fam.Add({{"path", path}}).Increment(); // LEAK: target framework=cpprest
  fam.Add({{"query", query}}).Increment(); // LEAK: target framework=cpprest

  std::string c;
  fill_constant(c);
  fam.Add({{"c", c}}).Increment(); // SAFE framework=cpprest
}
