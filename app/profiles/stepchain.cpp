// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/stepchain.h"

namespace Gatehouse {

StepChain::StepChain(Next finished)
    : m_finished(std::move(finished))
{ }

void StepChain::then(Step step)
{
    m_steps.append(std::move(step));
}

void StepChain::start()
{
    advance(ApiError());
}

void StepChain::advance(const ApiError &error)
{
    if (error.isError() || m_steps.isEmpty()) {
        const Next finished = std::move(m_finished);
        m_finished = nullptr;
        m_steps.clear();
        if (finished)
            finished(error);
        return;
    }
    const Step step = m_steps.takeFirst();
    auto self = shared_from_this();
    step([self](const ApiError &stepError) { self->advance(stepError); });
}

} // namespace Gatehouse
