#include "server.h"
#include <prometheus/counter.h>
#include <prometheus/family.h>

prometheus::Family<prometheus::Counter> *requests;

void install(Server &server) {
  server.onRequest = [](const std::string &path) {
    requests->Add({{"path", path}}).Increment();
  };
}
