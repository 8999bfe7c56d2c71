// SPDX-License-Identifier: GPL-3.0-or-later
// Replaced by the models of issue #5.
namespace Gatehouse {
} // namespace Gatehouse
