// register_routes(range) and register_route_list(range) with every shape of
// input range the docs promise: ranges whose iterators yield strings by value
// (a generator, a transform), and routes read from a stream with
// std::istream_iterator<std::string>. Built plainly and under ASan (the
// `asan` label), where keeping a std::string_view into an element past the
// iteration that produced it is a heap-use-after-free.
#include <labelguard/adapters/route_list.hpp>
#include <labelguard/route_guard.hpp>

#include <gtest/gtest.h>

#include <cstddef>
#include <iterator>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace {

using labelguard::route_label;
using labelguard::unregistered_label;

/// A generator: each dereference builds a fresh std::string and returns it
/// by value, as a transform view or a coroutine generator does. Long enough
/// that the text lives on the heap, not in the string's inline buffer.
class GeneratedRoutes {
public:
  GeneratedRoutes(std::string prefix, int count) : prefix_(std::move(prefix)), count_(count) {}

  class iterator {
  public:
    using iterator_category = std::input_iterator_tag;
    using value_type = std::string;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = std::string; // by value

    iterator(const GeneratedRoutes *r, int i) : r_(r), i_(i) {}
    std::string operator*() const {
      return r_->prefix_ + "/resource-with-a-long-name-" + std::to_string(i_) + "/:id";
    }
    iterator &operator++() {
      ++i_;
      return *this;
    }
    bool operator==(const iterator &o) const { return i_ == o.i_; }
    bool operator!=(const iterator &o) const { return i_ != o.i_; }

  private:
    const GeneratedRoutes *r_;
    int i_;
  };

  iterator begin() const { return {this, 0}; }
  iterator end() const { return {this, count_}; }

private:
  std::string prefix_;
  int count_;
};

/// Routes read from a configuration stream, one per word.
class StreamRoutes {
public:
  explicit StreamRoutes(std::istream &in) : in_(&in) {}
  std::istream_iterator<std::string> begin() const {
    return std::istream_iterator<std::string>(*in_);
  }
  std::istream_iterator<std::string> end() const { return {}; }

private:
  std::istream *in_;
};

/// Pairs (template, handler id) yielded by value.
class GeneratedPairs {
public:
  class iterator {
  public:
    using iterator_category = std::input_iterator_tag;
    using value_type = std::pair<std::string, int>;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = std::pair<std::string, int>;

    explicit iterator(int i) : i_(i) {}
    std::pair<std::string, int> operator*() const {
      return {"/br-pairs/a-fairly-long-resource-name-" + std::to_string(i_) + "/<int>", i_};
    }
    iterator &operator++() {
      ++i_;
      return *this;
    }
    bool operator!=(const iterator &o) const { return i_ != o.i_; }
    bool operator==(const iterator &o) const { return i_ == o.i_; }

  private:
    int i_;
  };
  iterator begin() const { return iterator(0); }
  iterator end() const { return iterator(20); }
};

TEST(BatchRanges, ARangeYieldingStringsByValue) {
  labelguard::register_routes(GeneratedRoutes("/br-gen", 50));
  for (int i = 0; i < 50; ++i) {
    const std::string path = "/br-gen/resource-with-a-long-name-" + std::to_string(i) + "/7";
    EXPECT_EQ(route_label(path),
              "/br-gen/resource-with-a-long-name-" + std::to_string(i) + "/:id");
  }
}

TEST(BatchRanges, RoutesReadFromAStream) {
  std::istringstream config(
      "/br-stream/users/:id\n/br-stream/orders/<int>/items/{item}\n"
      "/br-stream/a-resource-whose-name-is-longer-than-sso/:x\n");
  labelguard::register_routes(StreamRoutes(config));
  EXPECT_EQ(route_label("/br-stream/users/1"), "/br-stream/users/:id");
  EXPECT_EQ(route_label("/br-stream/orders/2/items/x"), "/br-stream/orders/<int>/items/{item}");
  EXPECT_EQ(route_label("/br-stream/a-resource-whose-name-is-longer-than-sso/y"),
            "/br-stream/a-resource-whose-name-is-longer-than-sso/:x");
}

TEST(BatchRanges, AMalformedTemplateInAStreamRegistersNone) {
  std::istringstream config("/br-bad/ok-and-long-enough-to-live-on-the-heap\n/br-bad/<nope>\n");
  EXPECT_THROW(labelguard::register_routes(StreamRoutes(config)), std::invalid_argument);
  EXPECT_EQ(route_label("/br-bad/ok-and-long-enough-to-live-on-the-heap"), unregistered_label());
}

TEST(BatchRanges, RouteListOfPairsYieldedByValue) {
  labelguard::register_route_list(GeneratedPairs());
  for (int i = 0; i < 20; ++i)
    EXPECT_EQ(route_label("/br-pairs/a-fairly-long-resource-name-" + std::to_string(i) + "/-3"),
              "/br-pairs/a-fairly-long-resource-name-" + std::to_string(i) + "/<int>");
}

TEST(BatchRanges, RouteListOfStringsReadFromAStream) {
  std::istringstream config("/br-list/first-long-resource-name-here/:a /br-list/second/:b");
  labelguard::register_route_list(StreamRoutes(config));
  EXPECT_EQ(route_label("/br-list/first-long-resource-name-here/1"),
            "/br-list/first-long-resource-name-here/:a");
  EXPECT_EQ(route_label("/br-list/second/2"), "/br-list/second/:b");
}

} // namespace
