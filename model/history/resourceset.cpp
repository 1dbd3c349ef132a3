// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/resourceset.h"

#include "topology/estate.h"
#include "workspace/sqlite.h"
#include "workspace/workspace.h"

#include <QJsonDocument>
#include <QStringList>

namespace vpclens {
namespace {

class SetSource final : public ResourceSource
{
public:
    explicit SetSource(const ResourceSet &set) : m_set(set) {}
    void forEach(const char *kind, const std::function<void(const ResourceSummary &, const QJsonObject &)> &f) const override
    {
        const QString k = QLatin1String(kind);
        for (auto it = m_set.lower_bound({k, QString()}); it != m_set.end() && it->first.first == k; ++it)
            f(it->second.summary, it->second.json);
    }

private:
    const ResourceSet &m_set;
};

} // namespace

ResourceSet snapshotResources(const Workspace &ws, qint64 snapshot, const QStringList *scopes)
{
    ResourceSet out;
    sql::Statement q(ws.handle(), "SELECT kind, id, name, vpc_id, account, region, state, deleted, raw FROM resources WHERE snapshot_id = ?1");
    q.bind(1, snapshot);
    while (q.step()) {
        ConfigResource r;
        r.summary = ResourceSummary{q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.text(5), q.text(6), q.int64(7) != 0};
        if (scopes && !scopes->contains(r.summary.account + QLatin1Char('/') + r.summary.region))
            continue;
        r.json = QJsonDocument::fromJson(q.text(8).toUtf8()).object();
        out[{r.summary.kind, r.summary.id}] = std::move(r);
    }
    return out;
}

Estate estateOf(const ResourceSet &set)
{
    return Estate::build(SetSource(set));
}

} // namespace vpclens
