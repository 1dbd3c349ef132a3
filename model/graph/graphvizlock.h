// SPDX-License-Identifier: GPL-3.0-or-later
// cgraph and gvc keep global state: every Graphviz call in VpcLens holds this lock.
#pragma once

#include <mutex>

namespace vpclens {
std::mutex &graphvizMutex();
}
