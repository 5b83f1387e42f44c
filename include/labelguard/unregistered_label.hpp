// The one label every unmatched request shares.
#ifndef LABELGUARD_UNREGISTERED_LABEL_HPP
#define LABELGUARD_UNREGISTERED_LABEL_HPP

#include <string>

#include "labelguard/detail/immortal.hpp"

namespace labelguard {

/// `"unregistered-path"`: what every lookup that matches no registered
/// template answers, so scanners and 404 probes share one time series.
/// The reference is valid for the life of the process (even during static
/// destruction), and is the same object for every caller: comparing
/// addresses is enough.
inline const std::string &unregistered_label() noexcept {
  static const detail::Immortal<std::string> label("unregistered-path");
  return label.get();
}

} // namespace labelguard

#endif // LABELGUARD_UNREGISTERED_LABEL_HPP
