// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Differences between Debian's Qt 6.4 and the Qt 6.5-6.8 installers, guarded in one place.
// (The Qt HTTP Server differences live in sandbox/httpservercompat.h, the only user of it.)

#include <chrono>

#include <QtGlobal>

namespace Gatehouse::QtCompat {

// QSignalSpy::wait and QNetworkRequest::setTransferTimeout take int milliseconds in 6.4;
// chrono overloads only arrive in 6.7.
inline int toMs(std::chrono::milliseconds ms)
{
    return static_cast<int>(ms.count());
}

} // namespace Gatehouse::QtCompat

// Qt::ColorScheme (system light/dark) exists from 6.5.
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#define GATEHOUSE_HAS_COLOR_SCHEME 1
#else
#define GATEHOUSE_HAS_COLOR_SCHEME 0
#endif
