// A unit test that includes the handlers' source to reach handle(), and
// instantiates it with a fake request whose path is no request's: an edit
// made for the service's instantiation would change what this one labels.
#define HANDLERS_UNDER_TEST
#include "handlers.cpp"
#include <string>

struct FakeRequest {
  std::string path;
};

void testHandle() { handle(FakeRequest{"/users/1"}); }
