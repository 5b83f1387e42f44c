#include <httplib.h>
#include <prometheus/counter.h>
#include <prometheus/family.h>
#include <string>

using Fam = prometheus::Family<prometheus::Counter>;

// The metrics interface, implemented in prom_sink.cpp.
class Sink {
public:
  virtual ~Sink() = default;
  virtual void record(Fam &fam, const std::string &p) = 0;
};
class PromSink : public Sink {
public:
  void record(Fam &fam, const std::string &p) override;
};

// A free helper, defined in record.cpp.
void record(Fam &fam, const std::string &p);

// Set in the handler's unit; flushed in flush.cpp (labels) or here (hands on).
class Recorder {
public:
  void set(const std::string &p);
  void flush(Fam &fam);
private:
  std::string m_;
};
class Relay {
public:
  void set(const std::string &p);
  void flush(Fam &fam);
private:
  std::string m_;
};
