// SPDX-License-Identifier: GPL-3.0-or-later
// RAII and attribute helpers for cgraph, shared by the layout and its DOT/serialisation code.
// Private to the core: Graphviz headers never reach the widgets or the CLI.
#pragma once

#include <QByteArray>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <memory>

namespace vpclens::gv {

struct GraphClose {
    void operator()(Agraph_t *g) const noexcept { agclose(g); }
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphClose>;

// Frees a layout only after gvLayout succeeded, and before the graph closes.
struct LayoutGuard {
    GVC_t *gvc = nullptr;
    Agraph_t *graph = nullptr;
    ~LayoutGuard()
    {
        if (graph)
            gvFreeLayout(gvc, graph);
    }
};

inline constexpr double kPointsPerInch = 72.0; // Graphviz sizes nodes in inches, positions in points

// A coordinate as Graphviz attributes take it: two decimals.
inline QByteArray number(double v)
{
    return QByteArray::number(v, 'f', 2);
}

// Sets an attribute on a graph, node or edge, declaring it with an empty default when it is new.
inline void set(void *obj, const char *name, const QByteArray &value)
{
    agsafeset(obj, const_cast<char *>(name), const_cast<char *>(value.constData()), const_cast<char *>(""));
}

} // namespace vpclens::gv
