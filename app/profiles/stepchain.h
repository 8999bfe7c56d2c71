// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QVector>

#include "core/apierror.h"

namespace Gatehouse {

// Runs asynchronous steps one after another (keychain chunks, secret copies). A step calls
// next() once: with an empty ApiError to go on, with an error to stop. Steps may add further
// steps while the chain runs. Hold it in a shared_ptr; pending steps keep it alive.
class StepChain final : public std::enable_shared_from_this<StepChain>
{
public:
    using Next = std::function<void(const ApiError &)>;
    using Step = std::function<void(const Next &)>;

    explicit StepChain(Next finished);

    void then(Step step);
    void start();

private:
    void advance(const ApiError &error);

    QVector<Step> m_steps;
    Next m_finished;
};

} // namespace Gatehouse
