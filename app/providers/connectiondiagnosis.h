// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "core/apierror.h"

namespace Gatehouse {

// Tells apart what can go wrong when connecting (DNS, refused, proxy, TLS, 401, 403, ...), for
// the CLI's `profiles test` and the GUI's "Test connection".
class ConnectionDiagnosis
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionDiagnosis)

public:
    // One line; an error of kind None reads as success.
    static QString describe(const ApiError &error);
};

// The same as ConnectionDiagnosis::describe (the CLI's historical name).
inline QString diagnoseConnection(const ApiError &error)
{
    return ConnectionDiagnosis::describe(error);
}

} // namespace Gatehouse
