// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/storedestate.h"

#include "workspace/storednames.h"

#include "workspace/workspace.h"

#include <QJsonDocument>

#include <optional>

namespace vpclens {
namespace {

class StoredResources final : public ResourceSource
{
public:
    StoredResources(const Workspace &ws, std::optional<qint64> asOf) : m_ws(ws), m_asOf(asOf) {}
    void forEach(const char *kind, const std::function<void(const ResourceSummary &, const QJsonObject &)> &f) const override
    {
        if (m_asOf) {
            for (const auto &[r, raw] : m_ws.resourcesAsOf(QLatin1String(kind), *m_asOf))
                f(r, QJsonDocument::fromJson(raw).object());
            return;
        }
        for (const ResourceSummary &r : m_ws.resources(QLatin1String(kind)))
            f(r, QJsonDocument::fromJson(m_ws.rawJson(r.kind, r.id)).object());
    }

private:
    const Workspace &m_ws;
    std::optional<qint64> m_asOf;
};

} // namespace

Estate loadEstate(const Workspace &ws)
{
    Estate e = Estate::build(StoredResources(ws, std::nullopt));
    e.addressBook = loadAddressBook(ws);
    return e;
}

Estate loadEstate(const Workspace &ws, qint64 asOf)
{
    Estate e = Estate::build(StoredResources(ws, asOf));
    e.addressBook = loadAddressBook(ws);
    return e;
}

} // namespace vpclens
