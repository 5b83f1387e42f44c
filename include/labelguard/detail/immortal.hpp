// Storage for objects that must outlive every other static object.
#ifndef LABELGUARD_DETAIL_IMMORTAL_HPP
#define LABELGUARD_DETAIL_IMMORTAL_HPP

#include <new>
#include <utility>

namespace labelguard::detail {

/// Holds a T that is constructed once and never destroyed.
///
/// The guard hands out `const std::string &` that must stay valid "for the life
/// of the process", including inside other objects' destructors at exit
/// (a metrics exporter flushing in its destructor). A plain function-local
/// `static std::string` would be destroyed at exit in an order we do not
/// control; this wrapper has a trivial destructor, so it never is.
template <class T> class Immortal {
public:
  template <class... Args> explicit Immortal(Args &&...args) {
    ::new (static_cast<void *>(storage_)) T(std::forward<Args>(args)...);
  }
  Immortal(const Immortal &) = delete;
  Immortal &operator=(const Immortal &) = delete;

  T &get() noexcept { return *std::launder(reinterpret_cast<T *>(storage_)); }
  const T &get() const noexcept {
    return *std::launder(reinterpret_cast<const T *>(storage_));
  }

private:
  alignas(T) unsigned char storage_[sizeof(T)];
};

} // namespace labelguard::detail

#endif // LABELGUARD_DETAIL_IMMORTAL_HPP
