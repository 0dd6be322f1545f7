// Big structures a short-lived process is done with, left for the end of the
// process to reclaim. Freeing a large run's model and catalog object by
// object (hundreds of thousands of strings and vectors) costs a tenth of the
// run; the kernel takes the whole address space back at exit for nothing.
#pragma once

#include <memory>
#include <utility>

namespace privlint {

/// Turns keeping on, for a process that ends after its run (the command
/// line). Never for the language server, which would grow with every run.
void setKeepUntilExit(bool Keep);
bool keepingUntilExit();

namespace detail {
void keep(std::shared_ptr<void> Object);
} // namespace detail

/// When keeping is on, moves Object's contents to a place that lives until
/// the process ends (Object is left empty and cheap to destroy); else does
/// nothing, and Object is destroyed as usual.
template <typename T> void keepUntilExit(T &Object) {
  if (keepingUntilExit())
    detail::keep(std::make_shared<T>(std::move(Object)));
}

} // namespace privlint
