// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>
#include <variant>

#include "core/apierror.h"

namespace Gatehouse {

// Empty value for a Result that only reports success or failure.
struct Done
{
};

// A value or the ApiError that prevented it. Used by synchronous code and handed to the
// callbacks of asynchronous operations; no exceptions cross Qt boundaries.
template <typename T>
class Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(ApiError error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    // By value: `for (x : f().value())` must not iterate a destroyed temporary.
    T value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &std::get<0>(m_data); }

    // The error; an empty ApiError (kind None) when the result is a value.
    const ApiError &error() const
    {
        static const ApiError none;
        return ok() ? none : std::get<1>(m_data);
    }

private:
    std::variant<T, ApiError> m_data;
};

} // namespace Gatehouse
