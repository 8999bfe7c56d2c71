// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Bench {

// Resident set size of this process in bytes, or -1 where not implemented (Linux only).
qint64 residentBytes();
// Gives freed heap memory back to the system (glibc), so RSS reflects what is in use.
void trimHeap();

} // namespace Bench
